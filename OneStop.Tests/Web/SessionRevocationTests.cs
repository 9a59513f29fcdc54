using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Core.Accounts;
using OneStop.Tests.TestSupport;

namespace OneStop.Tests.Web;

/// <summary>A sign-in cookie stops working the moment its account changes, on every URL that returns personal data.</summary>
public sealed class SessionRevocationTests(SessionRevocationTests.AppFixture app) : IClassFixture<SessionRevocationTests.AppFixture>
{
    public sealed class AppFixture : OneStopAppFactory;

    private static string RegisterQuery()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        return $"?linhVuc=HT&tu={today.AddDays(-365):yyyy-MM-dd}&den={today:yyyy-MM-dd}";
    }

    /// <summary>The dossier page (name, CCCD), the receipt PDF and the register spreadsheet.</summary>
    public static readonly string[] PersonalDataUrls = ["/ho-so/1", "/ho-so/1/giay-tiep-nhan.pdf", "/bao-cao/so-theo-doi.xlsx" + RegisterQuery()];

    private async Task<string> NewCounterOfficerAsync(string password)
    {
        var name = "tn" + Guid.NewGuid().ToString("N")[..8];
        await using var scope = app.Services.CreateAsyncScope();
        var r = await scope.ServiceProvider.GetRequiredService<AccountService>()
            .CreateAsync(new NewUser(name, "Cán bộ thử", null, password, [Roles.CounterOfficer]));
        Assert.True(r.IsSuccess);
        // As if the officer had already chosen this password on "Đổi mật khẩu" (PasswordChangeTests cover that step).
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
        var user = await users.FindByNameAsync(name);
        user!.MustChangePassword = false;
        await users.UpdateAsync(user);
        return name;
    }

    private async Task<string> IdOfAsync(string userName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<AccountService>().ListAsync();
        return rows.Single(u => u.UserName == userName).Id;
    }

    private static async Task AssertAllOpenAsync(HttpClient client)
    {
        foreach (var url in PersonalDataUrls)
            Assert.True((await client.GetAsync(url)).StatusCode == HttpStatusCode.OK, url + " before the change");
    }

    private static async Task AssertAllRefusedAsync(HttpClient client)
    {
        foreach (var url in PersonalDataUrls)
        {
            var r = await client.GetAsync(url);
            Assert.True(r.StatusCode is HttpStatusCode.Unauthorized
                || (r.StatusCode == HttpStatusCode.Redirect && r.Headers.Location!.OriginalString.Contains("/dang-nhap", StringComparison.Ordinal)),
                $"{url}: {(int)r.StatusCode} {r.Headers.Location}");
        }
    }

    [Fact]
    public async Task ADisabledAccountsCookieNoLongerReadsTheDossierTheReceiptOrTheRegister()
    {
        var user = await NewCounterOfficerAsync("Thu@2026xyz");
        var cookie = await HttpLogin.AuthCookieAsync(app, user, "Thu@2026xyz");
        await AssertAllOpenAsync(HttpLogin.WithCookie(app, cookie));

        await using (var scope = app.Services.CreateAsyncScope())
            Assert.True((await scope.ServiceProvider.GetRequiredService<AccountService>().SetDisabledAsync(await IdOfAsync(user), true)).IsSuccess);

        await AssertAllRefusedAsync(HttpLogin.WithCookie(app, cookie));
    }

    [Fact]
    public async Task APasswordResetEndsTheSessionsOpenedWithTheOldPassword()
    {
        var user = await NewCounterOfficerAsync("Thu@2026xyz");
        var cookie = await HttpLogin.AuthCookieAsync(app, user, "Thu@2026xyz");
        await AssertAllOpenAsync(HttpLogin.WithCookie(app, cookie));

        await using (var scope = app.Services.CreateAsyncScope())
            Assert.True((await scope.ServiceProvider.GetRequiredService<AccountService>().ResetPasswordAsync(await IdOfAsync(user), "Moi@2026xy")).IsSuccess);

        await AssertAllRefusedAsync(HttpLogin.WithCookie(app, cookie));
    }

    [Fact]
    public async Task ACookieCopiedBeforeLogoutIsRefusedAfterIt()
    {
        var user = await NewCounterOfficerAsync("Thu@2026xyz");
        var cookie = await HttpLogin.AuthCookieAsync(app, user, "Thu@2026xyz");
        var counter = HttpLogin.WithCookie(app, cookie);
        await AssertAllOpenAsync(counter);

        var logout = await HttpLogin.LogoutAsync(app, cookie);
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);

        await AssertAllRefusedAsync(HttpLogin.WithCookie(app, cookie));
    }

    [Fact]
    public async Task ARoleChangeEndsTheSessionsThatCarriedTheOldRoles()
    {
        var user = await NewCounterOfficerAsync("Thu@2026xyz");
        var cookie = await HttpLogin.AuthCookieAsync(app, user, "Thu@2026xyz");
        await AssertAllOpenAsync(HttpLogin.WithCookie(app, cookie));

        await using (var scope = app.Services.CreateAsyncScope())
            Assert.True((await scope.ServiceProvider.GetRequiredService<AccountService>().SetRolesAsync(await IdOfAsync(user), [Roles.Specialist])).IsSuccess);

        await AssertAllRefusedAsync(HttpLogin.WithCookie(app, cookie));
    }
}
