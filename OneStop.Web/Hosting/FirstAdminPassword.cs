namespace OneStop.Web.Hosting;

/// <summary>
/// The random password of the first administrator of a new installation. It never goes to the log (logs are copied,
/// shipped and kept): it is written once to <see cref="FileName"/> in the data folder, readable by the service account
/// only (0600), and the file is deleted when that account chooses its own password on "Đổi mật khẩu".
/// </summary>
public static class FirstAdminPassword
{
    public const string FileName = "mat-khau-quan-tri-ban-dau.txt";

    public static string PathIn(string dataDirectory) => System.IO.Path.Combine(dataDirectory, FileName);

    /// <summary>Writes the file (replacing an older one) and returns its path.</summary>
    public static string Write(string dataDirectory, string userName, string password)
    {
        var path = PathIn(dataDirectory);
        var text = $"Tài khoản quản trị đầu tiên của OneStop\nTên đăng nhập: {userName}\nMật khẩu: {password}\n"
            + "Đăng nhập rồi đổi mật khẩu ngay (trang \"Đổi mật khẩu\" mở ra tự động); tệp này tự xóa khi đổi xong.\n";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(path, options))
        using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false)))
            writer.Write(text);
        // FileMode.Create keeps an existing file's mode: make sure it is private.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return path;
    }

    /// <summary>The user name and password in the file, or null when there is none.</summary>
    public static (string UserName, string Password)? Read(string dataDirectory)
    {
        var path = PathIn(dataDirectory);
        if (!File.Exists(path)) return null;
        var lines = File.ReadAllLines(path);
        var user = lines.FirstOrDefault(l => l.StartsWith("Tên đăng nhập: ", StringComparison.Ordinal))?["Tên đăng nhập: ".Length..];
        var password = lines.FirstOrDefault(l => l.StartsWith("Mật khẩu: ", StringComparison.Ordinal))?["Mật khẩu: ".Length..];
        return user is null || password is null ? null : (user, password);
    }

    /// <summary>Deletes the file once the account it names has chosen its own password.</summary>
    public static void Forget(string dataDirectory, string? userName)
    {
        try
        {
            if (Read(dataDirectory) is { } first && string.Equals(first.UserName, userName, StringComparison.Ordinal))
                File.Delete(PathIn(dataDirectory));
        }
        catch (IOException)
        {
            // Left for the administrator to delete: the password in it no longer works.
        }
    }
}
