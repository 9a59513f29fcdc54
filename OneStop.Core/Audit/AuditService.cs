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
    public const string TailCut = "Các bản ghi mới nhất sau bản ghi này đã bị xoá (đầu chuỗi không khớp)";

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
        DossierEvent? last = null;
        while (true)
        {
            List<DossierEvent> batch;
            await using (var db = await dbFactory.CreateDbContextAsync(ct))
            {
                var from = lastId;
                batch = await db.DossierEvents.AsNoTracking().Where(e => e.Id > from).OrderBy(e => e.Id).Take(BatchSize).ToListAsync(ct);
            }
            if (batch.Count == 0) return await CheckHeadAsync(count, expectedPrevious, last, ct);

            foreach (var e in batch)
            {
                count++;
                // Content first: an edited row also fails its own hash, and that is the more precise finding.
                if (!string.Equals(e.Hash, e.ComputeHash(), StringComparison.Ordinal))
                    return new AuditReport(count, false, new BrokenLink(e.Id, e.DossierCode, e.At, ContentChanged, e.DossierId));
                if (!string.Equals(e.PreviousHash, expectedPrevious, StringComparison.Ordinal))
                    return new AuditReport(count, false, new BrokenLink(e.Id, e.DossierCode, e.At, LinkBroken, e.DossierId));
                expectedPrevious = e.Hash;
                last = e;
            }
            lastId = batch[^1].Id;
            if (batch.Count < BatchSize) return await CheckHeadAsync(count, expectedPrevious, last, ct);
        }
    }

    /// <summary>
    /// The chain alone cannot tell a cut tail from a shorter trail: the head, written with every event, must name the
    /// newest event and the same count.
    /// </summary>
    private async Task<AuditReport> CheckHeadAsync(int count, string lastHash, DossierEvent? last, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var head = await db.TrailHeads.AsNoTracking().FirstOrDefaultAsync(h => h.Id == TrailHead.SingletonId, ct);
        var headHash = head?.Hash ?? DossierEvent.GenesisHash;
        var headCount = head?.EventCount ?? 0;
        if (string.Equals(headHash, lastHash, StringComparison.Ordinal) && headCount == count)
            return new AuditReport(count, true, null);
        var problem = $"{TailCut}: đầu chuỗi ghi nhận {Common.VnFormat.Number(headCount)} bản ghi, còn lại {Common.VnFormat.Number(count)}";
        return new AuditReport(count, false, last is null
            ? new BrokenLink(0, string.Empty, default, problem)
            : new BrokenLink(last.Id, last.DossierCode, last.At, problem, last.DossierId));
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
