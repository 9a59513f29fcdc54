using OneStop.Core.Accounts;
using OneStop.Core.Catalog;
using OneStop.Core.Dossiers;
using static OneStop.Tests.Dossiers.Processing.ProcessingHarness;

namespace OneStop.Tests.Dossiers.Processing;

public sealed class ApologyRuleTests
{
    private const DossierStatus Working = DossierStatus.InProgress;

    [Theory]
    // Same day, received Mon 14:00 (210 working minutes to 17:30): the whole deadline is today.
    [InlineData(Working, ApologyState.None, 210, 205, false)]      // received five minutes ago: nothing to apologise for yet
    [InlineData(Working, ApologyState.None, 210, 106, false)]      // just over half left
    [InlineData(Working, ApologyState.None, 210, 104, true)]       // less than half left and not ready
    // Same day, received Mon 09:00 (390 minutes: the morning rest and the afternoon).
    [InlineData(DossierStatus.Received, ApologyState.None, 390, 200, false)] // more than half left
    [InlineData(DossierStatus.Received, ApologyState.None, 390, 190, true)]  // less than half left
    // One working day exactly is still short: half of it.
    [InlineData(Working, ApologyState.None, 480, 241, false)]      // 4 h 1 min of 8 h left
    [InlineData(Working, ApologyState.None, 480, 239, true)]       // under half
    // 3 working days (1 440 minutes): from one working day before the due instant.
    [InlineData(Working, ApologyState.None, 1440, 481, false)]     // more than a day left
    [InlineData(Working, ApologyState.None, 1440, 479, true)]      // less than a day left
    [InlineData(Working, ApologyState.None, 1440, -30, true)]      // already late and still not ready
    // 15 working days (7 200 minutes): the same one-day window, not half of fifteen days.
    [InlineData(Working, ApologyState.None, 7200, 3000, false)]    // under half left but days to go
    [InlineData(Working, ApologyState.None, 7200, 479, true)]      // inside the last working day
    // When an apology is not possible or not useful.
    [InlineData(Working, ApologyState.Proposed, 1440, 100, false)] // one is waiting for the leader's signature
    [InlineData(Working, ApologyState.Approved, 1440, 100, false)] // once per dossier, already issued
    [InlineData(Working, ApologyState.Rejected, 1440, 100, true)]  // the leader refused the proposal: still needed
    [InlineData(DossierStatus.SupplementRequested, ApologyState.None, 1440, 100, false)] // waiting for the citizen (rule 5)
    [InlineData(DossierStatus.ResultReady, ApologyState.None, 210, 10, false)]           // the result is ready
    public void TheFlagComesWhenAnApologyIsStillPossibleAndUseful(DossierStatus status, ApologyState apology, double deadlineMinutes,
        double minutesLeft, bool expected) =>
        Assert.Equal(expected, ApologyRule.IsNeeded(status, apology, deadlineMinutes, minutesLeft));

    [Theory]
    [InlineData(14, 5, false)]   // received Mon 02/03 14:00, five minutes ago: 3 h 25 of 3 h 30 left
    [InlineData(15, 30, false)]  // 2 h left: more than half of 3 h 30
    [InlineData(16, 0, true)]    // 1 h 30 left: less than half
    public async Task ASameDayDossierIsFlaggedOnlyWhenLessThanHalfOfItsDayIsLeft(int hour, int minute, bool expected)
    {
        using var h = await InMemoryAsync(Vn(2026, 3, 2, 14), Deadline.SameDay(new TimeOnly(15, 0)));
        var id = (await h.ReceiveAsync()).Id;
        h.Clock.Now = Vn(2026, 3, 2, hour, minute);

        var mine = await h.Queues.ListAsync(QueueKind.Mine, "tiepnhan", [Roles.CounterOfficer], new QueueFilter());

        var item = Assert.Single(mine, i => i.Id == id);
        Assert.Equal(Vn(2026, 3, 2, 17, 30), item.DueAt);
        Assert.Equal(expected, item.NeedsApology);
    }
}
