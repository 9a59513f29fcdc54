using System.Security.Claims;
using OneStop.Core.Accounts;
using OneStop.Core.Dossiers;

namespace OneStop.Web.Hosting;

public static class OfficerClaims
{
    /// <summary>The acting officer from the sign-in cookie: user name, full name and every role the account holds
    /// (the trail records the first in the usual order; permissions look at all of them).</summary>
    public static Officer ToOfficer(this ClaimsPrincipal user) => Officer.WithRoles(
        user.Identity?.Name ?? "",
        user.FindFirst("FullName")?.Value ?? user.Identity?.Name ?? "",
        Roles.All.Where(user.IsInRole));
}
