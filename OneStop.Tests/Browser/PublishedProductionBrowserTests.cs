using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OneStop.Tests.TestSupport;
using OneStop.Web.Hosting;
using Xunit.Abstractions;

namespace OneStop.Tests.Browser;

/// <summary>
/// The build a centre installs: <c>dotnet publish -c Release</c>, started as Production on a new data folder (no demo),
/// the first administrator's password from its file, the forced change, then the interactive MudBlazor app under the
/// script policy with every static asset served.
/// </summary>
public sealed partial class PublishedProductionBrowserTests(ITestOutputHelper output) : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "onestop-published-" + Guid.NewGuid().ToString("N")[..8]);
    private Process? server;

    public void Dispose()
    {
        if (server is { HasExited: false })
        {
            server.Kill(entireProcessTree: true);
            server.WaitForExit(10_000);
        }
        server?.Dispose();
        try { Directory.Delete(root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    [GeneratedRegex("(?:href|src)=\"([^\"]*(?:blazor\\.web|MudBlazor\\.min)[^\"]*)\"")]
    private static partial Regex AssetUrls();

#if DEBUG
    private const string BuiltConfiguration = "Debug";
#else
    private const string BuiltConfiguration = "Release";
#endif

    private static string RepositoryRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "OneStop.sln"))) return d.FullName;
        throw new InvalidOperationException("OneStop.sln not found above " + AppContext.BaseDirectory);
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    private static async Task<(int Code, string Output)> RunAsync(string file, string args, string workingDirectory, TimeSpan timeout)
    {
        var psi = new ProcessStartInfo(file, args) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try { await p.WaitForExitAsync(cts.Token); }
        catch (OperationCanceledException) { p.Kill(entireProcessTree: true); throw new TimeoutException($"{file} {args} took over {timeout}"); }
        return (p.ExitCode, await stdout + await stderr);
    }

    [Fact]
    public async Task ThePublishedBuildRunsAsProductionWithItsAssetsAndTheFirstAdministratorSignsIn()
    {
        var watch = Stopwatch.StartNew();
        var app = Path.Combine(root, "app");
        var data = Path.Combine(root, "data");
        // The publish step of the README on the build the test run already has (CI builds Debug with warnings as
        // errors): the same publish layout, static web assets manifest and Production start, without compiling the
        // solution a second time inside a test (a Release compile took over 10 minutes on the shared 2-core machine).
        // ONESTOP_PUBLISH_CONFIGURATION=Release publishes exactly the README's command instead.
        var configuration = Environment.GetEnvironmentVariable("ONESTOP_PUBLISH_CONFIGURATION") ?? "";
        var publishArgs = configuration.Length > 0
            ? $"publish OneStop.Web/OneStop.Web.csproj -c {configuration} --no-restore -o \"{app}\""
            : $"publish OneStop.Web/OneStop.Web.csproj -c {BuiltConfiguration} --no-build -o \"{app}\"";
        var publish = await RunAsync("dotnet", publishArgs, RepositoryRoot(), TimeSpan.FromMinutes(10));
        Assert.True(publish.Code == 0, publish.Output);
        output.WriteLine($"publish: {watch.Elapsed.TotalSeconds:0.0} s");

        var port = FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        var psi = new ProcessStartInfo("dotnet", $"\"{Path.Combine(app, "OneStop.Web.dll")}\"")
        {
            WorkingDirectory = app, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        psi.Environment["ASPNETCORE_URLS"] = baseUrl;
        psi.Environment["OneStop__DataDirectory"] = data;
        psi.Environment.Remove("OneStop__Demo");
        server = Process.Start(psi)!;
        var log = new System.Text.StringBuilder();
        server.OutputDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        server.ErrorDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(10) };
        string? loginHtml = null;
        for (var until = DateTime.UtcNow.AddSeconds(60); loginHtml is null && DateTime.UtcNow < until;)
        {
            Assert.False(server.HasExited, "the server stopped: " + log);
            try
            {
                var r = await http.GetAsync("/dang-nhap");
                if (r.StatusCode == HttpStatusCode.OK) loginHtml = await r.Content.ReadAsStringAsync();
            }
            catch (HttpRequestException) { }
            if (loginHtml is null) await Task.Delay(200);
        }
        Assert.NotNull(loginHtml);
        output.WriteLine($"server up: {watch.Elapsed.TotalSeconds:0.0} s");

        // Production: no demo data, no demo passwords; the framework and MudBlazor files are served.
        Assert.DoesNotContain("Dữ liệu mẫu", loginHtml, StringComparison.Ordinal);
        var assets = AssetUrls().Matches(loginHtml).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Contains(assets, a => a.Contains("blazor.web", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.Contains("MudBlazor.min", StringComparison.Ordinal) && a.EndsWith(".css", StringComparison.Ordinal));
        foreach (var a in assets)
        {
            var r = await http.GetAsync("/" + a.TrimStart('/'));
            Assert.True(r.StatusCode == HttpStatusCode.OK && (await r.Content.ReadAsByteArrayAsync()).Length > 1000, $"{a}: {(int)r.StatusCode}");
        }

        var (user, password) = FirstAdminPassword.Read(data) ?? throw new InvalidOperationException("no first-admin file: " + log);
        string serverLog;
        lock (log) serverLog = log.ToString();
        Assert.DoesNotContain(password, serverLog, StringComparison.Ordinal);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 800 }, Locale = "vi-VN" });
        page.SetDefaultTimeout(45_000);
        var violations = new List<string>();
        page.Console += (_, m) => { if (m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) lock (violations) violations.Add(m.Text); };

        await page.GotoAsync(baseUrl + "/dang-nhap");
        await page.FillAsync("#username", user);
        await page.FillAsync("#password", password);
        await page.ClickAsync("#login-submit");
        // The first administrator must choose a password before anything else.
        await page.WaitForURLAsync("**/doi-mat-khau");
        await page.FillAsync("#current", password);
        await page.FillAsync("#new", "Trung tâm Chiềng Lề 2026");
        await page.FillAsync("#confirm", "Trung tâm Chiềng Lề 2026");
        await page.ClickAsync("#change-submit");
        await page.WaitForSelectorAsync("#app-shell[data-interactive='true']");
        Assert.False(File.Exists(FirstAdminPassword.PathIn(data)), "the first-admin file is deleted after the change");

        // A MudBlazor page, live: the access log's table loads its rows through the circuit.
        await page.GotoAsync(baseUrl + "/giam-sat/truy-cap");
        await page.WaitForSelectorAsync("#app-shell[data-interactive='true']");
        await page.WaitForSelectorAsync("#access-log .mud-table-pagination");
        var mudCss = await page.EvaluateAsync<bool>("[...document.styleSheets].some(s => (s.href || '').includes('MudBlazor') && s.cssRules.length > 100)");
        Assert.True(mudCss, "MudBlazor's stylesheet is applied");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "published-production.png") });
        lock (violations) Assert.True(violations.Count == 0, string.Join('\n', violations));
        output.WriteLine($"total: {watch.Elapsed.TotalSeconds:0.0} s");
    }
}
