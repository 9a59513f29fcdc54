using OneStop.Core.Accounts;
using OneStop.Core.Dossiers;
using static OneStop.Tests.Dossiers.Processing.ProcessingHarness;

namespace OneStop.Tests.Dossiers.Processing;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task SecondOfficerActingOnTheSameVersionGetsTheConflictMessage()
    {
        using var h = await InMemoryAsync(Vn(2026, 3, 9, 9));
        var d = await h.ReceiveAsync();
        // Handed over to the specialists' desk, not to a person: either specialist may take it.
        await h.OkAsync(v => h.Processing.HandOverAsync(d.Id, v, new HandOverTarget(1, Roles.Specialist, null, null), null, Counter), d.Id);
        var shown = (await h.GetAsync(d.Id)).Version;

        var first = await h.Processing.AcceptAsync(d.Id, shown, Specialist);
        var second = await h.Processing.AcceptAsync(d.Id, shown, Specialist2);

        Assert.True(first.IsSuccess, first.Error);
        Assert.False(second.IsSuccess);
        Assert.Equal(ProcessingService.Conflict, second.Error);
        var after = await h.GetAsync(d.Id);
        Assert.Equal("chuyenvien", after.AssignedTo);
        Assert.Equal(shown + 1, after.Version);
        Assert.Single(await h.EventsAsync(d.Id), e => e.Kind == DossierEventKinds.Accepted);
    }

    [Fact]
    public async Task StaleVersionIsRefusedEvenForADifferentOperation()
    {
        using var h = await InMemoryAsync(Vn(2026, 3, 9, 9));
        var d = await h.ReceiveAsync();
        await h.ToSpecialistAsync(d.Id);
        var shown = (await h.GetAsync(d.Id)).Version;
        Assert.True((await h.Processing.MarkResultReadyAsync(d.Id, shown, Specialist)).IsSuccess);

        var r = await h.Processing.RefuseAsync(d.Id, shown, "Hồ sơ giả mạo giấy tờ", Specialist);

        Assert.Equal(ProcessingService.Conflict, r.Error);
        Assert.Equal(DossierStatus.ResultReady, (await h.GetAsync(d.Id)).Status);
    }

    [Fact]
    public async Task TrulyConcurrentAcceptsOnATempFileLetExactlyOneThrough()
    {
        using var h = await TempFileAsync(Vn(2026, 3, 9, 9));
        var d = await h.ReceiveAsync();
        await h.OkAsync(v => h.Processing.HandOverAsync(d.Id, v, new HandOverTarget(1, Roles.Specialist, null, null), null, Counter), d.Id);
        var shown = (await h.GetAsync(d.Id)).Version;
        Officer[] officers = [Specialist, Specialist2, new("chuyenvien3", "Quàng Văn Ba", Roles.Specialist), new("chuyenvien4", "Tòng Thị Bốn", Roles.Specialist)];

        var results = await Task.WhenAll(officers.Select(o => Task.Run(() => h.Processing.AcceptAsync(d.Id, shown, o))));

        Assert.Single(results, r => r.IsSuccess);
        Assert.All(results.Where(r => !r.IsSuccess), r => Assert.Equal(ProcessingService.Conflict, r.Error));
        Assert.Single(await h.EventsAsync(d.Id), e => e.Kind == DossierEventKinds.Accepted);
        Assert.Equal(shown + 1, (await h.GetAsync(d.Id)).Version);
    }
}
