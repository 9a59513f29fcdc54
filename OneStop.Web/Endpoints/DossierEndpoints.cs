using OneStop.Core.Accounts;
using OneStop.Core.Audit;
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
        app.MapGet("/ho-so/{id:long}/giay-tiep-nhan.pdf", async (long id, DossierService dossiers, PersonalDataAccessLog reads, HttpContext http) =>
        {
            var r = await dossiers.ReceiptPdfAsync(id);
            if (r is null) return Results.NotFound();
            reads.RecordRead(http, PersonalDataReads.Receipt, r.Value.Code);
            return Inline(http, r.Value.Pdf, $"giay-tiep-nhan-{r.Value.Code}.pdf");
        }).RequireAuthorization(p => p.RequireRole(DossierPermissions.Readers));

        app.MapGet("/ho-so/{id:long}/mau/{form}.pdf", async (long id, string form, DossierService dossiers, PersonalDataAccessLog reads, HttpContext http) =>
        {
            var r = await dossiers.FormPdfAsync(id, form);
            if (r is null) return Results.NotFound();
            reads.RecordRead(http, PersonalDataReads.Form, r.Value.Code, "Mẫu " + form);
            return Inline(http, r.Value.Pdf, $"mau-{form}-{r.Value.Code}.pdf");
        }).RequireAuthorization(p => p.RequireRole(DossierPermissions.Readers));

        app.MapGet("/ho-so/{id:long}/ban-giao/{eventId:long}.pdf", async (long id, long eventId, DossierService dossiers, PersonalDataAccessLog reads, HttpContext http) =>
        {
            var r = await dossiers.HandOverListPdfAsync(id, eventId);
            if (r is null) return Results.NotFound();
            reads.RecordRead(http, PersonalDataReads.Form, r.Value.Code, "Danh sách bàn giao");
            return Inline(http, r.Value.Pdf, $"ban-giao-{r.Value.Code}-{eventId}.pdf");
        }).RequireAuthorization(p => p.RequireRole(DossierPermissions.Readers));

        app.MapGet("/phieu/{id:long}.pdf", async (long id, CounterSlipService slips, CentreService centre, StaffDirectory staff, IDocumentRenderer renderer,
            PersonalDataAccessLog reads, HttpContext http) =>
        {
            var s = await slips.GetAsync(id);
            if (s is null) return Results.NotFound();
            reads.RecordRead(http, PersonalDataReads.CounterSlip, null, $"Phiếu số {s.Number}/{s.Year}");
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
        http.Response.Headers.ContentDisposition = ContentDispositions.Inline(fileName);
        http.Response.Headers.CacheControl = "no-store";
        return Results.Bytes(pdf, "application/pdf");
    }
}
