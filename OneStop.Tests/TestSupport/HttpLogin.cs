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
}
