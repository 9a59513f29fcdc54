using OneStop.Core.Accounts;
using OneStop.Core.Dossiers;
using OneStop.Core.Scanning;

namespace OneStop.Tests.Scanning;

/// <summary>"Đã số hóa đủ" and "kết quả đã số hóa" in the queues, from Core's one rule, and the queue filter in SQL agreeing with it.</summary>
public sealed class DigitisationStatusTests
{
    [Fact]
    public async Task ADossierIsFullyDigitisedOnceEveryPaperHandedInHasAScan()
    {
        using var w = await ScanWorld.CreateAsync();
        var queries = new DigitisationQueries(w.H.Factory);
        // Two papers handed in, the third (optional) not handed in: it needs no scan.
        var id = await w.ReceiveAsync(third: false);

        await w.AttachOkAsync(id, 0, ScanSamples.Pdf(1));
        Assert.False(await queries.IsFullyDigitisedAsync(id));
        Assert.Equal(1, (await queries.OfAsync([id]))[id].MissingCount);

        await w.AttachOkAsync(id, 1, ScanSamples.Pdf(2));
        Assert.True(await queries.IsFullyDigitisedAsync(id));
        Assert.True((await w.Scans.GetAsync(id))!.Complete);   // the dossier page says the same
        Assert.False(await queries.IsFullyDigitisedAsync(id + 1000));
    }

    [Fact]
    public async Task QueuesShowTheFlagsAndFilterByThemTheSameWayTheRuleSays()
    {
        using var w = await ScanWorld.CreateAsync();
        var none = await w.ReceiveAsync("001090000001");
        var part = await w.ReceiveAsync("001090000002", third: false);
        var full = await w.ReceiveAsync("001090000003", third: false);
        await w.AttachOkAsync(part, 0, ScanSamples.Pdf(1));
        await w.AttachOkAsync(full, 0, ScanSamples.Pdf(1));
        await w.AttachOkAsync(full, 1, ScanSamples.Pdf(3));
        // A scan on a paper that was not handed in does not make up for a missing one.
        await w.AttachOkAsync(part, 2, ScanSamples.Pdf(4));
        string[] roles = [Roles.CounterOfficer];

        var all = await w.H.Queues.ListAsync(QueueKind.Mine, "tiepnhan", roles, new QueueFilter());
        Assert.Equal((false, 3), (all.Single(i => i.Id == none).FullyDigitised, all.Single(i => i.Id == none).MissingScans));
        Assert.Equal((false, 1), (all.Single(i => i.Id == part).FullyDigitised, all.Single(i => i.Id == part).MissingScans));
        Assert.Equal((true, 0), (all.Single(i => i.Id == full).FullyDigitised, all.Single(i => i.Id == full).MissingScans));

        var fully = await w.H.Queues.ListAsync(QueueKind.Mine, "tiepnhan", roles, new QueueFilter(FullyDigitised: true));
        var notFully = await w.H.Queues.ListAsync(QueueKind.Mine, "tiepnhan", roles, new QueueFilter(FullyDigitised: false));
        Assert.Equal([full], fully.Select(i => i.Id));
        Assert.Equal([none, part], notFully.Select(i => i.Id).Order());
        // The SQL filter and the rule agree on every row.
        Assert.All(all, i => Assert.Equal(i.FullyDigitised, fully.Any(f => f.Id == i.Id)));
    }

    [Fact]
    public async Task TheQueuesSayWhenTheResultIsDigitised()
    {
        using var w = await ScanWorld.CreateAsync();
        var id = await w.ReceiveAsync();
        var other = await w.ReceiveAsync("001090000009");
        await w.H.ToSpecialistAsync(id);
        Assert.True((await w.H.ReadyAsync(id)).IsSuccess);
        await w.AttachOkAsync(id, null, ScanSamples.Pdf(1), "ket-qua.pdf");
        string[] roles = [Roles.Supervisor];

        var withResult = await w.H.Queues.ListAsync(QueueKind.AwaitingReturn, "giamsat", roles, new QueueFilter(ResultDigitised: true));
        var item = Assert.Single(withResult);
        Assert.Equal(id, item.Id);
        Assert.True(item.ResultDigitised);
        Assert.DoesNotContain(other, withResult.Select(i => i.Id));
    }
}
