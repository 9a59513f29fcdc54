namespace OneStop.Web.Endpoints;

/// <summary>The public JSON API under /api/v1 (kiosks, the provincial portal).</summary>
public static class OneStopApi
{
    public static void MapOneStopApi(this IEndpointRouteBuilder app)
    {
        var v1 = app.MapGroup("/api/v1");
        v1.MapGet("/health", () => Results.Ok(new { status = "ok" })).AllowAnonymous();
    }
}
