using Microsoft.EntityFrameworkCore;
using OneStop.Core.Centre;
using OneStop.Core.Common;
using OneStop.Core.Documents;
using OneStop.Core.Dossiers;
using OneStop.Core.Persistence;

namespace OneStop.Core.Payments;

/// <summary>A dossier's fee as the dossier page shows it.</summary>
/// <param name="SlipRefusal">Why no payment slip can be printed (no fee, or no bank account set); null when one can.</param>
public sealed record FeeState(long DossierId, string DossierCode, int DossierVersion, long Amount, FeeStatus Status, Payment? Payment,
    string? SlipRefusal, string? ReceptionExemption);

/// <summary>What the counter officer records: cash, or a transfer with the bank's reference.</summary>
public sealed record PaymentRequest(PaymentMethod Method, string? BankReference = null);

/// <summary>Fees: the slip, recording a payment or an exemption, the fee receipt, the daily summary.</summary>
public sealed class PaymentService(IDbContextFactory<OneStopDbContext> factory, CentreService centre, IDocumentRenderer renderer, TimeProvider clock)
{
    public const string Conflict = "Hồ sơ vừa được người khác cập nhật. Trang đã tải lại, vui lòng kiểm tra rồi thao tác lại.";

    public static FeeStatus StatusOf(Dossier d, Payment? p) =>
        p is not null ? (p.Method == PaymentMethod.Exempt ? FeeStatus.Exempt : FeeStatus.Paid)
        : d.FeeExemptReason is not null ? FeeStatus.Exempt
        : d.FeeTotal <= 0 ? FeeStatus.NoFee
        : FeeStatus.Unpaid;

    public async Task<FeeState?> GetAsync(long dossierId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var d = await db.Dossiers.AsNoTracking().FirstOrDefaultAsync(x => x.Id == dossierId, ct);
        if (d is null) return null;
        var p = await db.Payments.AsNoTracking().FirstOrDefaultAsync(x => x.DossierId == dossierId, ct);
        var status = StatusOf(d, p);
        return new FeeState(d.Id, d.Code, d.Version, d.FeeTotal, status, p,
            status == FeeStatus.Unpaid ? PaymentSlips.WhyNone(d, await centre.GetAsync(ct)) : PaymentSlips.NoFee, d.FeeExemptReason);
    }

    /// <summary>The dossier has a fee that is neither paid nor exempted (the return desk asks for confirmation).</summary>
    public async Task<bool> IsFeeUnpaidAsync(long dossierId, CancellationToken ct = default) =>
        (await GetAsync(dossierId, ct))?.Status == FeeStatus.Unpaid;

    /// <summary>Records the fee as paid in cash or by transfer and issues the fee receipt number (BL-yyyy-nnnnnn).</summary>
    public async Task<Result<Payment>> RecordAsync(long dossierId, int expectedVersion, PaymentRequest request, Officer by, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(by);
        string? reference = null;
        if (request.Method == PaymentMethod.Transfer)
        {
            reference = NormaliseReference(request.BankReference);
            if (reference.Length < 4) return Result<Payment>.Invalid("Nhập mã giao dịch ngân hàng (in trên sao kê hoặc tin nhắn của ngân hàng).");
            if (reference.Length > Payment.ReferenceMaxLength) return Result<Payment>.Invalid($"Mã giao dịch dài tối đa {Payment.ReferenceMaxLength} ký tự.");
        }
        else if (request.Method != PaymentMethod.Cash)
        {
            return Result<Payment>.Invalid("Chọn tiền mặt hoặc chuyển khoản.");
        }

        var now = VnTime.Now(clock);
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var d = await db.Dossiers.FirstOrDefaultAsync(x => x.Id == dossierId, ct);
        if (d is null) return Result<Payment>.Invalid("Không tìm thấy hồ sơ.");
        if (d.Version != expectedVersion) return Result<Payment>.Invalid(Conflict);
        if (DossierPermissions.Check(DossierAction.RecordPayment, d, by) is { Allowed: false } refused) return Result<Payment>.Invalid(refused.Reason!);
        if (await SettledAsync(db, d.Id, ct) is { } already) return Result<Payment>.Invalid(already);
        if (reference is not null && await db.Payments.AnyAsync(p => p.BankReference == reference, ct))
            return Result<Payment>.Invalid($"Mã giao dịch {reference} đã được ghi cho một hồ sơ khác.");

        var payment = await AddPaymentAsync(db, d, request.Method, reference, by, now, null, null, ct);
        return await CommitAsync(db, tx, payment, ct);
    }

    /// <summary>Exempts the fee with a reason from the centre's list and a free note; who decided is on the trail.</summary>
    public async Task<Result<Payment>> ExemptAsync(long dossierId, int expectedVersion, string reason, string? note, Officer by, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(by);
        var cleanReason = VietnameseText.Clean(reason);
        var cleanNote = string.IsNullOrWhiteSpace(note) ? null : VietnameseText.Clean(note);
        if (cleanNote?.Length > Payment.ReasonMaxLength) return Result<Payment>.Invalid($"Ghi chú dài tối đa {Payment.ReasonMaxLength} ký tự.");
        var now = VnTime.Now(clock);
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await db.ExemptionReasons.AnyAsync(r => r.Name == cleanReason && r.Active, ct))
            return Result<Payment>.Invalid("Chọn lý do miễn trong danh sách của trung tâm.");
        var d = await db.Dossiers.FirstOrDefaultAsync(x => x.Id == dossierId, ct);
        if (d is null) return Result<Payment>.Invalid("Không tìm thấy hồ sơ.");
        if (d.Version != expectedVersion) return Result<Payment>.Invalid(Conflict);
        if (DossierPermissions.Check(DossierAction.Exempt, d, by) is { Allowed: false } refused) return Result<Payment>.Invalid(refused.Reason!);
        if (await SettledAsync(db, d.Id, ct) is { } already) return Result<Payment>.Invalid(already);
        var payment = Payment.Exempted(d.Id, d.Code, d.FeeTotal, cleanReason, cleanNote, by.UserName, by.FullName, now);
        db.Payments.Add(payment);
        d.FeeSettled();
        await DossierTrail.AppendAsync(db, d, now, by, DossierEventKinds.FeeExempted, d.Status, d.Status, null,
            new FeeExemptedData(cleanReason, cleanNote, d.FeeTotal), ct);
        return await CommitAsync(db, tx, payment, ct);
    }

    /// <summary>Adds a cash or transfer payment with a new receipt number, bumps the dossier and writes the trail (inside the caller's transaction).</summary>
    internal static async Task<Payment> AddPaymentAsync(OneStopDbContext db, Dossier d, PaymentMethod method, string? reference, Officer by,
        DateTimeOffset now, long? statementImportId, int? statementLine, CancellationToken ct)
    {
        var year = VnTime.DateOf(now).Year;
        var number = PaymentSlips.ReceiptNumber(year, await Sequences.NextAsync(db, PaymentSlips.SequenceScope(year), ct));
        var payment = Payment.Paid(d.Id, d.Code, method, d.FeeTotal, number, reference, by.UserName, by.FullName, now, statementImportId);
        db.Payments.Add(payment);
        d.FeeSettled();
        await DossierTrail.AppendAsync(db, d, now, by, DossierEventKinds.PaymentRecorded, d.Status, d.Status, null,
            new PaymentRecordedData(number, method, d.FeeTotal, reference, statementLine), ct);
        return payment;
    }

    private static async Task<string?> SettledAsync(OneStopDbContext db, long dossierId, CancellationToken ct)
    {
        var p = await db.Payments.AsNoTracking().FirstOrDefaultAsync(x => x.DossierId == dossierId, ct);
        return p is null ? null
            : p.Method == PaymentMethod.Exempt ? "Hồ sơ đã được miễn phí, lệ phí."
            : $"Hồ sơ đã nộp phí ({PaymentMethods.Vietnamese(p.Method)}, biên lai {p.ReceiptNumber}).";
    }

    private static async Task<Result<Payment>> CommitAsync(OneStopDbContext db, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction tx, Payment p, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<Payment>.Invalid(Conflict);
        }
        catch (DbUpdateException)
        {
            // The unique index on the dossier: another counter settled it between our read and our write.
            return Result<Payment>.Invalid("Hồ sơ vừa được ghi nhận nộp phí ở quầy khác.");
        }
        return Result<Payment>.Ok(p);
    }

    /// <summary>Bank references are compared upper-case without spaces.</summary>
    public static string NormaliseReference(string? reference) =>
        new((reference ?? "").Where(c => !char.IsWhiteSpace(c)).Select(char.ToUpperInvariant).ToArray());

    /// <summary>The payment slip PDF, or the reason there is none (no fee, no bank account set).</summary>
    public async Task<Result<(byte[] Pdf, string Code)>> SlipPdfAsync(long dossierId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var d = await db.Dossiers.AsNoTracking().FirstOrDefaultAsync(x => x.Id == dossierId, ct);
        if (d is null) return Result<(byte[], string)>.Invalid("Không tìm thấy hồ sơ.");
        var c = await centre.GetAsync(ct);
        var slip = PaymentSlips.Slip(d, c, VnTime.DateOf(VnTime.Now(clock)));
        return slip is null
            ? Result<(byte[], string)>.Invalid(PaymentSlips.WhyNone(d, c) ?? PaymentSlips.NoFee)
            : Result<(byte[], string)>.Ok((renderer.PaymentSlip(slip), d.Code));
    }

    /// <summary>The fee receipt (biên lai) of a paid dossier; null when there is none.</summary>
    public async Task<(byte[] Pdf, string Number)?> FeeReceiptPdfAsync(long dossierId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var p = await db.Payments.AsNoTracking().FirstOrDefaultAsync(x => x.DossierId == dossierId && x.ReceiptNumber != null, ct);
        if (p is null) return null;
        var d = await db.Dossiers.AsNoTracking().FirstAsync(x => x.Id == dossierId, ct);
        return (renderer.FeeReceipt(PaymentSlips.FeeReceipt(p, d, await centre.GetAsync(ct))), p.ReceiptNumber!);
    }

    /// <summary>The active exemption reasons; a new centre gets the default list on first read.</summary>
    public async Task<IReadOnlyList<string>> ExemptionReasonsAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        if (!await db.ExemptionReasons.AnyAsync(ct))
        {
            db.ExemptionReasons.AddRange(ExemptionReason.Defaults.Select(ExemptionReason.Create));
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException) { /* another circuit seeded them first */ }
        }
        return await db.ExemptionReasons.AsNoTracking().Where(r => r.Active).OrderBy(r => r.Id).Select(r => r.Name).ToListAsync(ct);
    }

    /// <summary>Adds a reason to the centre's list (supervisors); an existing inactive one comes back.</summary>
    public async Task<Result> AddExemptionReasonAsync(string name, Officer by, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (DossierPermissions.CanEditExemptionReasons(by) is { Allowed: false } no) return Result.Invalid(no.Reason!);
        var clean = VietnameseText.Clean(name);
        if (clean.Length is 0 or > ExemptionReason.NameMaxLength) return Result.Invalid($"Nhập lý do (tối đa {ExemptionReason.NameMaxLength} ký tự).");
        await ExemptionReasonsAsync(ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        var row = await db.ExemptionReasons.FirstOrDefaultAsync(r => r.Name == clean, ct);
        if (row is { Active: true }) return Result.Invalid("Lý do này đã có trong danh sách.");
        if (row is null) db.ExemptionReasons.Add(ExemptionReason.Create(clean)); else row.Reactivate();
        await db.SaveChangesAsync(ct);
        return Result.Ok();
    }

    /// <summary>Removes a reason from the list; exemptions already recorded keep their reason text.</summary>
    public async Task<Result> RemoveExemptionReasonAsync(string name, Officer by, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (DossierPermissions.CanEditExemptionReasons(by) is { Allowed: false } no) return Result.Invalid(no.Reason!);
        await using var db = await factory.CreateDbContextAsync(ct);
        var row = await db.ExemptionReasons.FirstOrDefaultAsync(r => r.Name == name && r.Active, ct);
        if (row is null) return Result.Invalid("Không có lý do này trong danh sách.");
        row.Deactivate();
        await db.SaveChangesAsync(ct);
        return Result.Ok();
    }
}
