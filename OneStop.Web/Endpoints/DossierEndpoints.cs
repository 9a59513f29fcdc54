using OneStop.Core.Accounts;
using OneStop.Core.Centre;
using OneStop.Core.Documents;
using OneStop.Core.Dossiers;

namespace OneStop.Web.Endpoints;

/// <summary>PDFs of dossiers and counter slips, opened inline in the browser's PDF viewer for printing.</summary>
public static class DossierEndpoints
{
    public static void MapDossierEndpoints(this IEndpointRouteBuilder app)
    {
        // Pure reads: a reload or the preview frame records nothing; the page's print buttons record the print.
        app.MapGet("/ho-so/{id:long}/giay-tiep-nhan.pdf", async (long id, DossierService dossiers, HttpContext http) =>
        {
            var r = await dossiers.ReceiptPdfAsync(id);
            return r is null ? Results.NotFound() : Inline(http, r.Value.Pdf, $"giay-tiep-nhan-{r.Value.Code}.pdf");
        }).RequireAuthorization(p => p.RequireRole(DossierPermissions.Readers));

        app.MapGet("/ho-so/{id:long}/mau/{form}.pdf", async (long id, string form, DossierService dossiers, HttpContext http) =>
        {
            var r = await dossiers.FormPdfAsync(id, form);
            return r is null ? Results.NotFound() : Inline(http, r.Value.Pdf, $"mau-{form}-{r.Value.Code}.pdf");
        }).RequireAuthorization(p => p.RequireRole(DossierPermissions.Readers));

        app.MapGet("/ho-so/{id:long}/ban-giao/{eventId:long}.pdf", async (long id, long eventId, DossierService dossiers, HttpContext http) =>
        {
            var r = await dossiers.HandOverListPdfAsync(id, eventId);
            return r is null ? Results.NotFound() : Inline(http, r.Value.Pdf, $"ban-giao-{r.Value.Code}-{eventId}.pdf");
        }).RequireAuthorization(p => p.RequireRole(DossierPermissions.Readers));

        app.MapGet("/phieu/{id:long}.pdf", async (long id, CounterSlipService slips, CentreService centre, StaffDirectory staff, IDocumentRenderer renderer, HttpContext http) =>
        {
            var s = await slips.GetAsync(id);
            if (s is null) return Results.NotFound();
            var c = await centre.GetAsync();
            var phone = (await staff.SignersAsync()).FirstOrDefault(x => x.UserName == s.OfficerUserName)?.Phone;
            var pdf = s.Kind == CounterSlipKind.Guidance
                ? renderer.SupplementRequest(DossierDocuments.Guidance(s, c, phone))
                : renderer.Refusal(DossierDocuments.Refusal(s, c));
            var name = s.Kind == CounterSlipKind.Guidance ? "phieu-huong-dan" : "phieu-tu-choi";
            return Inline(http, pdf, $"{name}-{s.Year}-{s.Number:000}.pdf");
        }).RequireAuthorization(p => p.RequireRole(DossierPermissions.Readers));
    }

    private static IResult Inline(HttpContext http, byte[] pdf, string fileName)
    {
        http.Response.Headers.ContentDisposition = $"inline; filename=\"{fileName}\"";
        http.Response.Headers.CacheControl = "no-store";
        return Results.Bytes(pdf, "application/pdf");
    }
}
