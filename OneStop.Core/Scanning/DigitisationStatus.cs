using Microsoft.EntityFrameworkCore;
using OneStop.Core.Dossiers;
using OneStop.Core.Persistence;

namespace OneStop.Core.Scanning;

/// <summary>Whether a dossier's papers and its result are digitised (what the queues show and the supervisor's indicators count).</summary>
public sealed record DossierDigitisation(long DossierId, bool FullyDigitised, int MissingCount, bool ResultDigitised);

/// <summary>
/// The one rule of "fully digitised" (Decree 118/2025: every paper handed in is digitised at the counter): every checklist
/// item marked as handed in has at least one scan, and at least one paper was handed in. Papers not handed in have nothing
/// to digitise. <see cref="Digitisation"/>, the queues and the SQL filter below all follow it.
/// </summary>
public static class DigitisationRule
{
    public static int MissingCount(IReadOnlyList<ChecklistItem> checklist, IReadOnlySet<int> scannedItems) =>
        checklist.Where((c, i) => c.Provided && !scannedItems.Contains(i)).Count();

    public static bool IsFullyDigitised(IReadOnlyList<ChecklistItem> checklist, IReadOnlySet<int> scannedItems) =>
        checklist.Any(c => c.Provided) && MissingCount(checklist, scannedItems) == 0;
}

/// <summary>
/// Digitisation of dossiers from the scan tables: one dossier, a page of rows, or a filter on any dossier query. The filter is
/// this feature's one piece of SQLite-specific SQL (the checklist is a JSON column, walked with <c>json_each</c>).
/// </summary>
public sealed class DigitisationQueries(IDbContextFactory<OneStopDbContext> factory)
{
    /// <summary>"Is this dossier fully digitised?" (false for an unknown dossier).</summary>
    public async Task<bool> IsFullyDigitisedAsync(long dossierId, CancellationToken ct = default) =>
        (await OfAsync([dossierId], ct)).TryGetValue(dossierId, out var d) && d.FullyDigitised;

    /// <summary>The digitisation of each of <paramref name="dossierIds"/> (unknown ids are left out).</summary>
    public async Task<IReadOnlyDictionary<long, DossierDigitisation>> OfAsync(IReadOnlyCollection<long> dossierIds, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await OfAsync(db, dossierIds, ct);
    }

    /// <summary>The same, inside a caller's context.</summary>
    public static async Task<IReadOnlyDictionary<long, DossierDigitisation>> OfAsync(OneStopDbContext db, IReadOnlyCollection<long> dossierIds, CancellationToken ct = default)
    {
        if (dossierIds.Count == 0) return new Dictionary<long, DossierDigitisation>();
        var checklists = await db.Dossiers.AsNoTracking().Where(d => dossierIds.Contains(d.Id)).Select(d => new { d.Id, d.Checklist }).ToListAsync(ct);
        return await OfAsync(db, checklists.ToDictionary(d => d.Id, d => d.Checklist), ct);
    }

    /// <summary>The same for dossiers whose checklists the caller already read (the queues read them with their page of rows).</summary>
    public static async Task<IReadOnlyDictionary<long, DossierDigitisation>> OfAsync(OneStopDbContext db,
        IReadOnlyDictionary<long, IReadOnlyList<ChecklistItem>> checklists, CancellationToken ct = default)
    {
        if (checklists.Count == 0) return new Dictionary<long, DossierDigitisation>();
        var ids = checklists.Keys.ToList();
        var scans = await db.Attachments.AsNoTracking().Where(a => ids.Contains(a.DossierId))
            .Select(a => new { a.DossierId, a.ItemIndex, a.IsResult }).Distinct().ToListAsync(ct);
        var byDossier = scans.ToLookup(s => s.DossierId);
        return checklists.ToDictionary(d => d.Key, d =>
        {
            var items = byDossier[d.Key].Where(s => s.ItemIndex is not null).Select(s => s.ItemIndex!.Value).ToHashSet();
            return new DossierDigitisation(d.Key, DigitisationRule.IsFullyDigitised(d.Value, items),
                DigitisationRule.MissingCount(d.Value, items), byDossier[d.Key].Any(s => s.IsResult));
        });
    }

    /// <summary>Keeps the dossiers that are (or, with false, are not) fully digitised, as part of the caller's query.</summary>
    public static IQueryable<Dossier> WhereFullyDigitised(OneStopDbContext db, IQueryable<Dossier> rows, bool fully)
    {
        // A fully digitised dossier has at least one paper scan, so the scan table bounds the walk over checklists.
        var ids = db.Database.SqlQuery<long>($"""
            SELECT d.Id AS Value FROM Dossiers AS d
            WHERE d.Id IN (SELECT a.DossierId FROM Attachments AS a WHERE a.ItemIndex IS NOT NULL)
              AND EXISTS (SELECT 1 FROM json_each(d.Checklist) AS j WHERE json_extract(j.value, '$.provided') = 1)
              AND NOT EXISTS (SELECT 1 FROM json_each(d.Checklist) AS j
                              WHERE json_extract(j.value, '$.provided') = 1
                                AND NOT EXISTS (SELECT 1 FROM Attachments AS s WHERE s.DossierId = d.Id AND s.ItemIndex = j.key))
            """);
        return fully ? rows.Where(d => ids.Contains(d.Id)) : rows.Where(d => !ids.Contains(d.Id));
    }

    /// <summary>Keeps the dossiers whose result is (or is not) digitised ("kết quả đã số hóa").</summary>
    public static IQueryable<Dossier> WhereResultDigitised(OneStopDbContext db, IQueryable<Dossier> rows, bool digitised) =>
        digitised
            ? rows.Where(d => db.Attachments.Any(a => a.DossierId == d.Id && a.IsResult))
            : rows.Where(d => !db.Attachments.Any(a => a.DossierId == d.Id && a.IsResult));
}
