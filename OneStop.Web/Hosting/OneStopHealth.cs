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
            .AddCheck<BackupHealthCheck>("backup")
            .AddCheck<StorageHealthCheck>("storage");
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
        app.MapGet("/api/v1/health", OperationsHealth.ReportAsync).AllowAnonymous();
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

/// <summary>
/// Free space and writability of the data folder, and the last save that failed on the disk (within the hour):
/// unhealthy when the folder cannot be written, degraded when under 500 MB are left or a save just failed.
/// </summary>
internal sealed class StorageHealthCheck(OneStopOptions options, StorageFailure failures) : IHealthCheck
{
    public const long LowSpaceBytes = 500L * 1024 * 1024;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var dir = options.DataDirectory!;
        var free = DiskSpace.FreeBytes(dir);
        var data = new Dictionary<string, object>();
        if (free is { } f) data["dataFreeMb"] = f / (1024 * 1024);
        if (!DiskSpace.CanWrite(dir))
            return Task.FromResult(HealthCheckResult.Unhealthy($"Không ghi được vào thư mục dữ liệu {dir} (chỉ đọc hoặc đầy): không lưu được hồ sơ.", data: data));
        if (failures.Recent() is { } recent)
            return Task.FromResult(HealthCheckResult.Degraded($"Lần lưu hồ sơ gần đây thất bại lúc {recent}.", data: data));
        if (free < LowSpaceBytes)
            return Task.FromResult(HealthCheckResult.Degraded($"Ổ đĩa chứa dữ liệu sắp đầy: còn {free / (1024 * 1024):N0} MB.", data: data));
        return Task.FromResult(HealthCheckResult.Healthy("Thư mục dữ liệu ghi được.", data));
    }
}

/// <summary>
/// GET /api/v1/health: the status for anyone (a service manager, a monitor, a load balancer); the details (versions,
/// free space, backups, drill) only for Admin and Supervisor. Never any personal data. 503 when unhealthy.
/// </summary>
public static class OperationsHealth
{
    public static async Task<IResult> ReportAsync(HttpContext http, HealthCheckService checks, BackupService backups, OneStopOptions options,
        DatabaseState state, IDbContextFactory<OneStopDbContext> factory, TimeProvider clock, CancellationToken ct)
    {
        var report = await checks.CheckHealthAsync(ct);
        var code = report.Status == HealthStatus.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
        var user = http.User;
        if (user.Identity?.IsAuthenticated != true || !(user.IsInRole(OneStop.Core.Accounts.Roles.Admin) || user.IsInRole(OneStop.Core.Accounts.Roles.Supervisor)))
            return Results.Json(new { status = report.Status.ToString() }, statusCode: code);

        string? schema = null;
        if (state.Damaged is null)
        {
            try
            {
                await using var db = await factory.CreateDbContextAsync(ct);
                schema = (await OneStopDatabase.StringsAsync(db, "SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId DESC LIMIT 1", ct)).FirstOrDefault();
            }
            catch (Microsoft.Data.Sqlite.SqliteException) { }
        }
        var now = clock.GetUtcNow();
        var all = backups.List();
        var last = all.FirstOrDefault();
        var verified = all.FirstOrDefault(e => e.Manifest.Verified);
        var drill = BackupDrill.Last(options.DataDirectory!);
        return Results.Json(new
        {
            status = report.Status.ToString(),
            version = BackupService.AppVersion,
            schemaVersion = schema,
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
            disk = new
            {
                dataFolder = options.DataDirectory,
                dataFreeBytes = DiskSpace.FreeBytes(options.DataDirectory!),
                backupFolder = backups.BackupDirectory,
                backupFreeBytes = DiskSpace.FreeBytes(backups.BackupDirectory),
            },
            backup = new
            {
                lastAt = last?.Manifest.CreatedAt,
                lastVerified = last?.Manifest.Verified,
                lastVerifiedAt = verified?.Manifest.CreatedAt,
                lastVerifiedAgeHours = verified is null ? (double?)null : Math.Round((now - verified.Manifest.CreatedAt).TotalHours, 1),
            },
            drill = drill is null ? null : new { at = drill.At, passed = drill.Passed, backupId = drill.BackupId },
        }, statusCode: code);
    }
}
