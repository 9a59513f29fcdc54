using System.Globalization;
using OneStop.Core.Accounts;
using OneStop.Core.Audit;
using OneStop.Core.Dossiers;
using OneStop.Core.Payments;
using OneStop.Web.Hosting;

namespace OneStop.Web.Endpoints;

/// <summary>The fee payment slip (VietQR) and the fee receipt, opened inline for printing. Pure reads.</summary>
public static class PaymentEndpoints
{
    public const string SummaryPdf = "/thu-phi/tong-hop.pdf";

    /// <summary>"/thu-phi/tong-hop.pdf?tu=2026-12-01&amp;den=2026-12-02".</summary>
    public static string SummaryPdfUrl(DateOnly from, DateOnly to) =>
        string.Create(CultureInfo.InvariantCulture, $"{SummaryPdf}?tu={from:yyyy-MM-dd}&den={to:yyyy-MM-dd}");

    public static void MapPaymentEndpoints(this IEndpointRouteBuilder app)
    {
        // The fee summary of a day or period, printable; Core checks that the caller may see it.
        app.MapGet(SummaryPdf, async (string? tu, string? den, PaymentSummaryService summaries, HttpContext http) =>
        {
            if (!DateOnly.TryParseExact(tu, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
                || !DateOnly.TryParseExact(den, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to))
                return Results.Problem("Tham số tu và den là ngày dạng yyyy-MM-dd.", statusCode: 400);
            var r = await summaries.SummaryPdfAsync(from, to, http.User.ToOfficer(), http.RequestAborted);
            return r.IsSuccess
                ? Inline(http, r.Value!, string.Create(CultureInfo.InvariantCulture, $"tong-hop-thu-phi-{from:yyyyMMdd}-{to:yyyyMMdd}.pdf"))
                : Results.Problem(r.Error, statusCode: 400);
        }).RequireAuthorization(p => p.RequireRole(Roles.Supervisor));

        app.MapGet("/ho-so/{id:long}/phieu-thanh-toan.pdf", async (long id, PaymentService payments, HttpContext http) =>
        {
            var r = await payments.SlipPdfAsync(id);
            // No slip without a fee or a bank account: say why instead of a blank page.
            return r.IsSuccess ? Inline(http, r.Value.Pdf, $"phieu-thanh-toan-{r.Value.Code}.pdf") : Results.Problem(r.Error, statusCode: 404);
        }).RequireAuthorization(p => p.RequireRole(DossierPermissions.Readers));

        app.MapGet("/ho-so/{id:long}/bien-lai.pdf", async (long id, PaymentService payments, PersonalDataAccessLog reads, HttpContext http) =>
        {
            var r = await payments.FeeReceiptPdfAsync(id);
            if (r is null) return Results.NotFound();
            // The payer's name is on the receipt.
            reads.RecordRead(http, "Biên lai thu phí (PDF)", null, "Biên lai " + r.Value.Number);
            return Inline(http, r.Value.Pdf, $"bien-lai-{r.Value.Number}.pdf");
        }).RequireAuthorization(p => p.RequireRole(DossierPermissions.Readers));
    }

    private static IResult Inline(HttpContext http, byte[] pdf, string fileName)
    {
        http.Response.Headers.ContentDisposition = ContentDispositions.Inline(fileName);
        http.Response.Headers.CacheControl = "no-store";
        return Results.Bytes(pdf, "application/pdf");
    }
}
