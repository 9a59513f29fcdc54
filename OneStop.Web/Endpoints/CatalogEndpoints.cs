using System.Text;
using OneStop.Core.Accounts;
using OneStop.Core.Catalog;

namespace OneStop.Web.Endpoints;

public static class CatalogEndpoints
{
    public static void MapCatalogEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/danh-muc/xuat-json", async (CatalogService catalog, TimeProvider clock) =>
        {
            var json = await catalog.ExportAsync();
            var name = $"danh-muc-tthc-{OneStop.Core.Common.VnTime.DateOf(clock.GetUtcNow()):yyyyMMdd}.json";
            return Results.File(Encoding.UTF8.GetBytes(json), "application/json; charset=utf-8", name);
        }).RequireAuthorization(p => p.RequireRole(Roles.Admin));
    }
}
