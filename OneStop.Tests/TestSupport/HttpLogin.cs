using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace OneStop.Tests.TestSupport;

/// <summary>Signs in through the real login form (antiforgery token and cookie included).</summary>
public static partial class HttpLogin
{
    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenRegex();

    public static HttpClient Client(OneStopAppFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string user, string password)
    {
        var page = await client.GetStringAsync("/dang-nhap");
        var token = TokenRegex().Match(page).Groups[1].Value;
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["Input.UserName"] = user,
            ["Input.Password"] = password,
        });
        return await client.PostAsync("/dang-nhap", form);
    }

    /// <summary>Signs in and returns the sign-in cookie as a Cookie header value ("OneStop.Auth=…"), as a copy would carry it.</summary>
    public static async Task<string> AuthCookieAsync(OneStopAppFactory factory, string user, string password)
    {
        var r = await PostLoginAsync(Client(factory), user, password);
        if (r.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"login as {user} failed: {(int)r.StatusCode}");
        return string.Join("; ", r.Headers.GetValues("Set-Cookie")
            .Select(c => c.Split(';')[0])
            .Where(c => c.StartsWith("OneStop.Auth", StringComparison.Ordinal)));
    }

    /// <summary>A client that sends exactly this Cookie header and keeps nothing it is sent back.</summary>
    public static HttpClient WithCookie(OneStopAppFactory factory, string cookie)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    public static async Task<HttpClient> SignedInAsync(OneStopAppFactory factory, string user, string password)
    {
        var client = Client(factory);
        var r = await PostLoginAsync(client, user, password);
        if (r.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"login as {user} failed: {(int)r.StatusCode}");
        return client;
    }

    /// <summary>
    /// Signs out as the page's "Đăng xuất" button does: the antiforgery token and cookie from a page of this session,
    /// then the POST with them and the sign-in cookie.
    /// </summary>
    public static async Task<HttpResponseMessage> LogoutAsync(OneStopAppFactory factory, string authCookie)
    {
        var (token, antiforgeryCookie) = await AntiforgeryAsync(factory, authCookie, "/doi-mat-khau");
        using var client = WithCookie(factory, authCookie + "; " + antiforgeryCookie);
        return await client.PostAsync("/dang-xuat", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
    }

    /// <summary>The antiforgery token in a page's form and the antiforgery cookie that goes with it.</summary>
    public static async Task<(string Token, string Cookie)> AntiforgeryAsync(OneStopAppFactory factory, string authCookie, string url)
    {
        using var client = WithCookie(factory, authCookie);
        var page = await client.GetAsync(url);
        var html = await page.Content.ReadAsStringAsync();
        var token = WebUtility.HtmlDecode(TokenRegex().Match(html).Groups[1].Value);
        var cookie = string.Join("; ", page.Headers.TryGetValues("Set-Cookie", out var set) ? set.Select(c => c.Split(';')[0]).Where(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal)) : []);
        if (token.Length == 0) throw new InvalidOperationException($"no antiforgery token on {url}: {(int)page.StatusCode}");
        return (token, cookie);
    }
}
