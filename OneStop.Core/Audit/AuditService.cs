using Microsoft.EntityFrameworkCore;
using OneStop.Core.Dossiers;
using OneStop.Core.Persistence;

namespace OneStop.Core.Audit;

/// <summary>The first event where the hash chain breaks.</summary>
/// <param name="Problem">What is wrong, in Vietnamese, for the supervisor.</param>
/// <param name="DossierId">The dossier of the event, to open it from the report.</param>
public sealed record BrokenLink(long EventId, string DossierCode, DateTimeOffset At, string Problem, long DossierId = 0);

/// <summary>The outcome of walking the whole chain.</summary>
/// <param name="EventCount">Events read, up to and including the first broken one.</param>
public sealed record AuditReport(int EventCount, bool Intact, BrokenLink? FirstBroken);

/// <summary>One line of the latest-events list.</summary>
public sealed record AuditEventRow(long Id, long DossierId, string DossierCode, DateTimeOffset At, string Kind, string ActorName, string ActorRole, string? Note);

/// <summary>Checks the centre-wide hash chain of dossier events and lists the latest events.</summary>
public sealed class AuditService(IDbContextFactory<OneStopDbContext> dbFactory)
{
    public const string ContentChanged = "Nội dung bản ghi đã bị sửa (mã băm không khớp)";
    public const string LinkBroken = "Thiếu bản ghi trước đó hoặc thứ tự bị đảo (mã băm trước không khớp)";

    /// <summary>Events read per query; small in tests to cross batch boundaries.</summary>
    internal int BatchSize { get; init; } = 5_000;

    /// <summary>
    /// Walks every event in Id order, in keyset batches without tracking, so memory stays flat for millions of events.
    /// Each event must hash to its stored hash, and its previous hash must be the stored hash of the event before it
    /// (the genesis hash for the first). Stops at the first break.
    /// </summary>
    public async Task<AuditReport> VerifyChainAsync(CancellationToken ct = default)
    {
        var expectedPrevious = DossierEvent.GenesisHash;
        var lastId = 0L;
        var count = 0;
        while (true)
        {
            List<DossierEvent> batch;
            await using (var db = await dbFactory.CreateDbContextAsync(ct))
            {
                var from = lastId;
                batch = await db.DossierEvents.AsNoTracking().Where(e => e.Id > from).OrderBy(e => e.Id).Take(BatchSize).ToListAsync(ct);
            }
            if (batch.Count == 0) return new AuditReport(count, true, null);

            foreach (var e in batch)
            {
                count++;
                // Content first: an edited row also fails its own hash, and that is the more precise finding.
                if (!string.Equals(e.Hash, e.ComputeHash(), StringComparison.Ordinal))
                    return new AuditReport(count, false, new BrokenLink(e.Id, e.DossierCode, e.At, ContentChanged, e.DossierId));
                if (!string.Equals(e.PreviousHash, expectedPrevious, StringComparison.Ordinal))
                    return new AuditReport(count, false, new BrokenLink(e.Id, e.DossierCode, e.At, LinkBroken, e.DossierId));
                expectedPrevious = e.Hash;
            }
            lastId = batch[^1].Id;
            if (batch.Count < BatchSize) return new AuditReport(count, true, null);
        }
    }

    /// <summary>The latest <paramref name="count"/> events, newest first.</summary>
    public async Task<IReadOnlyList<AuditEventRow>> LatestAsync(int count = 50, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.DossierEvents.AsNoTracking().OrderByDescending(e => e.Id).Take(count)
            .Select(e => new AuditEventRow(e.Id, e.DossierId, e.DossierCode, e.At, e.Kind, e.ActorName, e.ActorRole, e.Note))
            .ToListAsync(ct);
    }
}
