using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OneStop.Core.Accounts;
using OneStop.Core.Centre;
using OneStop.Core.Persistence;

namespace OneStop.Web.Hosting;

/// <summary>At start-up: apply migrations, make sure the roles exist, and seed a new database.</summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<OneStopDbContext> factory,
    IServiceProvider services,
    ILogger<DatabaseInitializer> log)
{
    public async Task InitializeAsync(OneStopOptions options, CancellationToken ct = default)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await using (var db = await factory.CreateDbContextAsync(ct))
            await OneStopDatabase.MigrateAsync(db, ct);

        // Plain SQL for the checks of an everyday start (EF's first query compile is most of a second on a counter PC).
        await using var check = await factory.CreateDbContextAsync(ct);
        var existingRoles = await OneStopDatabase.StringsAsync(check, "SELECT Name FROM AspNetRoles", ct);
        if (Roles.All.Any(r => !existingRoles.Contains(r, StringComparer.Ordinal)))
            await services.GetRequiredService<AccountService>().EnsureRolesAsync();

        var isNew = await OneStopDatabase.ScalarAsync(check, "SELECT count(*) FROM CentreSettings", ct) == 0;
        if (!isNew)
        {
            log.LogInformation("Database ready in {Ms:0} ms ({Dir})", System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds, options.DataDirectory);
            return;
        }

        log.LogInformation("New database in {Dir}: seeding ({Mode})", options.DataDirectory, options.Demo ? "demo" : "blank");
        var development = services.GetService<IHostEnvironment>()?.IsDevelopment() ?? false;
        var adminPassword = await DemoSeeder.SeedAsync(services, options.Demo, options.DemoDossiers, ct, knownAdminPassword: development);
        if (adminPassword is not null)
            log.LogWarning("Dữ liệu mẫu ngoài môi trường Development: tài khoản quantri có mật khẩu ngẫu nhiên {Password}", adminPassword);
        if (!options.Demo)
            await CreateFirstAdminAsync(services.GetRequiredService<UserManager<AppUser>>());
    }

    /// <summary>A random password that meets the policy (upper, lower, digit, symbol, ≥ 8).</summary>
    public static string RandomPassword() => "Qt@" + Convert.ToHexString(RandomNumberGenerator.GetBytes(6)) + "x";

    private async Task CreateFirstAdminAsync(UserManager<AppUser> users)
    {
        if (users.Users.Any()) return;
        var password = RandomPassword();
        var admin = new AppUser { UserName = "quantri", FullName = "Quản trị hệ thống", LockoutEnabled = true, CreatedAt = DateTimeOffset.UtcNow };
        await users.CreateAsync(admin, password);
        await users.AddToRoleAsync(admin, Roles.Admin);
        log.LogWarning("Tài khoản quản trị đầu tiên: quantri / {Password} (đổi mật khẩu sau khi đăng nhập)", password);
    }
}
