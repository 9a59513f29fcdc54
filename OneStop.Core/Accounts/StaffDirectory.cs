using Microsoft.EntityFrameworkCore;
using OneStop.Core.Persistence;

namespace OneStop.Core.Accounts;

public sealed record StaffMember(string UserName, string FullName, string Role);

/// <summary>An account as it appears under a signature or in a contact line: name, chức vụ, own phone.</summary>
public sealed record Signer(string UserName, string FullName, string? JobTitle, string? Phone, bool IsLeader);

/// <summary>Active officers by role, for choosing who receives a hand-over.</summary>
public sealed class StaffDirectory(IDbContextFactory<OneStopDbContext> factory)
{
    public async Task<IReadOnlyList<StaffMember>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await (from u in db.Users.AsNoTracking()
                          join ur in db.UserRoles on u.Id equals ur.UserId
                          join r in db.Roles on ur.RoleId equals r.Id
                          where !u.IsDisabled
                          select new { u.UserName, u.FullName, r.Name }).ToListAsync(ct);
        return rows.Select(x => new StaffMember(x.UserName ?? "", x.FullName, x.Name ?? ""))
            .OrderBy(x => Roles.All.ToList().IndexOf(x.Role)).ThenBy(x => x.FullName, StringComparer.Create(Common.VnTime.Culture, false)).ToList();
    }

    public async Task<IReadOnlyList<Signer>> SignersAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await SignersAsync(db, ct);
    }

    /// <summary>Every account (disabled ones too: they signed earlier letters), leaders first, then by user name.</summary>
    public static async Task<IReadOnlyList<Signer>> SignersAsync(OneStopDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var leaderRole = await db.Roles.AsNoTracking().Where(r => r.Name == Roles.Leader).Select(r => r.Id).FirstOrDefaultAsync(ct);
        var leaders = (await db.UserRoles.AsNoTracking().Where(ur => ur.RoleId == leaderRole).Select(ur => ur.UserId).ToListAsync(ct)).ToHashSet();
        var users = await db.Users.AsNoTracking().Select(u => new { u.Id, u.UserName, u.FullName, u.JobTitle, u.PhoneNumber, u.IsDisabled }).ToListAsync(ct);
        return users.Select(u => new Signer(u.UserName ?? "", u.FullName, u.JobTitle, u.PhoneNumber, leaders.Contains(u.Id) && !u.IsDisabled))
            .OrderByDescending(s => s.IsLeader).ThenBy(s => s.UserName, StringComparer.Ordinal).ToList();
    }
}
