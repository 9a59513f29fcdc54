using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using OneStop.Tests.TestSupport;
using OneStop.Web.Hosting;

namespace OneStop.Tests.Web;

public sealed class HttpsConfigurationTests
{
    [Theory]
    [InlineData(null, null, false)]                                    // the trial: plain HTTP
    [InlineData("http://0.0.0.0:5080", null, false)]                  // counters on the LAN without a certificate
    [InlineData("http://0.0.0.0:5080;https://0.0.0.0:5443", null, true)] // --urls with an https address
    [InlineData(null, "https://0.0.0.0:443", true)]                    // a Kestrel endpoint with the centre's certificate
    public void HttpsIsOnWhenAnHttpsAddressIsConfigured(string? urls, string? kestrelHttps, bool expected)
    {
        var values = new Dictionary<string, string?>();
        if (urls is not null) values["urls"] = urls;
        if (kestrelHttps is not null) values["Kestrel:Endpoints:Https:Url"] = kestrelHttps;
        var config = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        Assert.Equal(expected, SecurityPipeline.ListensOnHttps(config));
    }

    private sealed class HttpsConfiguredApp : OneStopAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Kestrel:Endpoints:Https:Url", "https://127.0.0.1:0");
        }
    }

    [Fact]
    public async Task WithHttpsConfiguredTheSignInCookieIsSecure()
    {
        using var app = new HttpsConfiguredApp();
        var r = await HttpLogin.PostLoginAsync(HttpLogin.Client(app), "giamsat", "Giamsat@2026");
        var auth = r.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("OneStop.Auth=", StringComparison.Ordinal));
        Assert.Contains("secure", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", auth, StringComparison.OrdinalIgnoreCase);
    }
}
