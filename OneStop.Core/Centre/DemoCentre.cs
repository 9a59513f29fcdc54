using OneStop.Core.Calendar;
using OneStop.Core.Documents;

namespace OneStop.Core.Centre;

/// <summary>The demo centre: a ward of Sơn La city.</summary>
public static class DemoCentre
{
    public static CentreSettings Create() => new()
    {
        CentreName = "Trung tâm Phục vụ hành chính công phường Chiềng Lề",
        ParentBody = "UBND PHƯỜNG CHIỀNG LỀ",
        AgencyCode = "H48.26.10",
        Address = "Số 8, đường Tô Hiệu, phường Chiềng Lề, tỉnh Sơn La",
        Phone = "0212 3852 123",
        PlaceName = "Chiềng Lề",
        Schedule = WeeklySchedule.Create(withSaturdayReception: true),
        SaturdayReception = true,
        SameDayCutoff = CentreSettings.DefaultSameDayCutoff,
        BankBin = "970418",
        BankAccountNumber = "8600123456789",
        BankAccountHolder = "UBND PHUONG CHIENG LE",
        ReceiptPaper = PaperSize.A5,
    };

    /// <summary>A new, non-demo database starts with placeholders the administrator must fill in.</summary>
    public static CentreSettings Blank() => new()
    {
        CentreName = "Trung tâm Phục vụ hành chính công",
        ParentBody = "UBND",
        AgencyCode = "H00.00.00",
        PlaceName = "",
    };
}
