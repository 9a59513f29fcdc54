using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Core.Accounts;
using OneStop.Tests.TestSupport;

namespace OneStop.Tests.Web;

/// <summary>Errors, demo data, headers and login limits as a centre's server shows them to the LAN.</summary>
public sealed class ProductionHardeningTests
{
    /// <summary>A route that fails inside the app's pipeline, as an unexpected bug would.</summary>
    private sealed class FailingRoute : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext http, RequestDelegate rest) => http.Request.Path == "/thu-loi"
                ? throw new InvalidOperationException("secret internals at C:\\src\\OneStop")
                : rest(http));
        };
    }

    private static HttpRequestMessage Probe(string url, string accept)
    {
        var m = new HttpRequestMessage(HttpMethod.Get, url);
        m.Headers.Add("Accept", accept);
        m.Headers.Add("Authorization", "Bearer secret-token-123");
        m.Headers.Add("Cookie", "secret-cookie=abc123");
        return m;
    }

    private static void AssertNoInternals(string body)
    {
        Assert.DoesNotContain("secret", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs:line", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task AnUnexpectedErrorShowsACorrelationIdAndNeitherTheStackNorTheRequestHeaders(string environment)
    {
        using var factory = new OneStopAppFactory { EnvironmentName = environment };
        using var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IStartupFilter, FailingRoute>()));
        var client = app.CreateClient();

        var api = await client.SendAsync(Probe("/thu-loi", "application/json"));
        Assert.Equal(HttpStatusCode.InternalServerError, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        var json = await api.Content.ReadAsStringAsync();
        AssertNoInternals(json);
        Assert.Matches("Mã lỗi [0-9A-F]{8}", json);

        var page = await client.SendAsync(Probe("/thu-loi", "text/html"));
        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        AssertNoInternals(html);
        Assert.Contains("Đã có lỗi xảy ra", html, StringComparison.Ordinal);
        Assert.Matches("Mã lỗi: <strong>[0-9A-F]{8}</strong>", html);
    }

    [Fact]
    public async Task TheIssuesCalendarProbeGetsNoStackOrHeadersBack()
    {
        using var app = new OneStopAppFactory();
        var r = await app.CreateClient().SendAsync(Probe(
            "/api/v1/calendar/due?receivedAt=9999-12-31T16:00:00%2B07:00&kind=WorkingDays&value=3", "*/*"));
        Assert.True(r.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.InternalServerError, ((int)r.StatusCode).ToString());
        AssertNoInternals(await r.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task WithoutConfigurationProductionSeedsNoDemoAndTheLoginPageListsNoPasswords()
    {
        using var app = new OneStopAppFactory { EnvironmentName = "Production", Demo = null };
        var html = await HttpLogin.Client(app).GetStringAsync("/dang-nhap");
        Assert.DoesNotContain("Dữ liệu mẫu", html, StringComparison.Ordinal);
        Assert.DoesNotContain("@2026", html, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.Redirect, (await HttpLogin.PostLoginAsync(HttpLogin.Client(app), "quantri", "Quantri@2026")).StatusCode);
        Assert.NotEqual(HttpStatusCode.Redirect, (await HttpLogin.PostLoginAsync(HttpLogin.Client(app), "tiepnhan", "Tiepnhan@2026")).StatusCode);
    }

    [Fact]
    public async Task DemoOptedInOutsideDevelopmentNeverHasTheKnownAdminPassword()
    {
        using var app = new OneStopAppFactory { EnvironmentName = "Production", Demo = true };
        var html = await HttpLogin.Client(app).GetStringAsync("/dang-nhap");
        Assert.DoesNotContain("quantri", html, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.Redirect, (await HttpLogin.PostLoginAsync(HttpLogin.Client(app), "quantri", "Quantri@2026")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await HttpLogin.PostLoginAsync(HttpLogin.Client(app), "tiepnhan", "Tiepnhan@2026")).StatusCode);
    }

    [Fact]
    public async Task TheLoginFormAcceptsALimitedNumberOfPostsPerClientPerMinute()
    {
        using var app = new OneStopAppFactory { LoginAttemptsPerMinute = 3 };
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await HttpLogin.PostLoginAsync(HttpLogin.Client(app), "giamsat", "Sai@" + i)).StatusCode);
        var limited = await HttpLogin.PostLoginAsync(HttpLogin.Client(app), "giamsat", "Giamsat@2026");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("thử lại sau", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // Reading the form is never limited.
        Assert.Equal(HttpStatusCode.OK, (await HttpLogin.Client(app).GetAsync("/dang-nhap")).StatusCode);
    }

    private sealed class CountingHasher : IPasswordHasher<AppUser>
    {
        private readonly PasswordHasher<AppUser> inner = new();
        public int Verifications;
        public string HashPassword(AppUser user, string password) => inner.HashPassword(user, password);
        public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref Verifications);
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    [Fact]
    public async Task AnUnknownAccountCostsThePasswordHashingOfAWrongPassword()
    {
        var hasher = new CountingHasher();
        using var factory = new OneStopAppFactory();
        using var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IPasswordHasher<AppUser>>(hasher)));
        _ = app.Server;

        var before = hasher.Verifications;
        await HttpLogin.PostLoginAsync(app.CreateClient(), "giamsat", "Sai@mat-khau");
        var wrongPassword = hasher.Verifications - before;

        before = hasher.Verifications;
        await HttpLogin.PostLoginAsync(app.CreateClient(), "khongtontai", "Sai@mat-khau");
        var unknown = hasher.Verifications - before;

        Assert.Equal(1, wrongPassword);
        Assert.Equal(wrongPassword, unknown);
    }

    [Fact]
    public async Task ResponsesCarryTheSecurityHeadersAndNoServerHeader()
    {
        using var app = new OneStopServerFactory();
        using var http = new HttpClient { BaseAddress = new Uri(app.Address) };
        var r = await http.GetAsync("/dang-nhap");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.False(r.Headers.Contains("Server"));
        Assert.Equal("nosniff", r.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("SAMEORIGIN", r.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("same-origin", r.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("camera=()", r.Headers.GetValues("Permissions-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'self'", r.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }
}
