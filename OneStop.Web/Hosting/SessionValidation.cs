using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneStop.Core.Persistence;

namespace OneStop.Web.Hosting;

/// <summary>
/// The sign-in cookie's check on each request. Identity's <see cref="SecurityStampValidator"/> runs first (it renews the
/// cookie's claims once per validation interval); then every request that can return personal data (pages, PDFs,
/// spreadsheets, the API, the Blazor hub) re-reads the account: a cookie whose account is gone, disabled, or whose
/// security stamp changed (logout, password reset, role change, disable) is refused at once, not after the interval.
/// Static files skip the read: they hold no personal data.
/// </summary>
internal static class SessionValidation
{
    private static readonly Func<OneStopDbContext, string, Task<AccountState?>> ReadAccount =
        EF.CompileAsyncQuery((OneStopDbContext db, string id) =>
            db.Users.Where(u => u.Id == id).Select(u => new AccountState(u.SecurityStamp, u.IsDisabled, u.MustChangePassword)).FirstOrDefault());

    internal sealed record AccountState(string? SecurityStamp, bool IsDisabled, bool MustChangePassword);

    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        await SecurityStampValidator.ValidatePrincipalAsync(context);
        if (context.Principal?.Identity?.IsAuthenticated != true || IsStaticFile(context.HttpContext.Request.Path)) return;

        var services = context.HttpContext.RequestServices;
        var claims = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var id = context.Principal.FindFirstValue(claims.UserIdClaimType);
        var stamp = context.Principal.FindFirstValue(claims.SecurityStampClaimType);
        if (id is not null && stamp is not null)
        {
            await using var db = await services.GetRequiredService<IDbContextFactory<OneStopDbContext>>()
                .CreateDbContextAsync(context.HttpContext.RequestAborted);
            var account = await ReadAccount(db, id);
            if (account is { IsDisabled: false } && string.Equals(account.SecurityStamp, stamp, StringComparison.Ordinal))
            {
                if (account.MustChangePassword) context.HttpContext.Items[PasswordChangeGate.MustChangeKey] = true;
                return;
            }
        }
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }

    /// <summary>Framework, MudBlazor and app files, fonts and images: the same for everyone, no personal data.</summary>
    internal static bool IsStaticFile(PathString path)
    {
        if (path.StartsWithSegments("/_framework") || path.StartsWithSegments("/_content") || path.StartsWithSegments("/assets"))
            return true;
        var ext = Path.GetExtension(path.Value.AsSpan());
        return ext.Equals(".css", StringComparison.OrdinalIgnoreCase) || ext.Equals(".js", StringComparison.OrdinalIgnoreCase)
            || ext.Equals(".ico", StringComparison.OrdinalIgnoreCase) || ext.Equals(".svg", StringComparison.OrdinalIgnoreCase)
            || ext.Equals(".png", StringComparison.OrdinalIgnoreCase) || ext.Equals(".woff2", StringComparison.OrdinalIgnoreCase);
    }
}
