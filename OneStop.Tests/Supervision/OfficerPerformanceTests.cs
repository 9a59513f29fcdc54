using OneStop.Core.Accounts;
using OneStop.Core.Calendar;
using OneStop.Core.Dossiers;
using OneStop.Core.Ratings;
using OneStop.Core.Supervision;
using OneStop.Tests.TestSupport;
using static OneStop.Tests.Supervision.HandBuiltCentre;

namespace OneStop.Tests.Supervision;

public sealed class OfficerPerformanceTests
{
    private static readonly Officer Supervisor = new("giamsat", "Giám sát", Roles.Supervisor);
    private static readonly Officer Specialist = new("chuyenvien", "Cầm Văn Đức", Roles.Specialist);

    [Fact]
    public async Task Each_officer_gets_their_results_on_time_and_late_working_hours_overdue_held_and_ratings()
    {
        var s = await Scenario.CreateAsync();
        var c = s.Centre;
        using var _ = c;
        // The specialist marked three results ready in November: early (carried), on time (online), late.
        await c.EventAsync(s["carriedEarly"], DossierEventKinds.ResultReady, "chuyenvien", "Cầm Văn Đức", Vn(11, 3));
        await c.EventAsync(s["onlineOnTime"], DossierEventKinds.ResultReady, "chuyenvien", "Cầm Văn Đức", Vn(11, 5, 10));
        await c.EventAsync(s["late"], DossierEventKinds.ResultReady, "chuyenvien", "Cầm Văn Đức", Vn(11, 9));
        await c.EventAsync(s["resolvedBefore"], DossierEventKinds.ResultReady, "chuyenvien", "Cầm Văn Đức", Vn(10, 5)); // October
        await c.EventAsync(s["onlineOnTime"], DossierEventKinds.Returned, "tiepnhan", "Lò Thị Hương", Vn(11, 6));
        await c.AssignAsync(s["carriedOverdue"], "chuyenvien", "Cầm Văn Đức");
        var clock = new FakeClock(Vn(11, 20));
        await new RatingService(c.Db, clock).RecordAsync(s["onlineOnTime"], SatisfactionLevel.Satisfied, null, new Officer("tiepnhan", "Lò Thị Hương", Roles.CounterOfficer));
        var service = new OfficerPerformance(c.Db, new CalendarService(c.Db, new OneStop.Core.Centre.CentreOfficeHours(c.Db), clock), clock);

        var rows = (await service.BuildAsync(Scenario.From, Scenario.To, Supervisor)).Value!;

        var duc = rows.Single(r => r.UserName == "chuyenvien");
        Assert.Equal((3, 2, 1), (duc.Results, duc.ResultsOnTime, duc.ResultsLate));
        Assert.Equal(1, duc.OverdueHeldNow);
        Assert.NotNull(duc.AverageWorkingHours);
        // Online on time: Mon 02/11 09:00 → Thu 05/11 10:00 is 3 working days and 1 hour = 25 h; the others are longer.
        Assert.True(duc.AverageWorkingHours > 25);
        var huong = rows.Single(r => r.UserName == "tiepnhan");
        Assert.Equal(8, huong.Received);          // every dossier received in November was received by tiepnhan
        Assert.Equal(1, huong.Returned);
        Assert.Equal((0, 1, 0), (huong.VerySatisfied, huong.Satisfied, huong.NotSatisfied));

        var own = (await service.BuildAsync(Scenario.From, Scenario.To, Specialist)).Value!;
        Assert.Equal("chuyenvien", Assert.Single(own).UserName);
    }
}
