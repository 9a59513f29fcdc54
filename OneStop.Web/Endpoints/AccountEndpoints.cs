using Microsoft.AspNetCore.Identity;
using OneStop.Core.Accounts;

namespace OneStop.Web.Endpoints;

public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/dang-xuat", async (SignInManager<AppUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/dang-nhap");
        });
    }
}
