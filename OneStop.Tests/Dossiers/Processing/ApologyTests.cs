using OneStop.Core.Calendar;
using OneStop.Core.Dossiers;
using static OneStop.Tests.Dossiers.Processing.ProcessingHarness;

namespace OneStop.Tests.Dossiers.Processing;

/// <summary>Rule 6. The dossier is received Mon 09/03/2026 09:00 with 3 working days: due Thu 12/03/2026 09:00.</summary>
public sealed class ApologyTests
{
    private static readonly DateTimeOffset Received = Vn(2026, 3, 9, 9);
    private static readonly DateTimeOffset Due = Vn(2026, 3, 12, 9);
    private static readonly DateTimeOffset NewDue = Vn(2026, 3, 17, 16);

    private static async Task<(ProcessingHarness H, long Id)> InProgressAsync()
    {
        var h = await InMemoryAsync(Received);
        var d = await h.ReceiveAsync();
        Assert.Equal(Due, d.DueAt);
        await h.ToSpecialistAsync(d.Id);
        return (h, d.Id);
    }

    private static async Task<Core.Common.Result> ProposeAsync(ProcessingHarness h, long id, DateTimeOffset newDue) =>
        await h.Processing.ProposeApologyAsync(id, (await h.GetAsync(id)).Version, newDue, "Chờ xác minh của UBND xã nơi sinh", Specialist);

    private static async Task<Core.Common.Result> DecideAsync(ProcessingHarness h, long id, bool approve) =>
        await h.Processing.DecideApologyAsync(id, (await h.GetAsync(id)).Version, approve, Leader);

    public static TheoryData<DateTimeOffset, bool> ProposalMoments => new()
    {
        // Tue 16:00: 1.5 h + Wed 8 h + Thu 1.5 h = 11 working hours left.
        { Vn(2026, 3, 10, 16), true },
        // Wed 09:00: exactly 8 working hours left (Wed 6.5 h + Thu 1.5 h): the last moment allowed.
        { Vn(2026, 3, 11, 9), true },
        // Tue 18:00, after hours: Wed 8 h + Thu 1.5 h remain.
        { Vn(2026, 3, 10, 18), true },
        // Wed 09:01: one minute less than a working day.
        { Vn(2026, 3, 11, 9, 1), false },
        // Thu 08:00, the due morning.
        { Vn(2026, 3, 12, 8), false },
        // Already overdue.
        { Vn(2026, 3, 12, 10), false },
    };

    [Theory]
    [MemberData(nameof(ProposalMoments))]
    public async Task ApologyIsAllowedOnlyWhileAtLeastOneWorkingDayRemains(DateTimeOffset now, bool allowed)
    {
        var (h, id) = await InProgressAsync();
        using var _ = h;
        h.Clock.Now = now;

        var r = await ProposeAsync(h, id, NewDue);

        Assert.Equal(allowed, r.IsSuccess);
        var d = await h.GetAsync(id);
        Assert.Equal(allowed ? ApologyState.Proposed : ApologyState.None, d.Apology);
        if (!allowed) Assert.Contains("chậm nhất 01 ngày làm việc", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApprovedApologyMovesTheAppointmentButStatisticsKeepTheOriginalDue()
    {
        var (h, id) = await InProgressAsync();
        using var _ = h;
        h.Clock.Now = Vn(2026, 3, 10, 10);
        Assert.True((await ProposeAsync(h, id, NewDue)).IsSuccess);
        h.Clock.Now = Vn(2026, 3, 10, 15);
        Assert.True((await DecideAsync(h, id, true)).IsSuccess);

        var d = await h.GetAsync(id);
        Assert.Equal(ApologyState.Approved, d.Apology);
        Assert.Equal(NewDue, d.DueAt);
        Assert.Equal(new DateOnly(2026, 3, 17), d.DueDate);
        Assert.Equal(Due, d.OriginalDueAt);
        Assert.Equal(Vn(2026, 3, 10, 15), d.ApologyIssuedAt);

        // Ready before the new appointment but after the original one: still late for statistics.
        h.Clock.Now = Vn(2026, 3, 13, 10);
        Assert.True((await h.ReadyAsync(id)).IsSuccess);
        Assert.Equal(OutcomeClass.Late, (await h.GetAsync(id)).Outcome);
    }

    [Fact]
    public async Task SecondApologyIsRefused()
    {
        var (h, id) = await InProgressAsync();
        using var _ = h;
        h.Clock.Now = Vn(2026, 3, 10, 10);
        Assert.True((await ProposeAsync(h, id, NewDue)).IsSuccess);
        Assert.True((await DecideAsync(h, id, true)).IsSuccess);

        // Plenty of time left before the new appointment, but the new appointment may be set only once.
        h.Clock.Now = Vn(2026, 3, 12, 10);
        var r = await ProposeAsync(h, id, Vn(2026, 3, 20, 16));

        Assert.False(r.IsSuccess);
        Assert.StartsWith("Chỉ được xin lỗi và hẹn lại ngày trả kết quả một lần", r.Error, StringComparison.Ordinal);
        Assert.Equal(NewDue, (await h.GetAsync(id)).DueAt);
    }

    [Fact]
    public async Task RejectedProposalCanBeProposedAgain()
    {
        var (h, id) = await InProgressAsync();
        using var _ = h;
        h.Clock.Now = Vn(2026, 3, 10, 10);
        Assert.True((await ProposeAsync(h, id, NewDue)).IsSuccess);
        Assert.True((await DecideAsync(h, id, false)).IsSuccess);

        var rejected = await h.GetAsync(id);
        Assert.Equal(ApologyState.Rejected, rejected.Apology);
        Assert.Equal(Due, rejected.DueAt);   // nothing moved

        Assert.True((await ProposeAsync(h, id, Vn(2026, 3, 16, 16))).IsSuccess);
        Assert.Equal(ApologyState.Proposed, (await h.GetAsync(id)).Apology);
    }

    [Fact]
    public async Task NewAppointmentMustBeLaterThanTheCurrentOne()
    {
        var (h, id) = await InProgressAsync();
        using var _ = h;
        h.Clock.Now = Vn(2026, 3, 10, 10);

        var r = await ProposeAsync(h, id, Due);

        Assert.False(r.IsSuccess);
        Assert.Equal(ApologyState.None, (await h.GetAsync(id)).Apology);
    }

    [Fact]
    public async Task DecidingWithoutAProposalIsRefused()
    {
        var (h, id) = await InProgressAsync();
        using var _ = h;
        Assert.False((await DecideAsync(h, id, true)).IsSuccess);
    }
}
