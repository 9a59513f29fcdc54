using OneStop.Core.Scanning;

namespace OneStop.Web.Scanning;

/// <summary>
/// Keeps the counters' trays current: a file-system watcher on the inbox wakes the poll at once, and a periodic rescan
/// catches what watchers miss (network shares, trays with their own folder). Sweeps orphan scan files at start and daily.
/// </summary>
public sealed class ScanTrayMonitor(ScanTrays trays, ScanService scans, OneStop.Web.Hosting.DatabaseState state, ILogger<ScanTrayMonitor> log)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // A damaged database gets the recovery page, not a monitor that fails on every poll.
        if (state.Damaged is not null) return;
        try
        {
            var swept = await scans.SweepAsync(stoppingToken);
            if (swept > 0) log.LogInformation("Removed {Count} scan files no dossier refers to", swept);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Data.Common.DbException)
        {
            log.LogWarning(e, "Sweeping the scans folder failed");
        }
        var wake = new SemaphoreSlim(0);
        Directory.CreateDirectory(trays.InboxRoot);
        using var watcher = new FileSystemWatcher(trays.InboxRoot) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        void Wake(object? s, FileSystemEventArgs e) { if (wake.CurrentCount == 0) wake.Release(); }
        watcher.Created += Wake;
        watcher.Changed += Wake;
        watcher.Renamed += (s, e) => Wake(s, e);
        var lastSweep = DateTime.UtcNow;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await trays.PollAsync(stoppingToken);
                if (DateTime.UtcNow - lastSweep > TimeSpan.FromDays(1))
                {
                    lastSweep = DateTime.UtcNow;
                    await scans.SweepAsync(stoppingToken);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Data.Common.DbException)
            {
                // A background service never stops the host: log, and try again at the next poll.
                log.LogWarning(e, "Polling the scan trays failed");
            }
            try { await wake.WaitAsync(Interval, stoppingToken); }
            catch (OperationCanceledException) { break; }
        }
    }
}
