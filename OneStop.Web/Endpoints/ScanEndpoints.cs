using Microsoft.Net.Http.Headers;
using OneStop.Core.Dossiers;
using OneStop.Core.Scanning;
using OneStop.Web.Hosting;

namespace OneStop.Web.Endpoints;

/// <summary>The stored scans of a dossier, served inline (PDF in the browser's viewer, images in the page).</summary>
public static class ScanEndpoints
{
    public static void MapScanEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/ho-so/{id:long}/tep/{attachmentId:long}", async (long id, long attachmentId, ScanService scans, HttpContext http) =>
        {
            // Scans carry the citizen's personal data: the same read right as the dossier page.
            if (!DossierPermissions.CanRead(http.User.ToOfficer())) return Results.Forbid();
            var file = await scans.OpenAsync(id, attachmentId);
            if (file is null) return Results.NotFound();
            var disposition = new ContentDispositionHeaderValue("inline");
            disposition.SetHttpFileName(file.FileName);
            http.Response.Headers.ContentDisposition = disposition.ToString();
            http.Response.Headers.CacheControl = "private, max-age=3600";
            http.Response.Headers.XContentTypeOptions = "nosniff";
            return Results.File(file.Path, file.ContentType, enableRangeProcessing: true);
        }).RequireAuthorization(p => p.RequireRole(DossierPermissions.Readers));
    }
}
