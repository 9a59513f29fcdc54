using OneStop.Core.Backup;
using OneStop.Core.Common;

namespace OneStop.Web.Hosting;

/// <summary>Automatic backups at the configured Viet Nam times (default 12:00 and 17:30). The clock is injected so tests move time.</summary>
public sealed class BackupScheduler(BackupService backups, DatabaseState state, TimeProvider clock, ILogger<BackupScheduler> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var times = BackupSchedule.Parse(backups.Options.Times);
        while (!stoppingToken.IsCancellationRequested)
        {
            var next = BackupSchedule.Next(clock.GetUtcNow(), times);
            if (next == DateTimeOffset.MaxValue) return;
            var wait = next - clock.GetUtcNow();
            try
            {
                if (wait > TimeSpan.Zero) await Task.Delay(wait, clock, stoppingToken);
            }
            catch (OperationCanceledException) { return; }
            await RunOnceAsync("Tự động", stoppingToken);
        }
    }

    /// <summary>One scheduled backup; a failure is logged and reported on the page, never thrown into the host.</summary>
    internal async Task RunOnceAsync(string reason, CancellationToken ct)
    {
        if (state.Damaged is not null) return;
        try
        {
            var entry = await backups.BackupAsync(reason, ct);
            if (entry.Manifest.Verified)
                log.LogInformation("Sao lưu {Id} đã kiểm tra: {Size} byte trong {Ms} ms vào {Folder}", entry.Manifest.Id, entry.Manifest.SizeBytes, entry.Manifest.DurationMs, entry.Folder);
            else
                log.LogError("Sao lưu {Id} KHÔNG ĐẠT kiểm tra: {Problems}", entry.Manifest.Id, string.Join("; ", entry.Manifest.Problems));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Sao lưu tự động thất bại ({Folder})", backups.BackupDirectory);
        }
    }
}

/// <summary>Set at start when the database file is damaged: every request gets the Vietnamese plan instead of the app.</summary>
public sealed class DatabaseState
{
    /// <summary>The plan shown instead of the app (damaged file, newer schema); null when the database is usable.</summary>
    public string? Damaged { get; set; }

    /// <summary>The page's heading for <see cref="Damaged"/>.</summary>
    public string Title { get; set; } = DamagedDatabase.DamagedTitle;
}
