using OneStop.Core.Accounts;

namespace OneStop.Core.Dossiers;

/// <summary>
/// The signed-in officer acting. <see cref="Role"/> is the role the trail records (the first of the account's roles in
/// the usual order); <see cref="HeldRoles"/> are all the roles the account holds, and permissions look at all of them.
/// </summary>
public sealed record Officer(string UserName, string FullName, string Role)
{
    public IReadOnlyCollection<string> HeldRoles { get; init; } = string.IsNullOrEmpty(Role) ? [] : [Role];

    /// <summary>An officer holding every role in <paramref name="roles"/>; the trail records the first in the usual order.</summary>
    public static Officer WithRoles(string userName, string fullName, IEnumerable<string> roles)
    {
        var held = Roles.All.Where(roles.Contains).ToArray();
        return new Officer(userName, fullName, held.FirstOrDefault() ?? "") { HeldRoles = held };
    }

    public bool Has(string role) => HeldRoles.Contains(role);

    public bool HasAny(params ReadOnlySpan<string> roles)
    {
        foreach (var r in roles) if (HeldRoles.Contains(r)) return true;
        return false;
    }
}
