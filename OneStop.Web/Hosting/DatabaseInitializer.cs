using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OneStop.Core.Accounts;
using OneStop.Core.Backup;
using OneStop.Core.Centre;
using OneStop.Core.Persistence;

namespace OneStop.Web.Hosting;

/// <summary>At start-up: apply migrations, make sure the roles exist, and seed a new database.</summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<OneStopDbContext> factory,
    IServiceProvider services,
    ILogger<DatabaseInitializer> log)
{
    /// <summary>
    /// A damaged file (cut, not SQLite, malformed) is not migrated or seeded: the app starts on the Vietnamese plan page
    /// (<see cref="DamagedDatabase"/>) and the log says the same.
    /// </summary>
    public async Task InitializeAsync(OneStopOptions options, CancellationToken ct = default)
    {
        var problem = DatabaseFileCheck.Inspect(Path.Combine(options.DataDirectory!, OneStopDatabase.FileName));
        if (problem is null)
        {
            try
            {
                await InitializeSoundAsync(options, ct);
                return;
            }
            catch (SqliteException e) when (DamagedDatabase.IsDamage(e))
            {
                problem = e.Message;
            }
        }
        var message = DamagedDatabase.Message(options.DataDirectory!, problem, services.GetService<BackupService>());
        if (services.GetService<DatabaseState>() is { } state) state.Damaged = message;
        log.LogCritical("{Message}", message);
    }

    /// <summary>
    /// Migrations recorded in the database that this build does not know: the file was written by a newer OneStop.
    /// Migrating it would be guessing; the app refuses it, writes nothing and says what to do.
    /// </summary>
    private async Task<bool> RefuseNewerSchemaAsync(OneStopDbContext db, OneStopOptions options, CancellationToken ct)
    {
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknown = (await db.Database.GetAppliedMigrationsAsync(ct)).Where(m => !known.Contains(m)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count == 0) return false;
        var message = DamagedDatabase.NewerSchemaMessage(options.DataDirectory!, unknown, services.GetService<BackupService>());
        if (services.GetService<DatabaseState>() is { } state)
        {
            state.Damaged = message;
            state.Title = DamagedDatabase.NewerSchemaTitle;
        }
        log.LogCritical("{Message}", message);
        return true;
    }

    private async Task InitializeSoundAsync(OneStopOptions options, CancellationToken ct)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            if (await RefuseNewerSchemaAsync(db, options, ct)) return;
            if (services.GetService<BackupService>() is { } backups && await OneStopDatabase.HasAppliedMigrationsAsync(db, ct)
                && await OneStopDatabase.PendingMigrationsAsync(db, ct) is { Count: > 0 } pending)
                await BackupBeforeMigrationAsync(backups, pending, ct);
            await OneStopDatabase.MigrateAsync(db, ct);
        }

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
        var adminPassword = await DemoSeeder.SeedAsync(services, options.Demo, options.DemoDossiers, knownAdminPassword: development, ct);
        if (adminPassword is not null)
            log.LogWarning("Dữ liệu mẫu ngoài môi trường Development: mật khẩu ngẫu nhiên của tài khoản quantri ở tệp {File} (chỉ tài khoản chạy dịch vụ đọc được)",
                FirstAdminPassword.Write(options.DataDirectory!, "quantri", adminPassword));
        if (!options.Demo)
            await CreateFirstAdminAsync(services.GetRequiredService<UserManager<AppUser>>(), options.DataDirectory!);
    }

    /// <summary>
    /// The centre's data before a migration changes it: the rollback of a bad upgrade is restoring this copy. A failed
    /// backup is logged loudly but does not keep the centre closed.
    /// </summary>
    private async Task BackupBeforeMigrationAsync(BackupService backups, IReadOnlyList<string> pending, CancellationToken ct)
    {
        try
        {
            var entry = await backups.BackupAsync("Trước khi nâng cấp", ct);
            if (entry.Manifest.Verified)
                log.LogWarning("Sao lưu trước khi nâng cấp ({Migrations}): {Folder}", string.Join(", ", pending), entry.Folder);
            else
                log.LogError("Sao lưu trước khi nâng cấp KHÔNG ĐẠT kiểm tra ({Folder}): {Problems}", entry.Folder, string.Join("; ", entry.Manifest.Problems));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException)
        {
            log.LogError(e, "Không sao lưu được trước khi nâng cấp ({Folder})", backups.BackupDirectory);
        }
    }

    /// <summary>A random password of 16 characters that meets the policy (<see cref="PasswordPolicy"/>).</summary>
    public static string RandomPassword() => "Qt@" + Convert.ToHexString(RandomNumberGenerator.GetBytes(6)) + "x";

    /// <summary>The first administrator: a random password written to a 0600 file in the data folder (never to the log), to be changed at the first sign-in.</summary>
    private async Task CreateFirstAdminAsync(UserManager<AppUser> users, string dataDirectory)
    {
        if (users.Users.Any()) return;
        var password = RandomPassword();
        var admin = new AppUser
        {
            UserName = "quantri", FullName = "Quản trị hệ thống", LockoutEnabled = true, CreatedAt = DateTimeOffset.UtcNow, MustChangePassword = true,
        };
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded) throw new InvalidOperationException(AccountService.Describe(created));
        await users.AddToRoleAsync(admin, Roles.Admin);
        var file = FirstAdminPassword.Write(dataDirectory, admin.UserName, password);
        log.LogWarning("Tài khoản quản trị đầu tiên: quantri. Mật khẩu ban đầu ở tệp {File} (chỉ tài khoản chạy dịch vụ đọc được); "
            + "đăng nhập rồi đổi mật khẩu, tệp tự xóa khi đổi xong.", file);
    }
}
