using Microsoft.AspNetCore.DataProtection;
using OneStop.Core.Persistence;

namespace OneStop.Web.Hosting;

/// <summary>
/// The centre's data folder: the database, the data-protection keys that sign cookies and antiforgery tokens, and the
/// installation's random id. What the app creates there is private to the service account (0700 folders, 0600 files
/// on Unix); on Windows the folder inherits its parent's ACL, so install it under a folder only the service account
/// and the administrators can read (README, "Cài đặt tại trung tâm").
/// </summary>
public static class DataFolder
{
    public const string KeysFolder = "keys";
    public const string InstallationIdFile = "installation-id";

    private const UnixFileMode PrivateFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode PrivateFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates what is missing (never changes the mode of what already exists).</summary>
    public static void Prepare(string dataDirectory)
    {
        CreatePrivateFolder(dataDirectory);
        CreatePrivateFolder(Path.Combine(dataDirectory, KeysFolder));
        // An empty file is an empty SQLite database; created here so that it never exists with the umask's 0644.
        // SQLite gives the -wal and -shm files the database file's mode.
        CreatePrivateFile(Path.Combine(dataDirectory, OneStopDatabase.FileName), []);
    }

    /// <summary>
    /// A random id made on the first start and kept in the folder: the data-protection application name, so keys or
    /// cookies of another installation (another folder, even with a copy of the same database) are never accepted.
    /// </summary>
    public static string InstallationId(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, InstallationIdFile);
        CreatePrivateFile(path, System.Text.Encoding.ASCII.GetBytes(Guid.NewGuid().ToString("N")));
        var id = File.ReadAllText(path).Trim();
        return id.Length > 0 ? id : throw new InvalidOperationException($"{path} is empty: delete it to make a new installation id (signs everyone out).");
    }

    /// <summary>
    /// Keys in the data folder under the installation's name. On Windows they are encrypted at rest with DPAPI (machine
    /// scope: the service account and administrators of that machine); on Linux they rely on the folder's 0700 mode.
    /// </summary>
    public static IServiceCollection AddOneStopDataProtection(this IServiceCollection services, string dataDirectory)
    {
        var dp = services.AddDataProtection()
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataDirectory, KeysFolder)))
            .SetApplicationName("OneStop-" + InstallationId(dataDirectory));
        if (OperatingSystem.IsWindows())
            dp.ProtectKeysWithDpapi(protectToLocalMachine: true);
        return services;
    }

    private static void CreatePrivateFolder(string path)
    {
        if (Directory.Exists(path)) return;
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(path);
        else Directory.CreateDirectory(path, PrivateFolder);
    }

    private static void CreatePrivateFile(string path, byte[] content)
    {
        if (File.Exists(path)) return;
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = PrivateFile;
        try
        {
            using var stream = new FileStream(path, options);
            stream.Write(content);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first: keep theirs.
        }
    }
}
