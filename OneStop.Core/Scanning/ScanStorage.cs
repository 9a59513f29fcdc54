using System.Security.Cryptography;

namespace OneStop.Core.Scanning;

/// <summary>A file copied to a temporary name inside the store, flushed to disk, with its SHA-256 and size.</summary>
public sealed record StagedScan(string TempPath, string Hash, long Size);

/// <summary>
/// The scans folder: every file stored once under its SHA-256 (<c>scans/ab/abcdef…</c>). A file arrives in
/// <c>scans/tmp/</c>, is flushed and renamed to its hash before the database row that refers to it is committed, so a row
/// never points to a missing file; a crash in between leaves at most a file nobody refers to, which <see cref="Sweep"/> removes.
/// </summary>
public sealed class ScanStorage
{
    /// <summary>Files and temporaries younger than this are left alone by the sweep: an upload may be on its way to its row.</summary>
    public static readonly TimeSpan SweepGrace = TimeSpan.FromHours(1);

    public ScanStorage(string root)
    {
        Root = Path.GetFullPath(root);
        Directory.CreateDirectory(TempFolder);
    }

    public string Root { get; }
    private string TempFolder => Path.Combine(Root, "tmp");

    /// <summary>Where the file with this hash lives (whether or not it is there).</summary>
    public string PathOf(string hash)
    {
        if (hash.Length != 64 || !hash.All(char.IsAsciiHexDigitLower)) throw new ArgumentException("Not a SHA-256 in lowercase hex.", nameof(hash));
        return Path.Combine(Root, hash[..2], hash);
    }

    public bool Exists(string hash) => File.Exists(PathOf(hash));

    /// <summary>
    /// Copies <paramref name="content"/> to a temporary file while hashing it, never holding it whole in memory.
    /// Returns null (and leaves nothing behind) when it is longer than <paramref name="maxBytes"/>.
    /// </summary>
    public async Task<StagedScan?> StageAsync(Stream content, long maxBytes, CancellationToken ct = default)
    {
        var temp = Path.Combine(TempFolder, Guid.NewGuid().ToString("N"));
        try
        {
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long size = 0;
            // Plain synchronous writes in large blocks (on Linux an "asynchronous" file write is a thread-pool hop per block);
            // the source (a browser upload) is still read asynchronously.
            var known = content.CanSeek ? content.Length - content.Position : 0;
            await using (var file = new FileStream(temp, new FileStreamOptions
            {
                Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, BufferSize = 0,
                PreallocationSize = known > 0 && known <= maxBytes ? known : 0,
            }))
            {
                // Rented: a fresh 256 KB buffer per upload lands on the large-object heap and costs a full collection sooner or later.
                var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(256 * 1024);
                try
                {
                    int n;
                    while ((n = await content.ReadAsync(buffer, ct)) > 0)
                    {
                        size += n;
                        if (size > maxBytes)
                        {
                            file.Close();
                            File.Delete(temp);
                            return null;
                        }
                        sha.AppendData(buffer, 0, n);
                        file.Write(buffer, 0, n);
                    }
                }
                finally
                {
                    System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
                }
                file.Flush(flushToDisk: true);
            }
            return new StagedScan(temp, Convert.ToHexStringLower(sha.GetHashAndReset()), size);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>Moves a staged file to its place; when the same content is already stored the temporary is dropped.</summary>
    public void Place(StagedScan staged)
    {
        var target = PathOf(staged.Hash);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (File.Exists(target))
        {
            TryDelete(staged.TempPath);
            return;
        }
        File.Move(staged.TempPath, target, overwrite: true);
    }

    public void Discard(StagedScan staged) => TryDelete(staged.TempPath);

    public void Delete(string hash) => TryDelete(PathOf(hash));

    /// <summary>
    /// Removes stored files no row refers to and abandoned temporaries, both older than <see cref="SweepGrace"/>.
    /// Returns how many files went.
    /// </summary>
    public int Sweep(IReadOnlySet<string> referenced)
    {
        // File times come from the machine's wall clock, so their age is measured against it (not the app's TimeProvider).
        var now = DateTime.UtcNow;
        var removed = 0;
        foreach (var path in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
        {
            var isTemp = Path.GetDirectoryName(path) == TempFolder;
            var name = Path.GetFileName(path);
            if (!isTemp && referenced.Contains(name)) continue;
            if (now - File.GetLastWriteTimeUtc(path) < SweepGrace) continue;
            if (TryDelete(path)) removed++;
        }
        return removed;
    }

    private static bool TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (IOException) { return false; }
        catch (UnauthorizedAccessException) { return false; }
    }
}
