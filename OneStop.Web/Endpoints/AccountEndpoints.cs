using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using OneStop.Core.Accounts;

namespace OneStop.Web.Endpoints;

public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/dang-xuat", async (ClaimsPrincipal principal, SignInManager<AppUser> signIn, UserManager<AppUser> users,
            Microsoft.AspNetCore.Antiforgery.IAntiforgery antiforgery, HttpContext http) =>
        {
            // Only the form of the signed-in page signs out: another site cannot end an officer's session in the middle of a reception.
            if (!await antiforgery.IsRequestValidAsync(http))
                return Results.Problem(title: "Yêu cầu không hợp lệ", detail: "Thiếu mã chống giả mạo: hãy đăng xuất bằng nút Đăng xuất trên trang.",
                    statusCode: StatusCodes.Status400BadRequest);
            // A new security stamp ends this session everywhere: a copy of the cookie is refused from now on.
            if (await users.GetUserAsync(principal) is { } user)
                await users.UpdateSecurityStampAsync(user);
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/dang-nhap");
        });
    }
}
