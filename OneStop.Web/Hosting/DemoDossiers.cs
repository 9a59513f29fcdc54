using Microsoft.EntityFrameworkCore;
using OneStop.Core.Demo;
using OneStop.Core.Persistence;

namespace OneStop.Web.Hosting;

/// <summary>Demo dossiers for a new demo database, made through the real workflow on a clock moving over past office hours.</summary>
public static class DemoDossiers
{
    public static async Task<int> AddAsync(IServiceProvider services, IDbContextFactory<OneStopDbContext> factory, int count, CancellationToken ct = default)
    {
        if (count <= 0) return 0;
        var clock = services.GetRequiredService<TimeProvider>();
        var summary = await DemoDossierStories.RunAsync(factory, count, clock.GetUtcNow(), seed: 2026, ct);
        services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DemoDossiers))
            .LogInformation("Demo: {Received} hồ sơ mẫu, {Operations} thao tác qua quy trình thật", summary.Received, summary.Operations);
        return summary.Received;
    }
}
