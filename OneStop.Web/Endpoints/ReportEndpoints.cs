using System.Globalization;
using OneStop.Core.Accounts;
using OneStop.Core.Audit;
using OneStop.Core.Common;
using OneStop.Core.Documents;
using OneStop.Core.Reports;

namespace OneStop.Web.Endpoints;

/// <summary>The dossier register (Mẫu 07) as a PDF to print and as an XLSX to keep.</summary>
public static class ReportEndpoints
{
    public const string RegisterPdf = "/bao-cao/so-theo-doi.pdf";
    public const string RegisterXlsx = "/bao-cao/so-theo-doi.xlsx";
    public const string ResolutionPdf = "/bao-cao/ii06a.pdf";
    public const string ResolutionXlsx = "/bao-cao/ii06a.xlsx";
    private static readonly string[] RegisterRoles = [Roles.Supervisor, Roles.Leader, Roles.CounterOfficer];
    private static readonly string[] ResolutionRoles = [Roles.Supervisor, Roles.Leader];

    /// <summary>The query string of report II.06a: ?ky=Q4-2026 for a named period, or ?tu=…&amp;den=… for a custom one.</summary>
    public static string ResolutionQuery(ReportPeriod period) => period.Key.Length > 0
        ? "?ky=" + Uri.EscapeDataString(period.Key)
        : string.Create(CultureInfo.InvariantCulture, $"?tu={period.From:yyyy-MM-dd}&den={period.To:yyyy-MM-dd}");

    /// <summary>The query string both endpoints take: ?linhVuc=HT&amp;tu=2026-11-01&amp;den=2026-11-30.</summary>
    public static string Query(string fieldCode, DateOnly from, DateOnly to) => string.Create(CultureInfo.InvariantCulture,
        $"?linhVuc={Uri.EscapeDataString(fieldCode)}&tu={from:yyyy-MM-dd}&den={to:yyyy-MM-dd}");

    public static void MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(RegisterPdf, async (string? linhVuc, string? tu, string? den, RegisterService register, IDocumentRenderer renderer,
            PersonalDataAccessLog reads, HttpContext http) =>
        {
            var r = await BuildAsync(register, linhVuc, tu, den, http.RequestAborted);
            if (!r.IsSuccess) return Invalid(r.Error);
            var d = r.Value!;
            reads.RecordRead(http, PersonalDataReads.RegisterPdf, null, RegisterDetail(linhVuc!, d));
            http.Response.Headers.ContentDisposition = ContentDispositions.Inline($"{FileName(linhVuc!, d)}.pdf");
            http.Response.Headers.CacheControl = "no-store";
            return Results.Bytes(renderer.Register(d), "application/pdf");
        }).RequireAuthorization(p => p.RequireRole(RegisterRoles));

        app.MapGet(RegisterXlsx, async (string? linhVuc, string? tu, string? den, RegisterService register, IDocumentRenderer renderer,
            PersonalDataAccessLog reads, HttpContext http) =>
        {
            var r = await BuildAsync(register, linhVuc, tu, den, http.RequestAborted);
            if (!r.IsSuccess) return Invalid(r.Error);
            var d = r.Value!;
            reads.RecordRead(http, PersonalDataReads.RegisterXlsx, null, RegisterDetail(linhVuc!, d));
            http.Response.Headers.CacheControl = "no-store";
            var xlsx = await renderer.RegisterXlsxAsync(d, http.RequestAborted);
            return Results.File(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{FileName(linhVuc!, d)}.xlsx");
        }).RequireAuthorization(p => p.RequireRole(RegisterRoles));

        app.MapGet(ResolutionPdf, async (string? ky, string? tu, string? den, ResolutionReportDocuments reports, IDocumentRenderer renderer, HttpContext http) =>
        {
            var r = await reports.BuildAsync(ky, tu, den, DisplayName(http), http.RequestAborted);
            if (!r.IsSuccess) return Invalid(r.Error);
            http.Response.Headers.ContentDisposition = ContentDispositions.Inline($"{FileName(r.Value!)}.pdf");
            http.Response.Headers.CacheControl = "no-store";
            return Results.Bytes(renderer.ResolutionReport(r.Value!), "application/pdf");
        }).RequireAuthorization(p => p.RequireRole(ResolutionRoles));

        app.MapGet(ResolutionXlsx, async (string? ky, string? tu, string? den, ResolutionReportDocuments reports, IDocumentRenderer renderer, HttpContext http) =>
        {
            var r = await reports.BuildAsync(ky, tu, den, DisplayName(http), http.RequestAborted);
            if (!r.IsSuccess) return Invalid(r.Error);
            http.Response.Headers.CacheControl = "no-store";
            var xlsx = await renderer.ResolutionReportXlsxAsync(r.Value!, http.RequestAborted);
            return Results.File(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{FileName(r.Value!)}.xlsx");
        }).RequireAuthorization(p => p.RequireRole(ResolutionRoles));
    }

    /// <summary>The signed-in person's full name (OneStopClaimsFactory's claim) for the "Người lập biểu" block.</summary>
    private static string? DisplayName(HttpContext http) => http.User.FindFirst("FullName")?.Value;

    private static string FileName(ResolutionReportData d) => string.Create(CultureInfo.InvariantCulture,
        $"bao-cao-II06a-{d.Period.From:yyyyMMdd}-{d.Period.To:yyyyMMdd}");

    private static IResult Invalid(string? detail) =>
        Results.Problem(title: "Tham số không hợp lệ", detail: detail, statusCode: StatusCodes.Status400BadRequest);

    private static async Task<Result<RegisterData>> BuildAsync(RegisterService register, string? field, string? from, string? to, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(field)) return Result<RegisterData>.Invalid("Thiếu lĩnh vực (linhVuc).");
        if (!TryDate(from, out var f)) return Result<RegisterData>.Invalid("Ngày bắt đầu (tu) không hợp lệ, cần dạng yyyy-MM-dd.");
        if (!TryDate(to, out var t)) return Result<RegisterData>.Invalid("Ngày kết thúc (den) không hợp lệ, cần dạng yyyy-MM-dd.");
        return await register.BuildAsync(field, f, t, ct);
    }

    private static bool TryDate(string? s, out DateOnly d) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out d);

    private static string RegisterDetail(string field, RegisterData d) =>
        $"Lĩnh vực {field.Trim()}, {VnFormat.Date(d.From)}–{VnFormat.Date(d.To)}";

    private static string FileName(string field, RegisterData d) => string.Create(CultureInfo.InvariantCulture,
        $"so-theo-doi-{VietnameseText.Fold(field).ToUpperInvariant()}-{d.From:yyyyMMdd}-{d.To:yyyyMMdd}");
}
