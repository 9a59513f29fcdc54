using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OneStop.Core.Catalog;
using OneStop.Core.Common;
using OneStop.Core.Dossiers;
using OneStop.Core.Payments;
using OneStop.Core.Ratings;
using OneStop.Core.Reports;
using OneStop.Core.Supervision;
using OneStop.Tests.TestSupport;
using OneStop.Web.Cli;
using static OneStop.Tests.Supervision.HandBuiltCentre;

namespace OneStop.Tests.Supervision;

public sealed class ServiceIndicatorsTests
{
    private static readonly Officer Counter = new("tiepnhan", "Lò Thị Hương", OneStop.Core.Accounts.Roles.CounterOfficer);

    /// <summary>The November scenario with scans, payments and ratings added.</summary>
    private static async Task<Scenario> WorldAsync()
    {
        var s = await Scenario.CreateAsync();
        var c = s.Centre;
        // Both papers handed in are scanned (the third was not handed in): digitised. "late" has one of two: not.
        await c.ScanAsync(s["onlineOnTime"], 0);
        await c.ScanAsync(s["onlineOnTime"], 1);
        await c.ScanAsync(s["late"], 0);
        await c.ScanAsync(s["carriedEarly"], 0);        // received in October: outside the denominator
        // Digitised results: two of the seven results ready in November; one of a result ready in October.
        await c.ScanAsync(s["onlineOnTime"], null);
        await c.ScanAsync(s["postalOnTime"], null);
        await c.ScanAsync(s["resolvedBefore"], null);
        // Fees: one transfer and one cash in November, an exemption (not a payment), a transfer in October.
        await c.PayAsync(s["onlineOnTime"], PaymentMethod.Transfer, Vn(11, 5, 11));
        await c.PayAsync(s["late"], PaymentMethod.Cash, Vn(11, 3, 10));
        await c.PayAsync(s["postalOnTime"], PaymentMethod.Exempt, Vn(11, 16, 10));
        await c.PayAsync(s["resolvedBefore"], PaymentMethod.Transfer, Vn(10, 1, 10));
        var ratings = new RatingService(c.Db, new FakeClock(Vn(11, 20)));
        Assert.True((await ratings.RecordAsync(s["onlineOnTime"], SatisfactionLevel.NotSatisfied, "Chờ lâu", Counter)).IsSuccess);
        Assert.True((await ratings.RecordAsync(s["carriedEarly"], SatisfactionLevel.VerySatisfied, null, Counter)).IsSuccess);
        Assert.True((await ratings.RecordAsync(s["late"], SatisfactionLevel.NotSatisfied, null, Counter)).IsSuccess);
        return s;
    }

    [Fact]
    public async Task Every_local_indicator_has_the_numerator_and_denominator_worked_out_by_hand()
    {
        var s = await WorldAsync();
        using var _ = s.Centre;
        var panel = (await new ServiceIndicators(s.Centre.Db).BuildAsync(Scenario.From, Scenario.To)).Value!;
        (int?, int?) Of(string key) => panel.Indicators.Single(i => i.Key == key) is var i ? (i.Numerator, i.Denominator) : default;

        Assert.Equal((6, 11), Of(ServiceIndicators.Progress));          // II.06a: (8)+(9)+(12) over (3)
        Assert.Equal((1, 8), Of(ServiceIndicators.ScannedDossiers));    // eight received in November
        Assert.Equal((2, 7), Of(ServiceIndicators.DigitisedResults));   // seven results ready in November
        Assert.Equal((1, 8), Of(ServiceIndicators.Online));
        Assert.Equal((1, 2), Of(ServiceIndicators.Cashless));           // exemption is not a payment
        // Nine resolved; minus four late (late, withdrawn after due, apology, carried late) and one "not satisfied".
        Assert.Equal((4, 9), Of(ServiceIndicators.Satisfaction));

        var progress = panel.Indicators.Single(i => i.Key == ServiceIndicators.Progress);
        Assert.Equal(Math.Round(6.0 / 11 * 20, 2), progress.Points);
        Assert.Contains("3", panel.Indicators.Single(i => i.Key == ServiceIndicators.Satisfaction).Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_indicator_the_centre_has_no_data_for_says_so_instead_of_zero()
    {
        var s = await WorldAsync();
        using var _ = s.Centre;
        var panel = (await new ServiceIndicators(s.Centre.Db).BuildAsync(Scenario.From, Scenario.To)).Value!;
        foreach (var key in new[] { ServiceIndicators.Publicity, ServiceIndicators.FeedbackOnTime, ServiceIndicators.FeedbackSatisfied })
        {
            var i = panel.Indicators.Single(x => x.Key == key);
            Assert.Null(i.Numerator);
            Assert.Null(i.Points);
            Assert.False(string.IsNullOrWhiteSpace(i.Unavailable));
        }
        Assert.Equal(100, panel.Indicators.Sum(i => i.MaxPoints));
        Assert.Equal(100 - 18 - 12, panel.Computable);
    }

    [Fact]
    public async Task A_click_on_a_number_lists_exactly_the_dossiers_behind_it()
    {
        var s = await WorldAsync();
        using var _ = s.Centre;
        var service = new ServiceIndicators(s.Centre.Db);
        var satisfied = (await service.DossiersAsync(ServiceIndicators.Satisfaction, IndicatorPart.Numerator, Scenario.From, Scenario.To)).Value!;
        Assert.Equal(new[] { s["carriedEarly"], s["refusedBeforeDue"], s["supplementRestart"], s["postalOnTime"] }.Order(),
            satisfied.Select(d => d.Id).Order());
        var cashless = (await service.DossiersAsync(ServiceIndicators.Cashless, IndicatorPart.Denominator, Scenario.From, Scenario.To)).Value!;
        Assert.Equal(new[] { s["onlineOnTime"], s["late"] }.Order(), cashless.Select(d => d.Id).Order());
        var progress = (await service.DossiersAsync(ServiceIndicators.Progress, IndicatorPart.Numerator, Scenario.From, Scenario.To)).Value!;
        Assert.Equal(new[] { s["carriedEarly"], s["supplementRestart"], s["onlineOnTime"], s["refusedBeforeDue"], s["postalOnTime"], s["within"] }.Order(),
            progress.Select(d => d.Id).Order());
        Assert.False((await service.DossiersAsync(ServiceIndicators.FeedbackOnTime, IndicatorPart.Numerator, Scenario.From, Scenario.To)).IsSuccess);
    }

    [Fact]
    public async Task A_period_without_dossiers_shows_no_share_rather_than_zero_percent()
    {
        using var db = new SqliteTestDatabase();
        var panel = (await new ServiceIndicators(db).BuildAsync(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31))).Value!;
        var online = panel.Indicators.Single(i => i.Key == ServiceIndicators.Online);
        Assert.Equal(0, online.Denominator);
        Assert.Null(online.Share);
        Assert.Null(online.Points);
    }

    [Theory]
    [InlineData(11, "2026-10-01", "2026-10-31")]
    [InlineData(12, "2026-07-15", "2026-11-20")]
    public async Task The_per_dossier_classes_add_up_to_report_II06a_on_generated_data(int seed, string from, string to)
    {
        var now = new DateTimeOffset(2026, 11, 20, 16, 0, 0, VnTime.Offset);
        using var db = new SqliteTestDatabase();
        await new CatalogService(db).SeedDemoAsync();
        await using (var ctx = db.CreateDbContext())
        {
            var procs = await ctx.Procedures.AsNoTracking().ToListAsync();
            var refs = procs.Select(p => new SyntheticDossiers.ProcedureRef(p.Id, p.Code, p.Name, p.FieldCode, p.Deadline)).ToList();
            var cal = OneStop.Core.Calendar.WorkingCalendar.FromOfficial();
            await ctx.Database.OpenConnectionAsync();
            await SyntheticDossiers.InsertAsync((SqliteConnection)ctx.Database.GetDbConnection(), "H48.26.10", refs, cal.DueAt, 2000, days: 150, now, seed, "tiepnhan");
        }
        var (f, t) = (DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));
        var report = (await new ResolutionReportService(db).BuildAsync(f, t)).Value!.Total;
        var progress = (await new ServiceIndicators(db).BuildAsync(f, t)).Value!.Indicators.Single(i => i.Key == ServiceIndicators.Progress);
        Assert.Equal(report.Received, progress.Denominator);
        Assert.Equal(report.Early + report.OnTime + report.InProgressWithin, progress.Numerator);
        Assert.True(report.Received > 100);
    }
}
