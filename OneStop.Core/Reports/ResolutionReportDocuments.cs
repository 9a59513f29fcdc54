using OneStop.Core.Centre;
using OneStop.Core.Common;
using OneStop.Core.Documents;
using OneStop.Core.Dossiers;

namespace OneStop.Core.Reports;

/// <summary>Report II.06a with what the printed document needs around the figures: the centre's header and the date.</summary>
public sealed class ResolutionReportDocuments(ResolutionReportService reports, CentreService centre, TimeProvider clock)
{
    /// <summary>
    /// The report of a named period (<paramref name="periodKey"/> such as "Q4-2026") or, when it is empty, of the custom
    /// range <paramref name="from"/>–<paramref name="to"/> (yyyy-MM-dd, both inclusive).
    /// </summary>
    public async Task<Result<ResolutionReportData>> BuildAsync(string? periodKey, string? from, string? to, string? preparedBy, CancellationToken ct = default)
    {
        ReportPeriod period;
        if (!string.IsNullOrWhiteSpace(periodKey))
        {
            if (!ReportPeriod.TryParse(periodKey, out period))
                return Result<ResolutionReportData>.Invalid("Kỳ báo cáo (ky) không hợp lệ, cần dạng Q1-2026, 6T-2026 hoặc N-2026.");
        }
        else
        {
            if (!TryDate(from, out var f)) return Result<ResolutionReportData>.Invalid("Ngày bắt đầu (tu) không hợp lệ, cần dạng yyyy-MM-dd.");
            if (!TryDate(to, out var t)) return Result<ResolutionReportData>.Invalid("Ngày kết thúc (den) không hợp lệ, cần dạng yyyy-MM-dd.");
            period = ReportPeriod.Custom(f, t);
        }
        return await BuildAsync(period, preparedBy, ct);
    }

    public async Task<Result<ResolutionReportData>> BuildAsync(ReportPeriod period, string? preparedBy, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        var r = await reports.BuildAsync(period.From, period.To, ct);
        if (!r.IsSuccess) return Result<ResolutionReportData>.Invalid(r.Error!);
        var settings = await centre.GetAsync(ct);
        return Result<ResolutionReportData>.Ok(new ResolutionReportData(DossierDocuments.Header(settings), period, r.Value!,
            VnTime.DateOf(clock.GetUtcNow()), preparedBy));
    }

    private static bool TryDate(string? s, out DateOnly d) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out d);
}
