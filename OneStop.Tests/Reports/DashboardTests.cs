using Bunit;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Core.Dossiers;
using OneStop.Core.Reports;
using OneStop.Tests.Dossiers;
using OneStop.Tests.TestSupport;
using OneStop.Web.Components.Dashboard;

namespace OneStop.Tests.Reports;

public sealed class DashboardTests : ComponentTestContext
{
    // Wednesday 25/11/2026 10:00 in Viet Nam: a working morning.
    private static readonly DateTimeOffset Morning = new(2026, 11, 25, 3, 0, 0, TimeSpan.Zero);

    private static (DossierChanges Changes, ReceptionService Reception, DashboardService Dashboard) Services(ReceptionWorld w)
    {
        var changes = new DossierChanges();
        var reception = new ReceptionService(w.Factory, w.Calendars, w.Centre, w.Clock, changes);
        var queues = new DossierQueues(w.Factory, w.Calendars, w.Clock);
        return (changes, reception, new DashboardService(w.Factory, queues, new ResolutionReportService(w.Factory), w.Clock));
    }

    [Fact]
    public async Task AReceptionRaisesOneChangeAfterItsCommitAndTheDashboardCountsIt()
    {
        await using var w = await ReceptionWorld.CreateAsync(Morning);
        var (changes, reception, dashboard) = Services(w);
        var before = await dashboard.LoadAsync();
        var seen = new List<(DossierChange Change, int ReceivedToday)>();
        changes.Changed += c => seen.Add((c, dashboard.LoadAsync().GetAwaiter().GetResult().Received[ReceptionChannel.Direct].Today));

        var p = await w.ProcedureAsync("1.004873");
        var r = await reception.ReceiveAsync(ReceptionWorld.Request(p), ReceptionWorld.Officer);

        Assert.True(r.IsSuccess, r.Error);
        var (change, countInHandler) = Assert.Single(seen);
        Assert.Equal(r.Value!.Code, change.Code);
        Assert.Equal(before.Received[ReceptionChannel.Direct].Today + 1, countInHandler); // committed before the notice
        var after = await dashboard.LoadAsync();
        Assert.Equal(before.Received[ReceptionChannel.Direct].Month + 1, after.Received[ReceptionChannel.Direct].Month);
        Assert.Equal(before.Month.Total.Received + 1, after.Month.Total.Received);
    }

    [Fact]
    public async Task TheDashboardPanelUpdatesWithoutReloadWhenACounterReceivesADossier()
    {
        await using var w = await ReceptionWorld.CreateAsync(Morning);
        var (changes, reception, dashboard) = Services(w);
        Ctx.Services.AddSingleton(changes);
        Ctx.Services.AddSingleton(dashboard);
        var panel = Ctx.Render<DashboardPanel>();
        panel.WaitForAssertion(() => Assert.Contains("0 / 0", panel.Find("#dash-received-direct").TextContent, StringComparison.Ordinal));

        var p = await w.ProcedureAsync("1.004873");
        Assert.True((await reception.ReceiveAsync(ReceptionWorld.Request(p), ReceptionWorld.Officer)).IsSuccess);

        // The panel re-reads after the debounce; 2 s is the promise to the supervisor.
        panel.WaitForAssertion(() => Assert.Contains("1 / 1", panel.Find("#dash-received-direct").TextContent, StringComparison.Ordinal),
            TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task TheDashboardNumbersAreTheQueuesOwnCounts()
    {
        await using var w = await ReceptionWorld.CreateAsync(Morning);
        var (_, reception, dashboard) = Services(w);
        var p = await w.ProcedureAsync("1.004873");
        for (var i = 0; i < 3; i++) Assert.True((await reception.ReceiveAsync(ReceptionWorld.Request(p), ReceptionWorld.Officer)).IsSuccess);
        w.Clock.Advance(TimeSpan.FromDays(60)); // everything received is now long overdue

        var d = await dashboard.LoadAsync();
        var queues = new DossierQueues(w.Factory, w.Calendars, w.Clock);
        var overdue = await queues.ListAsync(QueueKind.Overdue, "giamsat", [OneStop.Core.Accounts.Roles.Supervisor], new QueueFilter());
        Assert.Equal(3, d.Queues[QueueKind.Overdue]);
        Assert.Equal(overdue.Select(o => o.Code).Order(), d.Overdue.Select(o => o.Code).Order());
        Assert.All(d.Overdue, o => Assert.True(o.WorkingDaysLate > 20, $"{o.Code} {o.WorkingDaysLate}"));
        Assert.All(d.Overdue, o => Assert.Equal(ReceptionWorld.Officer.FullName, o.Officer));
    }

    [Fact]
    public async Task Every_tile_list_has_as_many_dossiers_as_its_number_and_the_charts_count_today()
    {
        await using var w = await ReceptionWorld.CreateAsync(Morning);
        var (_, reception, dashboard) = Services(w);
        var p = await w.ProcedureAsync("1.004873");
        for (var i = 0; i < 2; i++) Assert.True((await reception.ReceiveAsync(ReceptionWorld.Request(p), ReceptionWorld.Officer)).IsSuccess);

        var d = await dashboard.LoadAsync();
        Assert.Equal(d.Received[ReceptionChannel.Direct].Today, (await dashboard.ListAsync(DashboardList.ReceivedToday, ReceptionChannel.Direct)).Count);
        Assert.Equal(d.Received[ReceptionChannel.Online].Month, (await dashboard.ListAsync(DashboardList.ReceivedMonth, ReceptionChannel.Online)).Count);
        Assert.Equal(d.Returned.Today, (await dashboard.ListAsync(DashboardList.ReturnedToday)).Count);
        Assert.Equal(d.DueToday, (await dashboard.ListAsync(DashboardList.DueToday)).Count);
        Assert.Equal(d.UnpaidFees, (await dashboard.ListAsync(DashboardList.Unpaid)).Count);
        Assert.Equal(2, d.Received[ReceptionChannel.Direct].Today);
        Assert.Equal(30, d.Daily.Count);
        Assert.Equal((new DateOnly(2026, 11, 25), 2), (d.Daily[^1].Day, d.Daily[^1].Received));
        Assert.Equal(6, d.Outcomes.Count);
        Assert.Equal((2026, 11), (d.Outcomes[^1].Year, d.Outcomes[^1].Month));
    }
}
