using OneStop.Core.Audit;

namespace OneStop.Web.Hosting;

/// <summary>Runs the access log's writer loop: reads are queued by the pages and endpoints and saved in batches.</summary>
public sealed class AccessLogWriter(PersonalDataAccessLog log, ILogger<AccessLogWriter> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await log.RunAsync(stoppingToken);
                return;
            }
            catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or Microsoft.EntityFrameworkCore.DbUpdateException)
            {
                // A busy or damaged database: the queued reads stay queued and the loop tries again.
                logger.LogError(e, "Không ghi được nhật ký truy cập dữ liệu cá nhân; sẽ thử lại");
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }
}
