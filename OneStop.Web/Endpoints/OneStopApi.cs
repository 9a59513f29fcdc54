namespace OneStop.Web.Endpoints;

/// <summary>The public JSON API under /api/v1 (kiosks, the provincial portal).</summary>
public static class OneStopApi
{
    public static void MapOneStopApi(this IEndpointRouteBuilder app)
    {
        // GET /api/v1/health is OperationsHealth (Hosting/OneStopHealth.cs): status for anyone, details for Admin and Supervisor.
        _ = app.MapGroup("/api/v1");
    }
}
