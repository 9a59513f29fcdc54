using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OneStop.Core.Backup;
using OneStop.Core.Persistence;

namespace OneStop.Web.Hosting;

/// <summary>
/// GET /health for a service manager or monitoring: database reachable, age of the last verified backup. No personal
/// data; 200 when healthy or degraded (a stale backup must not restart the service), 503 when the database is not usable.
/// </summary>
public static class OneStopHealth
{
    public static IServiceCollection AddOneStopHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<BackupHealthCheck>("backup");
        return services;
    }

    public static WebApplication MapOneStopHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
            ResponseWriter = (ctx, report) =>
            {
                ctx.Response.ContentType = "application/json; charset=utf-8";
                return ctx.Response.WriteAsync(JsonSerializer.Serialize(new
                {
                    status = report.Status.ToString(),
                    version = BackupService.AppVersion,
                    checks = report.Entries.ToDictionary(e => e.Key, e => new
                    {
                        status = e.Value.Status.ToString(),
                        description = e.Value.Description,
                        data = e.Value.Data,
                    }),
                }));
            },
        });
        return app;
    }
}

internal sealed class DatabaseHealthCheck(IDbContextFactory<OneStopDbContext> factory, DatabaseState state) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (state.Damaged is not null) return HealthCheckResult.Unhealthy(state.Title + ": xem trang chính hoặc nhật ký để biết cách xử lý.");
        try
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            await OneStopDatabase.ScalarAsync(db, "SELECT 1", cancellationToken);
            return HealthCheckResult.Healthy("Cơ sở dữ liệu truy cập được.");
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            return HealthCheckResult.Unhealthy("Không truy cập được cơ sở dữ liệu (SQLite " + e.SqliteErrorCode + ").");
        }
    }
}

internal sealed class BackupHealthCheck(BackupService backups, TimeProvider clock) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = BackupStatus.Of(backups.List(), clock.GetUtcNow(), backups.BackupDirectory);
        var data = new Dictionary<string, object>();
        if (status.LastVerified is { } last)
            data["lastVerifiedAgeHours"] = Math.Round((clock.GetUtcNow() - last.Manifest.CreatedAt).TotalHours, 1);
        return Task.FromResult(status.Warning is null
            ? HealthCheckResult.Healthy("Bản sao lưu đã kiểm tra trong 26 giờ qua.", data)
            : HealthCheckResult.Degraded(status.Warning, data: data));
    }
}
