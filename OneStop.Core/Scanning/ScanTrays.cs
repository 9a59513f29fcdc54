using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using OneStop.Core.Common;
using OneStop.Core.Dossiers;
using OneStop.Core.Persistence;

namespace OneStop.Core.Scanning;

/// <summary>Where the counters' scan folders are and how long a file's size must stay still before it is picked up.</summary>
public sealed class ScanTrayOptions
{
    /// <summary>Folder holding one sub-folder per counter officer (by account name) unless a tray sets its own folder.</summary>
    public required string InboxRoot { get; init; }

    /// <summary>A file is taken only after its size and time stayed the same for this long (the scanner has finished writing).</summary>
    public TimeSpan StableFor { get; init; } = TimeSpan.FromSeconds(1);
}

/// <summary>A file waiting in a counter's tray ("Bản quét chờ gán"): ready to assign, or refused with the reason.</summary>
public sealed record TrayFile(string Name, long Size, DateTimeOffset ModifiedAt, ScanKind? Kind, int Pages, string? Error);

/// <summary>
/// The scan-to-folder trays. <see cref="Poll"/> (called by the host on a timer and on file-system events) looks at every
/// tray folder; a file appears in its tray once its size has stayed the same for <see cref="ScanTrayOptions.StableFor"/>,
/// so a file still being written is never taken early. Assigning a file attaches it to the dossier and removes it from the folder.
/// </summary>
public sealed class ScanTrays(IDbContextFactory<OneStopDbContext> factory, ScanService scans, ScanTrayOptions options, TimeProvider clock)
{
    private sealed class Seen
    {
        public long Size;
        public DateTime Write;
        public DateTimeOffset Since;
        public TrayFile? Ready;
    }

    // Folder → file name → what was seen.
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, Seen>> folders = new(StringComparer.Ordinal);
    private volatile IReadOnlyDictionary<string, string>? configured;

    /// <summary>Raised after a poll that changed what some tray shows.</summary>
    public event Action? Changed;

    public string InboxRoot => options.InboxRoot;

    /// <summary>The folder of <paramref name="userName"/>'s tray (its own setting, or the default under the inbox root), created if missing.</summary>
    public async Task<string> FolderOfAsync(string userName, CancellationToken ct = default)
    {
        var map = await ConfiguredAsync(ct);
        var folder = map.TryGetValue(userName, out var f) ? f : DefaultFolderOf(userName);
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>
    /// Gives a counter officer's tray its own folder (e.g. the shared folder the counter's scanner saves into); a blank folder
    /// goes back to the default under the inbox root. The folder must be a full path on the server; it is created if missing.
    /// </summary>
    public async Task<Result> SetFolderAsync(string userName, string? folder, CancellationToken ct = default)
    {
        var text = folder?.Trim() ?? "";
        if (text.Length > ScanTray.FolderLength) return Result.Invalid($"Đường dẫn thư mục dài quá {ScanTray.FolderLength} ký tự.");
        if (text.Length > 0 && !Path.IsPathFullyQualified(text))
            return Result.Invalid("Nhập đường dẫn đầy đủ trên máy chủ, ví dụ /srv/quet/quay-1 hoặc D:\\Quet\\Quay1.");
        if (text.Length > 0)
        {
            try { Directory.CreateDirectory(text); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                return Result.Invalid("Không tạo hoặc mở được thư mục này trên máy chủ: " + e.Message);
            }
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var row = await db.ScanTrays.FirstOrDefaultAsync(t => t.UserName == userName, ct);
        if (row is not null) db.ScanTrays.Remove(row);
        if (text.Length > 0) db.ScanTrays.Add(ScanTray.Create(userName, text));
        await db.SaveChangesAsync(ct);
        configured = null;
        return Result.Ok();
    }

    /// <summary>The folder a tray watches when none is set: the officer's sub-folder of the inbox root.</summary>
    public string DefaultFolderOf(string userName) => Path.GetFullPath(Path.Combine(options.InboxRoot, SafeSegment(userName)));

    /// <summary>Files ready in the tray (and those refused, with the reason), oldest first.</summary>
    public async Task<IReadOnlyList<TrayFile>> ListAsync(string userName, CancellationToken ct = default)
    {
        var folder = await FolderOfAsync(userName, ct);
        return folders.TryGetValue(folder, out var files)
            ? files.Values.Select(s => s.Ready).OfType<TrayFile>().OrderBy(f => f.ModifiedAt).ThenBy(f => f.Name, StringComparer.Ordinal).ToList()
            : [];
    }

    /// <summary>Looks at every tray folder once. Returns whether any tray changed.</summary>
    public async Task<bool> PollAsync(CancellationToken ct = default)
    {
        var map = await ConfiguredAsync(ct);
        var all = new HashSet<string>(map.Values, StringComparer.Ordinal);
        if (Directory.Exists(options.InboxRoot))
            foreach (var d in Directory.EnumerateDirectories(options.InboxRoot)) all.Add(Path.GetFullPath(d));
        var changed = false;
        foreach (var folder in all) changed |= Poll(folder);
        if (changed) Changed?.Invoke();
        return changed;
    }

    private bool Poll(string folder)
    {
        if (!Directory.Exists(folder)) return false;
        var now = clock.GetUtcNow();
        var files = folders.GetOrAdd(folder, _ => new ConcurrentDictionary<string, Seen>(StringComparer.Ordinal));
        var changed = false;
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var info in new DirectoryInfo(folder).EnumerateFiles())
        {
            // Scanner software often writes "name.tmp"/".part" or a hidden file, then renames it when done.
            if (info.Name.StartsWith('.') || info.Extension is ".tmp" or ".part" or ".crdownload") continue;
            present.Add(info.Name);
            info.Refresh();
            var seen = files.GetOrAdd(info.Name, _ => new Seen { Size = -1 });
            if (seen.Size != info.Length || seen.Write != info.LastWriteTimeUtc)
            {
                changed |= seen.Ready is not null;
                seen.Size = info.Length;
                seen.Write = info.LastWriteTimeUtc;
                seen.Since = now;
                seen.Ready = null;
                continue;
            }
            if (seen.Ready is not null || now - seen.Since < options.StableFor) continue;
            seen.Ready = Describe(info);
            changed = true;
        }
        foreach (var gone in files.Keys.Where(k => !present.Contains(k)).ToList())
            if (files.TryRemove(gone, out var s) && s.Ready is not null) changed = true;
        return changed;
    }

    private static TrayFile Describe(FileInfo info)
    {
        var modified = new DateTimeOffset(info.LastWriteTimeUtc, TimeSpan.Zero);
        var name = ScanFileName.Parse(info.Name);
        if (!name.IsSuccess) return new TrayFile(info.Name, info.Length, modified, null, 0, name.Error);
        try
        {
            var r = ScanContent.Inspect(info.FullName);
            return r.IsSuccess
                ? new TrayFile(info.Name, info.Length, modified, r.Value!.Kind, r.Value.Pages, null)
                : new TrayFile(info.Name, info.Length, modified, null, 0, r.Error);
        }
        catch (IOException e)
        {
            return new TrayFile(info.Name, info.Length, modified, null, 0, "Không đọc được tệp: " + e.Message);
        }
    }

    /// <summary>Attaches a tray file to checklist item <paramref name="itemIndex"/> of a dossier (null: the result) and takes it out of the folder.</summary>
    public async Task<Result<AttachmentRow>> AssignAsync(string userName, string fileName, long dossierId, int? itemIndex, Officer by, CancellationToken ct = default)
    {
        var folder = await FolderOfAsync(userName, ct);
        if (!folders.TryGetValue(folder, out var files) || !files.TryGetValue(fileName, out var seen) || seen.Ready is not { Error: null })
            return Result<AttachmentRow>.Invalid("Bản quét không còn trong khay hoặc chưa sẵn sàng.");
        var path = Path.Combine(folder, fileName);
        Result<AttachmentRow> result;
        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
            result = await scans.AttachAsync(dossierId, itemIndex, stream, fileName, by, ct);
        }
        catch (FileNotFoundException)
        {
            files.TryRemove(fileName, out _);
            return Result<AttachmentRow>.Invalid("Bản quét không còn trong thư mục.");
        }
        if (!result.IsSuccess) return result;
        // The scan is in storage (flushed, committed): the folder's copy can go.
        try { File.Delete(path); } catch (IOException) { }
        files.TryRemove(fileName, out _);
        Changed?.Invoke();
        return result;
    }

    /// <summary>
    /// Puts a held file that could not be attached into the officer's tray (under its own name, numbered if taken), so it is
    /// assigned later instead of lost. Returns the name it got.
    /// </summary>
    public async Task<string> ReturnToTrayAsync(string userName, HeldScan held, CancellationToken ct = default)
    {
        var folder = await FolderOfAsync(userName, ct);
        var stem = Path.GetFileNameWithoutExtension(held.FileName);
        var ext = Path.GetExtension(held.FileName) is { Length: > 0 } e ? e : ScanContent.Extension(held.Kind);
        var name = stem + ext;
        for (var i = 2; File.Exists(Path.Combine(folder, name)); i++) name = $"{stem} ({i}){ext}";
        var target = Path.Combine(folder, name);
        // A commit that failed after placing the file leaves it in the store rather than at its temporary name.
        if (File.Exists(held.TempPath)) File.Move(held.TempPath, target);
        else if (scans.Storage.Exists(held.Hash)) File.Copy(scans.Storage.PathOf(held.Hash), target);
        return name;
    }

    private async Task<IReadOnlyDictionary<string, string>> ConfiguredAsync(CancellationToken ct)
    {
        if (configured is { } c) return c;
        await using var db = await factory.CreateDbContextAsync(ct);
        var map = await db.ScanTrays.AsNoTracking().ToDictionaryAsync(t => t.UserName, t => t.Folder, StringComparer.Ordinal, ct);
        configured = map;
        return map;
    }

    private static string SafeSegment(string userName) =>
        string.Concat(userName.Select(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_' or '.' ? ch : '_')).Trim('.') is { Length: > 0 } s ? s : "_";
}
