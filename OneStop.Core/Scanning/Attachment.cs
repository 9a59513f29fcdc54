using OneStop.Core.Common;

namespace OneStop.Core.Scanning;

/// <summary>One stored file, by content: the same scan attached to several dossiers is one row and one file.</summary>
public sealed class ScanFile
{
    private ScanFile() { }

    public const int HashLength = 64;
    public const int ContentTypeLength = 40;

    public string Hash { get; private set; } = string.Empty;
    public long Size { get; private set; }
    public string ContentType { get; private set; } = string.Empty;
    public int Pages { get; private set; }
    public DateTimeOffset StoredAt { get; private set; }

    internal static ScanFile Create(string hash, long size, ScanInfo info, DateTimeOffset at) => new()
    {
        Hash = hash, Size = size, ContentType = info.ContentType, Pages = info.Pages, StoredAt = at,
    };
}

/// <summary>
/// A scan in a dossier: a paper of the checklist (by its index and name) or the digitised result. Reused attachments refer
/// to the same stored file as the earlier dossier's and say where they came from.
/// </summary>
public sealed class Attachment
{
    private Attachment() { }

    public const int NameLength = 300;

    public long Id { get; private set; }
    public long DossierId { get; private set; }
    /// <summary>Index of the checklist item; null for the digitised result.</summary>
    public int? ItemIndex { get; private set; }
    public string ItemName { get; private set; } = string.Empty;
    public bool IsResult { get; private set; }
    public string FileHash { get; private set; } = string.Empty;
    public string FileName { get; private set; } = string.Empty;
    public long Size { get; private set; }
    public string ContentType { get; private set; } = string.Empty;
    public int Pages { get; private set; }
    public string AttachedBy { get; private set; } = string.Empty;
    public string AttachedByName { get; private set; } = string.Empty;
    public DateTimeOffset AttachedAt { get; private set; }
    public long? ReusedFromDossierId { get; private set; }
    public string? ReusedFromCode { get; private set; }

    internal static Attachment Create(long dossierId, int? itemIndex, string itemName, ScanFile file, string fileName,
        string by, string byName, DateTimeOffset at, long? reusedFromId = null, string? reusedFromCode = null)
    {
        if (itemIndex is null && itemName.Length == 0) throw new DomainException("Tệp đính kèm phải thuộc một mục giấy tờ hoặc là kết quả.");
        return new Attachment
        {
            DossierId = dossierId, ItemIndex = itemIndex, ItemName = itemName, IsResult = itemIndex is null, FileHash = file.Hash,
            FileName = fileName, Size = file.Size, ContentType = file.ContentType, Pages = file.Pages,
            AttachedBy = by, AttachedByName = byName, AttachedAt = at, ReusedFromDossierId = reusedFromId, ReusedFromCode = reusedFromCode,
        };
    }

    internal void MoveTo(int itemIndex, string itemName)
    {
        if (IsResult) throw new DomainException("Tệp kết quả không chuyển sang mục giấy tờ được.");
        ItemIndex = itemIndex;
        ItemName = itemName;
    }
}

/// <summary>The scan-to-folder tray of one counter officer: the folder on the server where that counter's scanner saves.</summary>
public sealed class ScanTray
{
    private ScanTray() { }

    public const int FolderLength = 500;

    public string UserName { get; private set; } = string.Empty;
    public string Folder { get; private set; } = string.Empty;

    public static ScanTray Create(string userName, string folder) => new() { UserName = userName, Folder = Path.GetFullPath(folder) };
}
