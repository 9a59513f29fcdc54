using Microsoft.EntityFrameworkCore;
using OneStop.Core.Centre;
using OneStop.Core.Common;
using OneStop.Core.Documents;
using OneStop.Core.Persistence;

namespace OneStop.Core.Dossiers;

public sealed record DossierDetails(Dossier Dossier, IReadOnlyList<DossierEvent> Events);

/// <summary>A printable form of a dossier as the dossier page lists it: the key the print is recorded under, the label, the PDF's address.</summary>
public sealed record DossierFormLink(string Key, string Label, string Url, string ElementId);

/// <summary>Reads one dossier with its trail and its documents; records a print only when the officer asks to print.</summary>
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

    public static readonly IReadOnlyDictionary<string, string> FormTitles = new Dictionary<string, string>
    {
        ["02"] = "Mẫu 02 – Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
        [NonResolutionForm] = "Thông báo về việc không giải quyết hồ sơ",
        ["04"] = "Mẫu 04 – Văn bản xin lỗi và hẹn lại ngày trả kết quả",
        ["05"] = "Mẫu 05 – Thông báo dừng giải quyết hồ sơ",
        ["06"] = "Mẫu 06 – Phiếu kiểm soát quá trình giải quyết hồ sơ",
    };

    /// <summary>The hand-over list's key in <see cref="RecordPrintAsync"/>.</summary>
    public const string HandOverListKey = "bg";

    public const string HandOverListTitle = "Danh sách bàn giao hồ sơ";

    /// <summary>
    /// Every form the dossier's trail has something for, in the order the page shows them: the receipt, the letters of
    /// what happened (02, the notice of non-resolution, 04, 05), the control slip, and the list of each hand-over.
    /// </summary>
    public static IReadOnlyList<DossierFormLink> FormLinks(DossierDetails x)
    {
        ArgumentNullException.ThrowIfNull(x);
        var d = x.Dossier;
        string Form(string f) => $"/ho-so/{d.Id}/mau/{f}.pdf";
        var links = new List<DossierFormLink> { new(ReceiptForm, "Mẫu 01 Giấy tiếp nhận", $"/ho-so/{d.Id}/giay-tiep-nhan.pdf", "form-01") };
        if (x.Events.Any(e => e.Kind == DossierEventKinds.SupplementRequested)) links.Add(new("02", "Mẫu 02 Yêu cầu bổ sung", Form("02"), "form-02"));
        if (d.Status == DossierStatus.Refused && x.Events.Any(e => e.Kind == DossierEventKinds.Refused))
            links.Add(new(NonResolutionForm, "Thông báo không giải quyết", Form(NonResolutionForm), "form-kgq"));
        if (d.Apology == ApologyState.Approved && d.ProposedDueAt is not null && x.Events.Any(e => e.Kind == DossierEventKinds.ApologyApproved))
            links.Add(new("04", "Mẫu 04 Xin lỗi, gia hạn", Form("04"), "form-04"));
        if (d.Status == DossierStatus.Withdrawn && x.Events.Any(e => e.Kind == DossierEventKinds.Withdrawn))
            links.Add(new("05", "Mẫu 05 Dừng giải quyết", Form("05"), "form-05"));
        links.Add(new("06", "Mẫu 06 Phiếu kiểm soát", Form("06"), "form-06"));
        foreach (var e in x.Events.Where(e => e.Kind == DossierEventKinds.HandedOver))
            links.Add(new(HandOverListKey, $"Danh sách bàn giao {VnFormat.DateTime(e.At)}", $"/ho-so/{d.Id}/ban-giao/{e.Id}.pdf", $"handover-{e.Id}"));
        return links;
    }

    /// <summary>
    /// The hand-over list of the hand-over event <paramref name="eventId"/> of dossier <paramref name="id"/>, printed again
    /// from the trail: the whole batch it was part of, or that dossier alone. A pure read.
    /// </summary>
    public async Task<(byte[] Pdf, string Code)?> HandOverListPdfAsync(long id, long eventId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var e = await db.DossierEvents.AsNoTracking().FirstOrDefaultAsync(x => x.Id == eventId && x.DossierId == id && x.Kind == DossierEventKinds.HandedOver, ct);
        if (e is null || DossierEventData.Read<HandedOverData>(e) is not { } h) return null;
        List<DossierEvent> events = [e];
        if (h.Batch is { Length: > 0 } batch)
        {
            // The batch id is written by OneStop itself (hex), so the JSON text holds it exactly as below.
            var marker = $"\"batch\":\"{batch}\"";
            events = await db.DossierEvents.AsNoTracking()
                .Where(x => x.Kind == DossierEventKinds.HandedOver && x.Data != null && x.Data.Contains(marker)).OrderBy(x => x.Id).ToListAsync(ct);
        }
        var ids = events.Select(x => x.DossierId).Distinct().ToList();
        var dossiers = await db.Dossiers.AsNoTracking().Where(x => ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, ct);
        var data = TrailDocuments.HandOverList(e, events.Where(x => dossiers.ContainsKey(x.DossierId)).Select(x => (x, dossiers[x.DossierId])).ToList(),
            await centre.GetAsync(ct));
        return data is null ? null : (Documents.Forms.HandOverListForm.Render(data), dossiers[id].Code);
    }

    /// <summary>The receipt's form number in <see cref="RecordPrintAsync"/>.</summary>
    public const string ReceiptForm = "01";

    /// <summary>The notice of non-resolution's key in <see cref="FormTitles"/>: not Mẫu 03, which is the counter's refusal.</summary>
    public const string NonResolutionForm = "kgq";

    /// <summary>A form drawn from the dossier's trail, or null when the trail has nothing for it (no refusal, no apology...). A pure read.</summary>
    public async Task<(byte[] Pdf, string Code)?> FormPdfAsync(long id, string form, CancellationToken ct = default)
    {
        if (!FormTitles.ContainsKey(form)) return null;
        var x = await GetAsync(id, ct);
        if (x is null) return null;
        var c = await centre.GetAsync(ct);
        IReadOnlyList<Accounts.Signer> staff;
        await using (var db = await factory.CreateDbContextAsync(ct))
            staff = await Accounts.StaffDirectory.SignersAsync(db, ct);
        byte[]? pdf = form switch
        {
            "02" => TrailDocuments.Supplement(x, c, staff) is { } s ? renderer.SupplementRequest(s) : null,
            NonResolutionForm => TrailDocuments.NonResolution(x, c, staff) is { } r ? renderer.NonResolution(r) : null,
            "04" => TrailDocuments.Apology(x, c, staff) is { } a ? renderer.Apology(a) : null,
            "05" => TrailDocuments.StopNotice(x, c, staff) is { } n ? renderer.StopNotice(n) : null,
            _ => renderer.ControlSlip(TrailDocuments.ControlSlip(x, c)),
        };
        return pdf is null ? null : (pdf, x.Dossier.Code);
    }

    /// <summary>The receipt (both copies) as a PDF. A pure read: opening or reloading it records nothing.</summary>
    public async Task<(byte[] Pdf, string Code)?> ReceiptPdfAsync(long id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var d = await db.Dossiers.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (d is null) return null;
        // A fee settled since reception (paid, or exempted with its reason) is printed as such, and the QR is no longer offered.
        var payment = await db.Payments.AsNoTracking().FirstOrDefaultAsync(p => p.DossierId == id, ct);
        return (renderer.Receipt(DossierDocuments.Receipt(d, await centre.GetAsync(ct), payment)), d.Code);
    }

    /// <summary>
    /// Records in the trail that the officer printed a form of the dossier (<see cref="ReceiptForm"/> or a key of
    /// <see cref="FormTitles"/>). Called when the officer asks to print, never by reading the PDF, so reloads add nothing.
    /// </summary>
    public async Task<Result> RecordPrintAsync(long id, string form, Officer officer, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(officer);
        var title = form == ReceiptForm ? ReceiptTitle : form == HandOverListKey ? HandOverListTitle : FormTitles.GetValueOrDefault(form);
        if (title is null) return Result.Invalid("Không có biểu mẫu này.");
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var d = await db.Dossiers.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (d is null) return Result.Invalid("Không tìm thấy hồ sơ.");
        await DossierTrail.AppendAsync(db, d, Common.VnTime.Now(clock), officer, DossierEventKinds.Printed, null, null, title, null, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Result.Ok();
    }
}
