using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OneStop.Core.Catalog;
using OneStop.Core.Common;
using OneStop.Core.Dossiers;
using OneStop.Web.Cli;
using OneStop.Core.Reports;
using OneStop.Tests.TestSupport;

namespace OneStop.Tests.Reports;

public sealed class ResolutionReportTests
{
    private static async Task<SqliteTestDatabase> WorldAsync(int count, DateTimeOffset now)
    {
        var db = new SqliteTestDatabase();
        await new CatalogService(db).SeedDemoAsync();
        await using var ctx = db.CreateDbContext();
        var procs = await ctx.Procedures.AsNoTracking().ToListAsync();
        var refs = procs.Select(p => new SyntheticDossiers.ProcedureRef(p.Id, p.Code, p.Name, p.FieldCode, p.Deadline)).ToList();
        var cal = OneStop.Core.Calendar.WorkingCalendar.FromOfficial();
        await SyntheticDossiers.InsertAsync((SqliteConnection)ctx.Database.GetDbConnection(), "H48.26.10", refs, cal.DueAt, count, days: 120, now, seed: 5, "tiepnhan");
        return db;
    }

    [Fact]
    public async Task ReceivedEqualsResolvedPlusInProgressInEveryRow()
    {
        var now = new DateTimeOffset(2026, 11, 20, 16, 0, 0, VnTime.Offset);
        using var db = await WorldAsync(3000, now);
        var r = await new ResolutionReportService(db).BuildAsync(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31));
        Assert.True(r.IsSuccess);
        Assert.NotEmpty(r.Value!.Rows);
        foreach (var row in r.Value.Rows.Append(r.Value.Total))
        {
            Assert.Equal(row.Received, row.Resolved + row.InProgress);                 // (3) = (7) + (11)
            Assert.Equal(row.Received, row.Online + row.DirectOrPostal + row.CarriedOver); // (3) = (4) + (5) + (6)
        }
        Assert.True(r.Value.Total.CarriedOver > 0, "September's open dossiers carry over into October");
        Assert.True(r.Value.Total.Resolved > 0);
    }

    [Fact]
    public async Task ADossierResolvedBeforeThePeriodIsNotCounted()
    {
        var now = new DateTimeOffset(2026, 11, 20, 16, 0, 0, VnTime.Offset);
        using var db = await WorldAsync(500, now);
        var all = await new ResolutionReportService(db).BuildAsync(new DateOnly(2026, 7, 1), new DateOnly(2026, 11, 20));
        var late = await new ResolutionReportService(db).BuildAsync(new DateOnly(2026, 11, 21), new DateOnly(2026, 11, 30));
        Assert.True(late.Value!.Total.Received < all.Value!.Total.Received);
        Assert.Equal(0, late.Value.Total.Online + late.Value.Total.DirectOrPostal); // nothing received after "now"
    }

    [Theory]
    [InlineData("2026-11-30", "2026-11-01", "Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.")] // reversed period
    [InlineData("2025-01-01", "2026-06-30", "Kỳ báo cáo tối đa một năm.")]                       // longer than a year
    public async Task ABadPeriodIsRefusedInVietnamese(string from, string to, string message)
    {
        using var db = new SqliteTestDatabase();
        var r = await new ResolutionReportService(db).BuildAsync(DateOnly.Parse(from), DateOnly.Parse(to));
        Assert.False(r.IsSuccess);
        Assert.Equal(message, r.Error);
    }
}
