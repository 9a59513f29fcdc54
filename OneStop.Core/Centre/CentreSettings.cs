using OneStop.Core.Calendar;
using OneStop.Core.Documents;

namespace OneStop.Core.Centre;

/// <summary>The one row of settings that describes this centre: names on forms, sessions, fee bank account.</summary>
public sealed class CentreSettings
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;
    public string CentreName { get; set; } = "Trung tâm Phục vụ hành chính công";
    public string ParentBody { get; set; } = "UBND";
    public string AgencyCode { get; set; } = "H00.00.00";
    public string Address { get; set; } = string.Empty;
    public string Phone { get; set; } = string.Empty;
    /// <summary>Place name of the date line on forms: "&lt;place&gt;, ngày … tháng … năm …".</summary>
    public string PlaceName { get; set; } = string.Empty;

    /// <summary>Sessions per weekday (stored as JSON).</summary>
    public WeeklySchedule Schedule { get; set; } = WeeklySchedule.Default;
    public bool SaturdayReception { get; set; }
    /// <summary>
    /// The same-day cut-off (§5 rule 4): received before it → due at the end of the day, at or after it → the next working
    /// day's end. The one source of the cut-off: the calendar, the receipt and the catalogue's "Trong ngày" read it from here.
    /// </summary>
    public TimeOnly SameDayCutoff { get; set; } = DefaultSameDayCutoff;

    /// <summary>The cut-off of a new centre (15:00, the rule for chứng thực and hộ tịch copies).</summary>
    public static readonly TimeOnly DefaultSameDayCutoff = WorkingCalendar.DefaultSameDayCutoff;

    public string BankBin { get; set; } = string.Empty;
    public string BankAccountNumber { get; set; } = string.Empty;
    public string BankAccountHolder { get; set; } = string.Empty;

    public PaperSize ReceiptPaper { get; set; } = PaperSize.A5;

    /// <summary>The receipt papers the settings page offers, with their Vietnamese labels.</summary>
    public static readonly IReadOnlyList<(PaperSize Paper, string Label)> ReceiptPaperChoices =
    [
        (PaperSize.A5, "A5 (mặc định, mỗi liên một tờ)"),
        (PaperSize.A4, "A4, mỗi liên một tờ"),
        (PaperSize.A4TwoCopies, "A4, hai liên trên một tờ"),
    ];
    /// <summary>Paper of the fee payment slip (A5, or A6 to save paper).</summary>
    public SlipPaper PaymentSlipPaper { get; set; } = SlipPaper.A5;

    /// <summary>Largest scan accepted, per file, in MB (1 MB = 1 048 576 bytes).</summary>
    public int ScanFileLimitMb { get; set; } = DefaultScanFileLimitMb;
    /// <summary>Largest total of scans in one dossier, in MB.</summary>
    public int ScanDossierLimitMb { get; set; } = DefaultScanDossierLimitMb;

    public const int DefaultScanFileLimitMb = 20;
    public const int DefaultScanDossierLimitMb = 200;
    public int Version { get; set; }
}

/// <summary>Banks a fee account can be held at (NAPAS BINs; check against the bank).</summary>
public static class Banks
{
    public sealed record Bank(string Bin, string ShortName, string Name);

    public static readonly IReadOnlyList<Bank> All =
    [
        new("970436", "Vietcombank", "Ngân hàng TMCP Ngoại thương Việt Nam"),
        new("970415", "VietinBank", "Ngân hàng TMCP Công thương Việt Nam"),
        new("970418", "BIDV", "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam"),
        new("970405", "Agribank", "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam"),
        new("970416", "ACB", "Ngân hàng TMCP Á Châu"),
        new("970422", "MB", "Ngân hàng TMCP Quân đội"),
        new("970407", "Techcombank", "Ngân hàng TMCP Kỹ thương Việt Nam"),
        new("970403", "Sacombank", "Ngân hàng TMCP Sài Gòn Thương Tín"),
        new("970423", "TPBank", "Ngân hàng TMCP Tiên Phong"),
        new("970432", "VPBank", "Ngân hàng TMCP Việt Nam Thịnh Vượng"),
    ];

    public static Bank? Find(string? bin) => All.FirstOrDefault(b => b.Bin == bin);
}
