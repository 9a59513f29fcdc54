using Microsoft.EntityFrameworkCore;
using OneStop.Core.Calendar;
using OneStop.Core.Common;
using OneStop.Core.Persistence;

namespace OneStop.Core.Centre;

/// <summary>Reads and saves the centre's settings row. Cached: every form and the shell read it.</summary>
public sealed class CentreService(IDbContextFactory<OneStopDbContext> factory)
{
    private volatile CentreSettings? cached;

    public event Action? Changed;

    public async Task<CentreSettings> GetAsync(CancellationToken ct = default)
    {
        if (cached is { } c) return c;
        await using var db = await factory.CreateDbContextAsync(ct);
        var row = await db.CentreSettings.AsNoTracking().FirstOrDefaultAsync(s => s.Id == CentreSettings.SingletonId, ct) ?? new CentreSettings();
        cached = row;
        return row;
    }

    public static IReadOnlyDictionary<string, string> Validate(CentreSettings s)
    {
        var e = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(s.CentreName)) e[nameof(s.CentreName)] = "Nhập tên trung tâm.";
        if (string.IsNullOrWhiteSpace(s.ParentBody)) e[nameof(s.ParentBody)] = "Nhập tên cơ quan chủ quản.";
        if (!Centre.AgencyCode.TryParse(s.AgencyCode, out _)) e[nameof(s.AgencyCode)] = Centre.AgencyCode.Rule;
        if (string.IsNullOrWhiteSpace(s.PlaceName)) e[nameof(s.PlaceName)] = "Nhập địa danh ghi trên dòng ngày tháng của biểu mẫu.";
        if (!string.IsNullOrWhiteSpace(s.Phone) && !s.Phone.All(ch => char.IsAsciiDigit(ch) || ch is ' ' or '.' or '-' or '+' or '(' or ')'))
            e[nameof(s.Phone)] = "Số điện thoại chỉ gồm chữ số.";
        foreach (var (day, sessions) in s.Schedule.Days)
        {
            var ordered = sessions.OrderBy(x => x.Start).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                if (ordered[i].End <= ordered[i].Start)
                    e[nameof(s.Schedule)] = $"{VnFormat.DayName(day)}: giờ kết thúc phải sau giờ bắt đầu.";
                else if (i > 0 && ordered[i].Start < ordered[i - 1].End)
                    e[nameof(s.Schedule)] = $"{VnFormat.DayName(day)}: các buổi làm việc chồng lên nhau.";
            }
        }
        var hasBank = !string.IsNullOrWhiteSpace(s.BankBin) || !string.IsNullOrWhiteSpace(s.BankAccountNumber);
        if (hasBank)
        {
            if (Banks.Find(s.BankBin) is null) e[nameof(s.BankBin)] = "Chọn ngân hàng trong danh sách.";
            var acc = s.BankAccountNumber?.Trim() ?? "";
            if (acc.Length is 0 or > 19 || !acc.All(char.IsAsciiLetterOrDigit))
                e[nameof(s.BankAccountNumber)] = "Số tài khoản gồm tối đa 19 chữ số hoặc chữ cái, không có dấu cách.";
            if (string.IsNullOrWhiteSpace(s.BankAccountHolder)) e[nameof(s.BankAccountHolder)] = "Nhập tên chủ tài khoản.";
        }
        if (s.ScanFileLimitMb is < 1 or > 500) e[nameof(s.ScanFileLimitMb)] = "Giới hạn mỗi tệp quét từ 1 đến 500 MB.";
        if (s.ScanDossierLimitMb < s.ScanFileLimitMb || s.ScanDossierLimitMb > 10_000)
            e[nameof(s.ScanDossierLimitMb)] = "Giới hạn mỗi hồ sơ phải không nhỏ hơn giới hạn mỗi tệp và không quá 10 000 MB.";
        return e;
    }

    /// <summary>Saves edited settings (a detached copy); refuses invalid ones and a stale copy.</summary>
    public async Task<Result> SaveAsync(CentreSettings edited, CancellationToken ct = default)
    {
        var errors = Validate(edited);
        if (errors.Count > 0) return Result.Invalid(errors);
        await using var db = await factory.CreateDbContextAsync(ct);
        var row = await db.CentreSettings.FirstOrDefaultAsync(s => s.Id == CentreSettings.SingletonId, ct);
        if (row is null)
        {
            row = new CentreSettings();
            db.CentreSettings.Add(row);
        }
        else if (row.Version != edited.Version)
        {
            return Result.Invalid("Cài đặt vừa được người khác thay đổi. Tải lại trang để xem bản mới nhất.");
        }
        row.CentreName = VietnameseText.Clean(edited.CentreName);
        row.ParentBody = VietnameseText.Clean(edited.ParentBody);
        row.AgencyCode = Centre.AgencyCode.Parse(edited.AgencyCode).Value;
        row.Address = VietnameseText.Clean(edited.Address);
        row.Phone = edited.Phone?.Trim() ?? "";
        row.PlaceName = VietnameseText.Clean(edited.PlaceName);
        row.SaturdayReception = edited.SaturdayReception;
        row.Schedule = WithSaturday(edited.Schedule, edited.SaturdayReception);
        row.SameDayCutoff = edited.SameDayCutoff;
        row.BankBin = edited.BankBin?.Trim() ?? "";
        row.BankAccountNumber = edited.BankAccountNumber?.Trim() ?? "";
        row.BankAccountHolder = VietnameseText.Clean(edited.BankAccountHolder).ToUpperInvariant();
        row.ReceiptPaper = edited.ReceiptPaper;
        row.PaymentSlipPaper = edited.PaymentSlipPaper;
        row.ScanFileLimitMb = edited.ScanFileLimitMb;
        row.ScanDossierLimitMb = edited.ScanDossierLimitMb;
        row.Version++;
        await db.SaveChangesAsync(ct);
        cached = null;
        Changed?.Invoke();
        return Result.Ok();
    }

    /// <summary>The Saturday reception session follows the checkbox; it never counts toward deadlines.</summary>
    public static WeeklySchedule WithSaturday(WeeklySchedule schedule, bool saturdayReception)
    {
        var days = schedule.Days.ToDictionary(kv => kv.Key, kv => kv.Value);
        var sat = days.TryGetValue(DayOfWeek.Saturday, out var s) ? s.Where(x => !x.ReceptionOnly).ToList() : [];
        if (saturdayReception)
            sat.Add(new OfficeSession(new TimeOnly(7, 30), new TimeOnly(11, 30), ReceptionOnly: true));
        days[DayOfWeek.Saturday] = sat;
        return new WeeklySchedule(days);
    }

    /// <summary>A detached copy for an edit form.</summary>
    public static CentreSettings Copy(CentreSettings s) => new()
    {
        Id = s.Id, CentreName = s.CentreName, ParentBody = s.ParentBody, AgencyCode = s.AgencyCode, Address = s.Address,
        Phone = s.Phone, PlaceName = s.PlaceName, Schedule = s.Schedule, SaturdayReception = s.SaturdayReception,
        SameDayCutoff = s.SameDayCutoff, BankBin = s.BankBin, BankAccountNumber = s.BankAccountNumber,
        BankAccountHolder = s.BankAccountHolder, ReceiptPaper = s.ReceiptPaper, PaymentSlipPaper = s.PaymentSlipPaper, Version = s.Version,
        ScanFileLimitMb = s.ScanFileLimitMb, ScanDossierLimitMb = s.ScanDossierLimitMb,
    };

    public void Invalidate() => cached = null;
}
