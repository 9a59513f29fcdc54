using Microsoft.EntityFrameworkCore;
using OneStop.Core.Centre;
using OneStop.Core.Documents;
using OneStop.Core.Persistence;

namespace OneStop.Core.Dossiers;

public sealed record DossierDetails(Dossier Dossier, IReadOnlyList<DossierEvent> Events);

/// <summary>Reads one dossier with its trail, and prints its documents (each print is recorded in the trail).</summary>
public sealed class DossierService(IDbContextFactory<OneStopDbContext> factory, CentreService centre, IDocumentRenderer renderer, TimeProvider clock)
{
    public const string ReceiptTitle = "Mẫu 01 – Giấy tiếp nhận hồ sơ và hẹn trả kết quả";

    public async Task<DossierDetails?> GetAsync(long id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var d = await db.Dossiers.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (d is null) return null;
        var events = await db.DossierEvents.AsNoTracking().Where(e => e.DossierId == id).OrderBy(e => e.Id).ToListAsync(ct);
        return new DossierDetails(d, events);
    }

    /// <summary>The receipt (both copies) as a PDF; the print is recorded as an event.</summary>
    public async Task<(byte[] Pdf, string Code)?> PrintReceiptAsync(long id, Officer officer, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var d = await db.Dossiers.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (d is null) return null;
        var pdf = renderer.Receipt(DossierDocuments.Receipt(d, await centre.GetAsync(ct)));
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await DossierTrail.AppendAsync(db, d, Common.VnTime.Now(clock), officer, DossierEventKinds.Printed, null, null, ReceiptTitle, null, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (pdf, d.Code);
    }
}
