using OneStop.Core.Centre;
using OneStop.Core.Common;
using OneStop.Core.Documents;
using OneStop.Core.Dossiers;

namespace OneStop.Core.Payments;

/// <summary>The fee QR and the payment slip of a dossier, or why there is none.</summary>
public static class PaymentSlips
{
    public const string NoBankAccount =
        "Trung tâm chưa khai báo tài khoản nhận phí (Quản trị → Cài đặt trung tâm), nên không in được mã QR thanh toán. Thu tiền mặt hoặc nhờ quản trị khai báo tài khoản.";
    public const string NoFee = "Hồ sơ không phải nộp phí, lệ phí.";

    /// <summary>Why no slip can be printed for the dossier; null when one can.</summary>
    public static string? WhyNone(Dossier d, CentreSettings c) =>
        d.FeeTotal <= 0 || d.FeeExemptReason is not null ? NoFee
        : VietQr.Validate(c.BankBin, c.BankAccountNumber) is not null || string.IsNullOrWhiteSpace(c.BankAccountHolder) ? NoBankAccount
        : null;

    /// <summary>The dynamic VietQR for the dossier's fee: amount, and the dossier code alone as purpose (≤ 25 characters).</summary>
    public static PaymentQrBlock? QrFor(Dossier d, CentreSettings c)
    {
        if (WhyNone(d, c) is not null) return null;
        var purpose = VietQr.AsciiText(d.Code);
        var payload = VietQr.ForPayment(c.BankBin, c.BankAccountNumber, d.FeeTotal, purpose);
        var bank = Banks.Find(c.BankBin);
        return new PaymentQrBlock(payload, d.FeeTotal, bank is null ? c.BankBin : $"{bank.ShortName} - {bank.Name}", c.BankAccountNumber,
            c.BankAccountHolder, purpose);
    }

    public static PaymentSlipData? Slip(Dossier d, CentreSettings c, DateOnly issuedOn)
    {
        if (QrFor(d, c) is not { } qr) return null;
        var lines = d.FeeLines.Where(l => l.Amount > 0).Select(l => new FeeLine(l.Name, l.Amount)).ToList();
        if (lines.Count == 0) lines.Add(new FeeLine("Phí, lệ phí " + d.ProcedureName, d.FeeTotal));
        return new PaymentSlipData(DossierDocuments.Header(c), d.Code, d.ApplicantName, d.ProcedureName, lines, d.FeeTotal, qr, issuedOn,
            c.PaymentSlipPaper);
    }

    /// <summary>"BL-2026-000123": the fee receipt number from the per-year sequence.</summary>
    public static string ReceiptNumber(int year, long value) =>
        $"BL-{year.ToString(System.Globalization.CultureInfo.InvariantCulture)}-{value.ToString("000000", System.Globalization.CultureInfo.InvariantCulture)}";

    public static string SequenceScope(int year) => $"fee-receipt-{year.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public static FeeReceiptData FeeReceipt(Payment p, Dossier d, CentreSettings c) => new(
        DossierDocuments.Header(c), p.ReceiptNumber ?? "", d.Code, d.ApplicantName, d.ProcedureName, p.Amount,
        PaymentMethods.Vietnamese(p.Method), p.BankReference, p.ByName, VnTime.ToVn(p.At));
}
