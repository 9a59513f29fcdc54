using Microsoft.EntityFrameworkCore;
using OneStop.Core.Common;
using OneStop.Core.Persistence;

namespace OneStop.Core.Dossiers;

public sealed record DossierListItem(long Id, string Code, string ApplicantName, string ProcedureName, string FieldCode,
    DossierStatus Status, DateTimeOffset ReceivedAt, DateTimeOffset DueAt, string? AssignedTo);

public sealed record HomeSummary(int ReceivedToday, int DueToday, int Overdue, int Open, int ReadyToReturn);

/// <summary>Read models for lists and the home pages (AsNoTracking projections).</summary>
public sealed class DossierQueries(IDbContextFactory<OneStopDbContext> factory, TimeProvider clock)
{
    private string? connectionString;

    /// <summary>Finds a dossier by its code, case-insensitively (a scanner may type lower case).</summary>
    public async Task<long?> FindIdByCodeAsync(string code, CancellationToken ct = default)
    {
        var c = (code ?? "").Trim().ToUpperInvariant();
        if (c.Length == 0) return null;
        // The scanner lookup is the hottest path at the counter. EF's SQLite provider registers a dozen SQL functions
        // on every connection open (~0.1 ms), more than the query itself; this one query goes straight to the pooled connection.
        if (connectionString is null)
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            connectionString = db.Database.GetConnectionString();
        }
        await using var conn = new Microsoft.Data.Sqlite.SqliteConnection(connectionString);
        await conn.OpenAsync(ct);
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = "SELECT Id FROM Dossiers WHERE Code = $code LIMIT 1";
        cmd.Parameters.AddWithValue("$code", c);
        return await cmd.ExecuteScalarAsync(ct) is long id ? id : null;
    }

    /// <summary>Dossiers whose due instant falls on today's Viet Nam date while the clock runs (<see cref="DossierRules.DueOn"/>), soonest first.</summary>
    public async Task<IReadOnlyList<DossierListItem>> DueTodayAsync(CancellationToken ct = default)
    {
        var today = VnTime.DateOf(clock.GetUtcNow());
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Dossiers.AsNoTracking()
            .Where(DossierRules.DueOn(today))
            .OrderBy(d => d.DueAt)
            .Select(d => new DossierListItem(d.Id, d.Code, d.ApplicantName, d.ProcedureName, d.FieldCode, d.Status, d.ReceivedAt, d.DueAt, d.AssignedTo))
            .ToListAsync(ct);
    }

    /// <summary>
    /// Finds dossiers by code, CCCD, phone or applicant name (with or without diacritics), newest first.
    /// An empty query lists the latest dossiers.
    /// </summary>
    public async Task<IReadOnlyList<DossierListItem>> SearchAsync(string? query, DossierStatus? status = null, int limit = 200, CancellationToken ct = default)
    {
        var q = (query ?? "").Trim();
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = db.Dossiers.AsNoTracking();
        if (status is { } st) rows = rows.Where(d => d.Status == st);
        rows = DossierSearch.Apply(db, rows, q);
        return await rows.OrderByDescending(d => d.ReceivedAt).Take(limit)
            .Select(d => new DossierListItem(d.Id, d.Code, d.ApplicantName, d.ProcedureName, d.FieldCode, d.Status, d.ReceivedAt, d.DueAt, d.AssignedTo))
            .ToListAsync(ct);
    }
}
