using System.Formats.Tar;
using System.Security.Claims;
using OneStop.Core.Accounts;
using OneStop.Core.Audit;
using OneStop.Core.Backup;

namespace OneStop.Web.Endpoints;

/// <summary>
/// Download of one backup (Admin only) as a .tar holding the backup folder and the scans it lists, laid out as restore
/// expects them. Every download is recorded (who, when, which) in the log, in the personal-data access log and in backup-downloads.log in the data folder:
/// a backup is the whole centre's personal data.
/// </summary>
public static class BackupEndpoints
{
    public const string DownloadLogFile = "backup-downloads.log";

    public static WebApplication MapBackupEndpoints(this WebApplication app)
    {
        app.MapGet("/quan-tri/sao-luu/{id}/tai-ve", DownloadAsync).RequireAuthorization(p => p.RequireRole(Roles.Admin));
        return app;
    }

    private static async Task<IResult> DownloadAsync(string id, HttpContext http, BackupService backups, TimeProvider clock, ILoggerFactory logs, PersonalDataAccessLog reads, CancellationToken ct)
    {
        var entry = backups.List().FirstOrDefault(e => e.Manifest.Id == id);
        if (entry is null) return Results.NotFound();
        var user = http.User.FindFirstValue(ClaimTypes.Name) ?? "?";
        logs.CreateLogger("OneStop.Backup.Download").LogWarning("Tải về bản sao lưu {BackupId} bởi {User}", id, user);
        var line = System.Text.Json.JsonSerializer.Serialize(new { at = clock.GetUtcNow(), user, backup = id }) + Environment.NewLine;
        await File.AppendAllTextAsync(Path.Combine(backups.DataDirectory, DownloadLogFile), line, ct);
        // The whole centre's personal data leaves the building: the access log shows it beside every other read.
        reads.RecordRead(http, PersonalDataReads.BackupDownload, null, "Bản sao lưu " + id);

        http.Response.ContentType = "application/x-tar";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"onestop-saoluu-{id}.tar\"";
        var pool = Path.Combine(Path.GetDirectoryName(entry.Folder)!, BackupService.ScansFolder);
        await using (var tar = new TarWriter(http.Response.Body, TarEntryFormat.Pax, leaveOpen: true))
        {
            await tar.WriteEntryAsync(Path.Combine(entry.Folder, BackupService.ManifestFile), id + "/" + BackupService.ManifestFile, ct);
            foreach (var f in entry.Manifest.Files)
                await tar.WriteEntryAsync(Path.Combine(entry.Folder, f.Path), id + "/" + f.Path, ct);
            foreach (var s in entry.Manifest.Scans)
                await tar.WriteEntryAsync(Path.Combine(pool, s.Path), BackupService.ScansFolder + "/" + s.Path, ct);
        }
        return Results.Empty;
    }

    /// <summary>The recorded downloads, newest first (for the page).</summary>
    public static IReadOnlyList<string> Downloads(string dataDirectory, int take = 5)
    {
        var path = Path.Combine(dataDirectory, DownloadLogFile);
        return File.Exists(path) ? File.ReadLines(path).Reverse().Take(take).ToList() : [];
    }
}
