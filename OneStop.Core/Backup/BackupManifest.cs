namespace OneStop.Core.Backup;

/// <summary>One file of a backup, relative to the backup folder (scans relative to the shared scans pool).</summary>
public sealed record BackupFile(string Path, long Size, string Sha256);

/// <summary>manifest.json of one backup: what was copied, from which version, and what the verification found.</summary>
public sealed record BackupManifest
{
    public required string Id { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required string Reason { get; init; }
    public required string AppVersion { get; init; }
    public string? SchemaVersion { get; init; }
    public bool Verified { get; init; }
    public IReadOnlyList<string> Problems { get; init; } = [];
    public IReadOnlyDictionary<string, long> Counts { get; init; } = new Dictionary<string, long>();
    public int AuditEvents { get; init; }
    public IReadOnlyList<BackupFile> Files { get; init; } = [];
    public IReadOnlyList<BackupFile> Scans { get; init; } = [];
    public long DurationMs { get; init; }
    /// <summary>Milliseconds per phase (copy, scans, integrity, counts, chain, hashes), to see what a slow backup spent.</summary>
    public IReadOnlyDictionary<string, long> PhasesMs { get; init; } = new Dictionary<string, long>();
    public long SizeBytes => Files.Sum(f => f.Size);
}

/// <summary>A backup as listed on the page: its folder and manifest.</summary>
public sealed record BackupEntry(string Folder, BackupManifest Manifest);
