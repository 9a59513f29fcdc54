using OneStop.Core.Dossiers;
using static OneStop.Tests.Dossiers.Processing.ProcessingHarness;

namespace OneStop.Tests.Dossiers.Processing;

public sealed class SupplementTests
{
    private static readonly SlipItem[] Items = [new("Bản sao giấy chứng sinh", "Bản đã nộp bị mờ, không đọc được")];

    public static TheoryData<DateTimeOffset, DateTimeOffset, DateTimeOffset, DateTimeOffset, DateTimeOffset> Walks => new()
    {
        // 3 working days, no holiday: Thu 12/03 14:00 + 24 h = Thu 3.5 h + Fri 8 h + Mon 8 h + Tue 4.5 h (07:30–11:30, 13:30–14:00).
        { Vn(2026, 3, 9, 9), Vn(2026, 3, 10, 10), Vn(2026, 3, 12, 14), Vn(2026, 3, 12, 9), Vn(2026, 3, 17, 14) },
        // The restart walk crosses Mon 27/04/2026, the day off in lieu of Giỗ Tổ (26/4 is a Sunday): Thu 3.5 + Fri 8 + Tue 8 + Wed 4.5.
        { Vn(2026, 4, 20, 9), Vn(2026, 4, 21, 10), Vn(2026, 4, 23, 14), Vn(2026, 4, 23, 9), Vn(2026, 4, 29, 14) },
        // Completed at 11:45 during lunch: the clock restarts at 13:30 (rule 1); Mon 4 h + Tue 8 + Wed 8 + Thu 4 ends
        // exactly at the end of Thursday's morning session, where it stays (11:30, not 13:30).
        { Vn(2026, 3, 2, 8), Vn(2026, 3, 3, 8), Vn(2026, 3, 9, 11, 45), Vn(2026, 3, 5, 8), Vn(2026, 3, 12, 11, 30) },
    };

    [Theory]
    [MemberData(nameof(Walks))]
    public async Task CompleteSupplementRestartsTheProcessingTimeFromThatMoment(
        DateTimeOffset received, DateTimeOffset requested, DateTimeOffset completed, DateTimeOffset firstDue, DateTimeOffset newDue)
    {
        using var h = await InMemoryAsync(received);
        var d = await h.ReceiveAsync();
        Assert.Equal(firstDue, d.DueAt);
        await h.ToSpecialistAsync(d.Id);

        h.Clock.Now = requested;
        await h.OkAsync(v => h.Processing.RequestSupplementAsync(d.Id, v, Items, Specialist), d.Id);
        Assert.Equal(DossierStatus.SupplementRequested, (await h.GetAsync(d.Id)).Status);

        h.Clock.Now = completed;
        await h.OkAsync(v => h.Processing.CompleteSupplementAsync(d.Id, v, Counter), d.Id);

        var after = await h.GetAsync(d.Id);
        Assert.Equal(DossierStatus.InProgress, after.Status);
        Assert.Equal(newDue, after.DueAt);
        Assert.Equal(DateOnly.FromDateTime(newDue.DateTime), after.DueDate);
        Assert.Equal(newDue, after.OriginalDueAt);   // statistics judge against the restarted appointment
    }

    [Fact]
    public async Task SecondSupplementRequestIsRefused()
    {
        using var h = await InMemoryAsync(Vn(2026, 3, 9, 9));
        var d = await h.ReceiveAsync();
        await h.ToSpecialistAsync(d.Id);
        h.Clock.Now = Vn(2026, 3, 10, 10);
        await h.OkAsync(v => h.Processing.RequestSupplementAsync(d.Id, v, Items, Specialist), d.Id);
        h.Clock.Now = Vn(2026, 3, 12, 14);
        await h.OkAsync(v => h.Processing.CompleteSupplementAsync(d.Id, v, Counter), d.Id);

        h.Clock.Now = Vn(2026, 3, 13, 9);
        var before = await h.GetAsync(d.Id);
        var r = await h.Processing.RequestSupplementAsync(d.Id, before.Version, Items, Specialist);

        Assert.False(r.IsSuccess);
        Assert.StartsWith("Chỉ được yêu cầu bổ sung hồ sơ một lần", r.Error, StringComparison.Ordinal);
        var after = await h.GetAsync(d.Id);
        Assert.Equal(DossierStatus.InProgress, after.Status);
        Assert.Equal(before.Version, after.Version);
    }

    [Fact]
    public async Task SupplementRequestWithoutAReasonIsRefusedBeforeTouchingTheDossier()
    {
        using var h = await InMemoryAsync(Vn(2026, 3, 9, 9));
        var d = await h.ReceiveAsync();
        await h.ToSpecialistAsync(d.Id);
        var v = (await h.GetAsync(d.Id)).Version;

        var r = await h.Processing.RequestSupplementAsync(d.Id, v, [new SlipItem("Giấy chứng sinh", " ")], Specialist);

        Assert.False(r.IsSuccess);
        Assert.Equal(v, (await h.GetAsync(d.Id)).Version);
    }
}
