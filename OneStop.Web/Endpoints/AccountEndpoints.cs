using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using OneStop.Core.Accounts;

namespace OneStop.Web.Endpoints;

public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/dang-xuat", async (ClaimsPrincipal principal, SignInManager<AppUser> signIn, UserManager<AppUser> users) =>
        {
            // A new security stamp ends this session everywhere: a copy of the cookie is refused from now on.
            if (await users.GetUserAsync(principal) is { } user)
                await users.UpdateSecurityStampAsync(user);
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/dang-nhap");
        });
    }
}
