namespace OneStop.Core.Payments;

/// <summary>How a fee was settled.</summary>
public enum PaymentMethod { Cash, Transfer, Exempt }

/// <summary>Where a dossier's fee stands, for the dossier page and the return desk.</summary>
public enum FeeStatus
{
    /// <summary>The procedure has no fee for this dossier.</summary>
    NoFee,
    Unpaid,
    Paid,
    Exempt,
}

public static class PaymentMethods
{
    public static string Vietnamese(PaymentMethod m) => m switch
    {
        PaymentMethod.Cash => "Tiền mặt",
        PaymentMethod.Transfer => "Chuyển khoản",
        _ => "Miễn phí, lệ phí",
    };

    public static string Vietnamese(FeeStatus s) => s switch
    {
        FeeStatus.NoFee => "Không thu phí",
        FeeStatus.Unpaid => "Chưa nộp phí",
        FeeStatus.Paid => "Đã nộp phí",
        _ => "Được miễn phí",
    };
}

/// <summary>
/// One settled fee: paid in cash, by transfer (with the bank's reference), or exempted. A dossier has at most one
/// (a unique index), so a fee is never collected twice; a cash or transfer payment carries its fee receipt number.
/// </summary>
public sealed class Payment
{
    public const int ReferenceMaxLength = 60;
    public const int ReceiptNumberMaxLength = 20;
    public const int ReasonMaxLength = 200;

    private Payment() { }

    public long Id { get; private set; }
    public long DossierId { get; private set; }
    public string DossierCode { get; private set; } = string.Empty;
    public PaymentMethod Method { get; private set; }
    /// <summary>Whole đồng; for an exemption, the fee waived.</summary>
    public long Amount { get; private set; }
    /// <summary>The bank's transaction reference of a transfer (unique among transfers).</summary>
    public string? BankReference { get; private set; }
    /// <summary>"BL-2026-000123"; null for an exemption.</summary>
    public string? ReceiptNumber { get; private set; }
    /// <summary>Exemption reason from the centre's list, with the free note.</summary>
    public string? ExemptionReason { get; private set; }
    public string? Note { get; private set; }
    public string ByUser { get; private set; } = string.Empty;
    public string ByName { get; private set; } = string.Empty;
    public DateTimeOffset At { get; private set; }
    /// <summary>The statement a transfer was confirmed from.</summary>
    public long? StatementImportId { get; private set; }

    internal static Payment Paid(long dossierId, string dossierCode, PaymentMethod method, long amount, string receiptNumber,
        string? bankReference, string byUser, string byName, DateTimeOffset at, long? statementImportId = null) => new()
    {
        DossierId = dossierId, DossierCode = dossierCode, Method = method, Amount = amount, ReceiptNumber = receiptNumber,
        BankReference = bankReference, ByUser = byUser, ByName = byName, At = at, StatementImportId = statementImportId,
    };

    internal static Payment Exempted(long dossierId, string dossierCode, long amount, string reason, string? note,
        string byUser, string byName, DateTimeOffset at) => new()
    {
        DossierId = dossierId, DossierCode = dossierCode, Method = PaymentMethod.Exempt, Amount = amount,
        ExemptionReason = reason, Note = note, ByUser = byUser, ByName = byName, At = at,
    };

}

/// <summary>
/// A bank statement whose transfers were confirmed. The SHA-256 of the file is unique: the same statement imported
/// twice is refused, so nothing is paid twice.
/// </summary>
public sealed class StatementImport
{
    public const int HashLength = 64;
    public const int FileNameMaxLength = 200;

    private StatementImport() { }

    public long Id { get; private set; }
    public string FileHash { get; private set; } = string.Empty;
    public string FileName { get; private set; } = string.Empty;
    public int LineCount { get; private set; }
    public int PaidCount { get; private set; }
    public string ByUser { get; private set; } = string.Empty;
    public string ByName { get; private set; } = string.Empty;
    public DateTimeOffset At { get; private set; }

    internal static StatementImport Create(string hash, string fileName, int lines, int paid, string byUser, string byName, DateTimeOffset at) => new()
    {
        FileHash = hash, FileName = fileName, LineCount = lines, PaidCount = paid, ByUser = byUser, ByName = byName, At = at,
    };
}

/// <summary>A reason for exempting or reducing fees (hộ nghèo, người có công, trẻ em…), from a list the centre edits.</summary>
public sealed class ExemptionReason
{
    public const int NameMaxLength = 100;

    private ExemptionReason() { }

    public int Id { get; private set; }
    public string Name { get; private set; } = string.Empty;
    public bool Active { get; private set; } = true;

    internal static ExemptionReason Create(string name) => new() { Name = name };
    internal void Deactivate() => Active = false;
    internal void Reactivate() => Active = true;

    /// <summary>The list a new centre starts with (Circular 85/2019/TT-BTC, hộ tịch fees).</summary>
    public static readonly IReadOnlyList<string> Defaults = ["Hộ nghèo", "Người có công với cách mạng", "Trẻ em", "Người cao tuổi", "Người khuyết tật", "Đồng bào dân tộc thiểu số ở vùng đặc biệt khó khăn"];
}
