using Microsoft.EntityFrameworkCore;
using OneStop.Core.Audit;
using OneStop.Core.Calendar;
using OneStop.Core.Catalog;
using OneStop.Core.Centre;
using OneStop.Core.Common;
using OneStop.Core.Demo;
using OneStop.Core.Dossiers;
using OneStop.Tests.TestSupport;

namespace OneStop.Tests.Demo;

/// <summary>One demo run on a fresh database, shared by the tests that read it.</summary>
public sealed class DemoRun : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = VnTime.At(new DateOnly(2026, 11, 25), new TimeOnly(10, 15));
    public SqliteTestDatabase Database { get; } = new();
    public DemoRunSummary Summary { get; private set; } = null!;
    public List<Dossier> Dossiers { get; private set; } = [];
    public List<DossierEvent> Events { get; private set; } = [];
    public WorkingCalendar Calendar { get; private set; } = null!;
    public TimeSpan Took { get; private set; }

    public async Task InitializeAsync()
    {
        await using (var db = await Database.CreateDbContextAsync())
        {
            db.CentreSettings.Add(DemoCentre.Create());
            await db.SaveChangesAsync();
        }
        var calendars = new CalendarService(Database, new OneStop.Core.Centre.CentreOfficeHours(Database));
        await calendars.SeedFromOfficialAsync();
        await new CatalogService(Database).SeedDemoAsync();
        Calendar = await calendars.LoadAsync();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Summary = await DemoDossierStories.RunAsync(Database, 160, Now, seed: 11);
        Took = watch.Elapsed;
        await using var read = await Database.CreateDbContextAsync();
        Dossiers = await read.Dossiers.AsNoTracking().OrderBy(d => d.Id).ToListAsync();
        Events = await read.DossierEvents.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
    }

    public Task DisposeAsync()
    {
        Database.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>The demo a new centre sees is made by the real services: trail, documents, fees, codes in time order.</summary>
public sealed class DemoDossierStoriesTests(DemoRun run, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<DemoRun>
{
    private static readonly DateTimeOffset Now = DemoRun.Now;
    private readonly SqliteTestDatabase database = run.Database;
    private readonly DemoRunSummary summary = run.Summary;
    private readonly List<Dossier> dossiers = run.Dossiers;
    private readonly List<DossierEvent> events = run.Events;
    private readonly WorkingCalendar calendar = run.Calendar;

    [Fact]
    public void EveryPlannedDossierIsReceivedAndNoStepIsRefused()
    {
        Assert.Equal(160, summary.Received);
        Assert.Equal(160, dossiers.Count);
        Assert.Equal(0, summary.Refused);
        output.WriteLine($"{summary.Received} dossiers, {summary.Operations} operations in {run.Took.TotalMilliseconds:0} ms");
    }

    [Fact]
    public void EveryStageOfTheLifecycleHasExamples()
    {
        var statuses = dossiers.Select(d => d.Status).ToHashSet();
        foreach (var s in new[] { DossierStatus.InProgress, DossierStatus.SupplementRequested, DossierStatus.ResultReady,
                     DossierStatus.Returned, DossierStatus.Refused, DossierStatus.Withdrawn })
            Assert.Contains(s, statuses);
        Assert.Contains(dossiers, d => d.Apology == ApologyState.Approved);
        Assert.Contains(dossiers, d => d.SupplementCount == 1 && d.Status != DossierStatus.SupplementRequested);
        Assert.Contains(dossiers, d => d.Status == DossierStatus.InProgress && !d.Accepted);
        Assert.Contains(dossiers, d => d.Outcome is not null);
        Assert.Contains(dossiers, d => d.FeeTotal > 0);
    }

    [Fact]
    public async Task EveryDossierHasItsTrailAndTheChainVerifies()
    {
        Assert.All(dossiers, d => Assert.Contains(events, e => e.DossierId == d.Id && e.Kind == DossierEventKinds.Received));
        var returned = dossiers.Where(d => d.Status == DossierStatus.Returned).ToList();
        Assert.All(returned, d => Assert.Contains(events, e => e.DossierId == d.Id && e.Kind == DossierEventKinds.Returned));
        Assert.True((await new AuditService(database).VerifyChainAsync()).Intact);
    }

    [Fact]
    public void CodesFollowTheOrderOfReception()
    {
        // The moment the counter saved it (an online dossier's clock starts earlier, when the citizen submitted it).
        var savedAt = events.Where(e => e.Kind == DossierEventKinds.Received).ToDictionary(e => e.DossierId, e => e.At);
        var byTime = dossiers.OrderBy(d => savedAt[d.Id]).ThenBy(d => d.Id).Select(d => d.Code).ToList();
        // The code carries the Viet Nam date of the save and the day's sequence.
        var byDayAndNumber = dossiers.Select(d => d.Code)
            .OrderBy(c => c[..c.LastIndexOf('-')], StringComparer.Ordinal).ThenBy(c => int.Parse(c[(c.LastIndexOf('-') + 1)..], System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        Assert.Equal(byTime, byDayAndNumber);
    }

    [Fact]
    public void EveryActionHappensInsideOfficeHoursAndBeforeNow()
    {
        Assert.All(events, e =>
        {
            Assert.True(e.At <= Now, $"{e.Kind} {e.DossierCode} at {e.At}");
            var day = VnTime.DateOf(e.At);
            var time = TimeOnly.FromDateTime(VnTime.ToVn(e.At).DateTime);
            Assert.True(calendar.SessionsOn(day).Any(s => time >= s.Start && time <= s.End), $"{e.Kind} {e.DossierCode} at {VnFormat.DateTime(e.At)}");
        });
    }

    [Fact]
    public void TheDemoOfficersActUnderTheirOwnNamesAndRoles()
    {
        Assert.All(events, e => Assert.Contains(OneStop.Core.Accounts.DemoAccounts.All, a => a.UserName == e.Actor && a.FullName == e.ActorName && a.Role == e.ActorRole));
        Assert.Contains(events, e => e.Actor == "lanhdao");
        Assert.Contains(events, e => e.Actor == "chuyenvien");
    }
}
