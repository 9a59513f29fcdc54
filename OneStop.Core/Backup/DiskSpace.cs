namespace OneStop.Core.Backup;

/// <summary>Free space of the disk holding a folder (the nearest existing parent when the folder is missing).</summary>
public static class DiskSpace
{
    public static long? FreeBytes(string folder)
    {
        try
        {
            var dir = Path.GetFullPath(folder);
            while (!Directory.Exists(dir))
            {
                var parent = Path.GetDirectoryName(dir);
                if (parent is null || parent == dir) return null;
                dir = parent;
            }
            return new DriveInfo(dir).AvailableFreeSpace;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Whether a file can be created in the folder now (a read-only mount, a full disk or lost rights say no).</summary>
    public static bool CanWrite(string folder)
    {
        var probe = Path.Combine(folder, ".ghi-thu-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            File.WriteAllBytes(probe, [1]);
            File.Delete(probe);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
