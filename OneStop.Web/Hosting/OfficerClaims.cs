using System.Security.Claims;
using OneStop.Core.Accounts;
using OneStop.Core.Dossiers;

namespace OneStop.Web.Hosting;

public static class OfficerClaims
{
    /// <summary>The acting officer from the sign-in cookie: user name, full name, and the first of their roles in the usual order.</summary>
    public static Officer ToOfficer(this ClaimsPrincipal user) => new(
        user.Identity?.Name ?? "",
        user.FindFirst("FullName")?.Value ?? user.Identity?.Name ?? "",
        Roles.All.FirstOrDefault(user.IsInRole) ?? "");
}
