using System.Security.Claims;
using OneStop.Core.Accounts;
using OneStop.Core.Centre;
using OneStop.Core.Documents;
using OneStop.Core.Dossiers;
using OneStop.Web.Hosting;

namespace OneStop.Web.Endpoints;

/// <summary>PDFs of dossiers and counter slips, opened inline in the browser's PDF viewer for printing.</summary>
public static class DossierEndpoints
{
    /// <summary>
    /// The roles that open the dossier page (DossierPage.razor): the PDFs carry the same personal data, so the
    /// administrator, who is refused the page, is refused its documents too.
    /// </summary>
    public static readonly string[] DossierReaders = [Roles.CounterOfficer, Roles.Specialist, Roles.Leader, Roles.Supervisor];

    public static void MapDossierEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/ho-so/{id:long}/giay-tiep-nhan.pdf", async (long id, ClaimsPrincipal user, DossierService dossiers, HttpContext http) =>
        {
            var r = await dossiers.PrintReceiptAsync(id, user.ToOfficer());
            return r is null ? Results.NotFound() : Inline(http, r.Value.Pdf, $"giay-tiep-nhan-{r.Value.Code}.pdf");
        }).RequireAuthorization(p => p.RequireRole(DossierReaders));

        app.MapGet("/ho-so/{id:long}/mau/{form}.pdf", async (long id, string form, ClaimsPrincipal user, DossierService dossiers, HttpContext http) =>
        {
            var r = await dossiers.PrintFormAsync(id, form, user.ToOfficer());
            return r is null ? Results.NotFound() : Inline(http, r.Value.Pdf, $"mau-{form}-{r.Value.Code}.pdf");
        }).RequireAuthorization(p => p.RequireRole(DossierReaders));

        app.MapGet("/phieu/{id:long}.pdf", async (long id, CounterSlipService slips, CentreService centre, IDocumentRenderer renderer, HttpContext http) =>
        {
            var s = await slips.GetAsync(id);
            if (s is null) return Results.NotFound();
            var c = await centre.GetAsync();
            var pdf = s.Kind == CounterSlipKind.Guidance
                ? renderer.SupplementRequest(DossierDocuments.Guidance(s, c))
                : renderer.Refusal(DossierDocuments.Refusal(s, c));
            var name = s.Kind == CounterSlipKind.Guidance ? "phieu-huong-dan" : "phieu-tu-choi";
            return Inline(http, pdf, $"{name}-{s.Year}-{s.Number:000}.pdf");
        }).RequireAuthorization(p => p.RequireRole(DossierReaders));
    }

    private static IResult Inline(HttpContext http, byte[] pdf, string fileName)
    {
        http.Response.Headers.ContentDisposition = $"inline; filename=\"{fileName}\"";
        http.Response.Headers.CacheControl = "no-store";
        return Results.Bytes(pdf, "application/pdf");
    }
}
