using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OneStop.Core.Accounts;
using OneStop.Core.Calendar;
using OneStop.Core.Catalog;
using OneStop.Core.Centre;
using OneStop.Core.Persistence;

namespace OneStop.Web.Hosting;

/// <summary>Fills a new database: the centre row, the official calendar, the catalogue and (demo) one account per role.</summary>
public static class DemoSeeder
{
    /// <param name="knownAdminPassword">
    /// False outside Development: the demo admin then gets a random password, returned for the console (never a known
    /// admin password on a server others can reach).
    /// </param>
    /// <returns>The admin's random password when one was made, else null.</returns>
    public static async Task<string?> SeedAsync(IServiceProvider services, bool demo, int demoDossiers, bool knownAdminPassword = true,
        CancellationToken ct = default)
    {
        var factory = services.GetRequiredService<IDbContextFactory<OneStopDbContext>>();
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            db.CentreSettings.Add(demo ? DemoCentre.Create() : DemoCentre.Blank());
            await db.SaveChangesAsync(ct);
        }
        services.GetRequiredService<CentreService>().Invalidate();
        await services.GetRequiredService<CalendarService>().SeedFromOfficialAsync(ct);
        await services.GetRequiredService<CatalogService>().SeedDemoAsync(ct);

        if (!demo) return null;
        var users = services.GetRequiredService<UserManager<AppUser>>();
        string? randomAdminPassword = null;
        foreach (var a in DemoAccounts.All)
        {
            if (await users.FindByNameAsync(a.UserName) is not null) continue;
            var u = new AppUser { UserName = a.UserName, FullName = a.FullName, JobTitle = a.JobTitle, PhoneNumber = a.Phone, LockoutEnabled = true, EmailConfirmed = true, CreatedAt = DateTimeOffset.UtcNow };
            var password = a.Password;
            if (a.Role == Roles.Admin && !knownAdminPassword)
            {
                password = randomAdminPassword = DatabaseInitializer.RandomPassword();
                u.MustChangePassword = true;
            }
            // The demo's published passwords (Tiepnhan@2026…) contain the user name, which the policy refuses: they are
            // hashed here directly, for the Development trial only. A random admin password meets the policy anyway.
            u.PasswordHash = users.PasswordHasher.HashPassword(u, password);
            var r = await users.CreateAsync(u);
            if (!r.Succeeded) throw new InvalidOperationException(AccountService.Describe(r));
            await users.AddToRoleAsync(u, a.Role);
        }
        await DemoDossiers.AddAsync(services, factory, demoDossiers, ct);
        return randomAdminPassword;
    }
}
