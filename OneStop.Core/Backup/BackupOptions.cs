namespace OneStop.Core.Backup;

/// <summary>Configuration section "OneStop:Backup"; the administrator's choice of folder (backup-settings.json in the data folder) wins.</summary>
public sealed class BackupOptions
{
    public const string Section = "OneStop:Backup";

    /// <summary>Where backups go (a second disk, a USB drive, a share). Default: "backups" in the data folder.</summary>
    public string? Directory { get; set; }

    /// <summary>Viet Nam times of the automatic backups, "HH:mm".</summary>
    public string[] Times { get; set; } = ["12:00", "17:30"];

    public bool Enabled { get; set; } = true;

    public RetentionPolicy Retention { get; set; } = new();
}

/// <summary>How many verified backups to keep: the newest of each of the last N days, ISO weeks and months that have one.</summary>
public sealed class RetentionPolicy
{
    public int Daily { get; set; } = 7;
    public int Weekly { get; set; } = 4;
    public int Monthly { get; set; } = 12;
}
