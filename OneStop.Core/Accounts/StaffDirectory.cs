using Microsoft.EntityFrameworkCore;
using OneStop.Core.Persistence;

namespace OneStop.Core.Accounts;

public sealed record StaffMember(string UserName, string FullName, string Role);

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
}
