using System.Net;
using Microsoft.Data.Sqlite;
using OneStop.Tests.TestSupport;

namespace OneStop.Tests.Web;

/// <summary>What an installation keeps to itself: its signing keys, its id, and private file modes.</summary>
public sealed class InstallationTests : IDisposable
{
    private readonly string first = Path.Combine(Path.GetTempPath(), "onestop-inst-a-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly string second = Path.Combine(Path.GetTempPath(), "onestop-inst-b-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var d in new[] { first, second })
            try { Directory.Delete(d, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    [Fact]
    public async Task ACookieFromAnotherDataFolderIsRefusedEvenWithACopyOfTheSameDatabase()
    {
        string cookie;
        using (var a = new OneStopAppFactory { DataDirectory = first, KeepData = true })
        {
            cookie = await HttpLogin.AuthCookieAsync(a, "giamsat", "Giamsat@2026");
            Assert.Equal(HttpStatusCode.OK, (await HttpLogin.WithCookie(a, cookie).GetAsync("/ho-so/1")).StatusCode);
        }
        SqliteConnection.ClearAllPools();
        Directory.CreateDirectory(second);
        foreach (var f in Directory.GetFiles(first, "onestop.db*"))
            File.Copy(f, Path.Combine(second, Path.GetFileName(f)));

        // The same folder again (a restart) still accepts it: the keys live in the data folder.
        using (var again = new OneStopAppFactory { DataDirectory = first, KeepData = true })
            Assert.Equal(HttpStatusCode.OK, (await HttpLogin.WithCookie(again, cookie).GetAsync("/ho-so/1")).StatusCode);

        using var other = new OneStopAppFactory { DataDirectory = second };
        var r = await HttpLogin.WithCookie(other, cookie).GetAsync("/ho-so/1");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.StartsWith("/dang-nhap", r.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDataFolderTheKeysAndTheDatabaseAreReadableByTheServiceAccountOnly()
    {
        if (OperatingSystem.IsWindows()) return;
        using (var app = new OneStopAppFactory { DataDirectory = first, KeepData = true })
            _ = app.Server;

        const UnixFileMode folder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        const UnixFileMode file = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        Assert.Equal(folder, File.GetUnixFileMode(first));
        Assert.Equal(folder, File.GetUnixFileMode(Path.Combine(first, "keys")));
        Assert.Equal(file, File.GetUnixFileMode(Path.Combine(first, "onestop.db")));
        Assert.Equal(file, File.GetUnixFileMode(Path.Combine(first, "installation-id")));
    }
}
