using Microsoft.EntityFrameworkCore;
using OneStop.Core.Catalog;
using OneStop.Core.Dossiers;
using OneStop.Core.Persistence;

namespace OneStop.Web.Cli;

/// <summary>Reference data for the bench and the feature metrics (catalogue, calendar).</summary>
internal static class BenchSeed
{
    public sealed record Seeded(IReadOnlyList<SyntheticDossiers.ProcedureRef> Procedures, Func<DateTimeOffset, Deadline, DateTimeOffset> DueAt);

    public static async Task<Seeded> SeedReferenceDataAsync(IDbContextFactory<OneStopDbContext> factory)
    {
        await using var db = await factory.CreateDbContextAsync();
        if (!await db.Procedures.AnyAsync())
        {
            db.Procedures.Add(new Procedure("2.000815", "CT", "Chứng thực bản sao từ bản chính giấy tờ, văn bản", Deadline.SameDay(), [], []));
            await db.SaveChangesAsync();
        }
        var procs = await db.Procedures.AsNoTracking().ToListAsync();
        return new Seeded(
            procs.Select(p => new SyntheticDossiers.ProcedureRef(p.Id, p.Code, p.Name, p.FieldCode, p.Deadline)).ToList(),
            (t, d) => t.AddDays(1));
    }

    public static Task RunFeatureMetricsAsync(BenchHarness h, BenchWorld world) => Task.CompletedTask;
}
