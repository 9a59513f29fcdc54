using OneStop.Core.Audit;
using OneStop.Core.Dossiers;
using OneStop.Core.Payments;

namespace OneStop.Web.Endpoints;

/// <summary>The fee payment slip (VietQR) and the fee receipt, opened inline for printing. Pure reads.</summary>
public static class PaymentEndpoints
{
    public static void MapPaymentEndpoints(this IEndpointRouteBuilder app)
    {
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
