using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Core.Persistence;
using OneStop.Tests.TestSupport;

namespace OneStop.Tests.Web;

public sealed class StartUpTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "onestop-restart-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static async Task<(int Dossiers, int Roles, int Users, int Migrations)> CountAsync(OneStopAppFactory app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OneStopDbContext>>().CreateDbContextAsync();
        return (await db.Dossiers.CountAsync(), await db.Set<IdentityRole>().CountAsync(), await db.Users.CountAsync(),
            (int)await OneStopDatabase.ScalarAsync(db, "SELECT count(*) FROM __EFMigrationsHistory"));
    }

    [Fact]
    public async Task StartingAgainOnTheSameFolderKeepsTheDataAndSeedsNothingTwice()
    {
        (int, int, int, int) first;
        using (var app = new OneStopAppFactory { DataDirectory = dir, KeepData = true })
        {
            _ = app.Server;
            first = await CountAsync(app);
        }

        using var again = new OneStopAppFactory { DataDirectory = dir, KeepData = true };
        var client = await HttpLogin.SignedInAsync(again, "tiepnhan", "Tiepnhan@2026");
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        var second = await CountAsync(again);
        Assert.Equal(first, second);
        Assert.Equal(40, second.Dossiers); // the test factory's demo size, once
        Assert.Equal(5, second.Roles);
        Assert.Equal(5, second.Users);
        Assert.True(second.Migrations >= 1);
    }
}
