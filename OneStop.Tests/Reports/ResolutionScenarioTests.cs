using OneStop.Core.Reports;
using OneStop.Tests.Supervision;

namespace OneStop.Tests.Reports;

public sealed class ResolutionScenarioTests
{
    [Fact]
    public async Task Every_column_of_II06a_counts_the_hand_built_november_as_worked_out_by_hand()
    {
        var s = await Scenario.CreateAsync();
        using var _ = s.Centre;
        var r = (await new ResolutionReportService(s.Centre.Db).BuildAsync(Scenario.From, Scenario.To)).Value!;

        var a = Assert.Single(r.Rows, x => x.FieldCode == s.Centre.FieldA.FieldCode);
        var b = Assert.Single(r.Rows, x => x.FieldCode == s.Centre.FieldB.FieldCode);
        // Field A: online 1 (4), direct 6 (5), carried 2 (6); early 2 (carried, restarted), on time 2 (online, refused
        // before due), late 3 (late, withdrawn after due, apology); within 1, overdue 1 (carried, still open).
        Assert.Equal((9, 1, 6, 2), (a.Received, a.Online, a.DirectOrPostal, a.CarriedOver));
        Assert.Equal((7, 2, 2, 3), (a.Resolved, a.Early, a.OnTime, a.Late));
        Assert.Equal((2, 1, 1), (a.InProgress, a.InProgressWithin, a.InProgressOverdue));
        // Field B: postal on time, carried and late.
        Assert.Equal((2, 0, 1, 1), (b.Received, b.Online, b.DirectOrPostal, b.CarriedOver));
        Assert.Equal((2, 0, 1, 1), (b.Resolved, b.Early, b.OnTime, b.Late));
        Assert.Equal((0, 0, 0), (b.InProgress, b.InProgressWithin, b.InProgressOverdue));
        var t = r.Total;
        Assert.Equal((11, 1, 7, 3), (t.Received, t.Online, t.DirectOrPostal, t.CarriedOver));
        Assert.Equal((9, 2, 3, 4), (t.Resolved, t.Early, t.OnTime, t.Late));
        Assert.Equal((2, 1, 1), (t.InProgress, t.InProgressWithin, t.InProgressOverdue));
        Assert.Equal(6.0 / 11, t.OnTimeShare!.Value, 6);
        Assert.True(r.AllIdentitiesHold);
    }

    [Fact]
    public async Task Decembers_carried_over_are_exactly_novembers_still_in_progress()
    {
        var s = await Scenario.CreateAsync();
        using var _ = s.Centre;
        var dec = (await new ResolutionReportService(s.Centre.Db).BuildAsync(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31))).Value!;
        Assert.Equal(2, dec.Total.CarriedOver);  // within + overdue of November
        Assert.Equal(1, dec.Total.DirectOrPostal); // received 02/12
    }
}
