using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OneStop.Core.Accounts;
using OneStop.Tests.TestSupport;
using OneStop.Web.Hosting;

namespace OneStop.Tests.Accounts;

/// <summary>"Đổi mật khẩu" for every account, and the must-change of passwords someone else set.</summary>
public sealed partial class PasswordChangeTests(PasswordChangeTests.AppFixture app) : IClassFixture<PasswordChangeTests.AppFixture>
{
    public sealed class AppFixture : OneStopAppFactory;

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenRegex();

    private static HttpRequestMessage Page(string url)
    {
        var m = new HttpRequestMessage(HttpMethod.Get, url);
        m.Headers.Accept.ParseAdd("text/html");
        return m;
    }

    internal static async Task<HttpResponseMessage> PostChangeAsync(HttpClient client, string current, string next, string confirm)
    {
        var html = await client.GetStringAsync(PasswordChangeGate.Path);
        var token = WebUtility.HtmlDecode(TokenRegex().Match(html).Groups[1].Value);
        return await client.PostAsync(PasswordChangeGate.Path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "change-password",
            ["__RequestVerificationToken"] = token,
            ["Input.Current"] = current,
            ["Input.New"] = next,
            ["Input.Confirm"] = confirm,
        }));
    }

    private async Task<string> NewOfficerAsync(string password)
    {
        var name = "cb" + Guid.NewGuid().ToString("N")[..8];
        await using var scope = app.Services.CreateAsyncScope();
        var r = await scope.ServiceProvider.GetRequiredService<AccountService>()
            .CreateAsync(new NewUser(name, "Cán bộ mới", null, password, [Roles.CounterOfficer]));
        Assert.True(r.IsSuccess, r.Error);
        return name;
    }

    [Fact]
    public async Task AnAccountMadeByTheAdministratorOpensOnlyThePasswordPageUntilItChoosesItsOwn()
    {
        var user = await NewOfficerAsync("Tam@2026thoi");
        var client = await HttpLogin.SignedInAsync(app, user, "Tam@2026thoi");

        var page = await client.SendAsync(Page("/ho-so/1"));
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal(PasswordChangeGate.Path, page.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/ho-so/1/giay-tiep-nhan.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/_blazor/negotiate?negotiateVersion=1")).StatusCode);
        Assert.Contains("do người khác đặt", await client.GetStringAsync(PasswordChangeGate.Path), StringComparison.Ordinal);

        // A common password, a mismatch and a wrong current password are each refused with the reason.
        Assert.Contains(PasswordPolicy.TooCommon, await (await PostChangeAsync(client, "Tam@2026thoi", "matkhau123", "matkhau123")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("không khớp", await (await PostChangeAsync(client, "Tam@2026thoi", "Sông Đà mùa lũ", "Sông Đà mùa lu")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Mật khẩu hiện tại không đúng", await (await PostChangeAsync(client, "Sai@2026thoi", "Sông Đà mùa lũ", "Sông Đà mùa lũ")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var changed = await PostChangeAsync(client, "Tam@2026thoi", "Sông Đà mùa lũ", "Sông Đà mùa lũ");
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Page("/ho-so/1"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/ho-so/1/giay-tiep-nhan.pdf")).StatusCode);

        // The new password signs in; the old one no longer does.
        Assert.Equal(HttpStatusCode.Redirect, (await HttpLogin.PostLoginAsync(HttpLogin.Client(app), user, "Sông Đà mùa lũ")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await HttpLogin.PostLoginAsync(HttpLogin.Client(app), user, "Tam@2026thoi")).StatusCode);
    }

    [Fact]
    public async Task AnAdministratorsResetMakesTheAccountChooseAgain()
    {
        var user = await NewOfficerAsync("Tam@2026thoi");
        var client = await HttpLogin.SignedInAsync(app, user, "Tam@2026thoi");
        Assert.Equal(HttpStatusCode.Redirect, (await PostChangeAsync(client, "Tam@2026thoi", "Hoa ban nở trắng rừng", "Hoa ban nở trắng rừng")).StatusCode);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var id = (await scope.ServiceProvider.GetRequiredService<AccountService>().ListAsync()).Single(u => u.UserName == user).Id;
            Assert.True((await scope.ServiceProvider.GetRequiredService<AccountService>().ResetPasswordAsync(id, "Cap@lai2026x")).IsSuccess);
        }
        var again = await HttpLogin.SignedInAsync(app, user, "Cap@lai2026x");
        var r = await again.SendAsync(Page("/"));
        Assert.Equal(PasswordChangeGate.Path, r.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task EveryAccountCanChangeItsOwnPasswordFromThePage()
    {
        var client = await HttpLogin.SignedInAsync(app, "lanhdao", "Lanhdao@2026");
        var html = await client.GetStringAsync(PasswordChangeGate.Path);
        Assert.Contains("Đổi mật khẩu", html, StringComparison.Ordinal);
        Assert.DoesNotContain("do người khác đặt", html, StringComparison.Ordinal);
        // A demo account is not forced: its pages open at once.
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Page("/ho-so/1"))).StatusCode);
        Assert.Contains(PasswordPolicy.TooShort, await (await PostChangeAsync(client, "Lanhdao@2026", "ngan", "ngan")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

/// <summary>A new installation's first administrator, as a centre's server starts it.</summary>
public sealed class FirstAdminTests
{
    private sealed class CapturingFactory : OneStopAppFactory
    {
        public List<string> Lines { get; } = [];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(l => l.AddProvider(new ListLoggerProvider(Lines)));
        }
    }

    private sealed class ListLoggerProvider(List<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new ListLogger(lines);
        public void Dispose() { }
    }

    private sealed class ListLogger(List<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (lines) lines.Add(formatter(state, exception) + " " + exception);
        }
    }

    [Fact]
    public async Task TheFirstAdministratorsPasswordIsInAPrivateFileNeverInTheLogAndMustBeChanged()
    {
        using var app = new CapturingFactory { EnvironmentName = "Production", Demo = false };
        _ = app.Server;
        var file = FirstAdminPassword.PathIn(app.DataDirectory);
        Assert.True(File.Exists(file));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        var (user, password) = FirstAdminPassword.Read(app.DataDirectory)!.Value;
        Assert.Equal("quantri", user);
        Assert.True(password.Length >= PasswordPolicy.MinimumLength);
        string log;
        lock (app.Lines) log = string.Join('\n', app.Lines);
        Assert.DoesNotContain(password, log, StringComparison.Ordinal);
        Assert.Contains(FirstAdminPassword.FileName, log, StringComparison.Ordinal);

        var client = await HttpLogin.SignedInAsync(app, user, password);
        var home = new HttpRequestMessage(HttpMethod.Get, "/quan-tri");
        home.Headers.Accept.ParseAdd("text/html");
        Assert.Equal(PasswordChangeGate.Path, (await client.SendAsync(home)).Headers.Location!.OriginalString);

        var changed = await PasswordChangeTests.PostChangeAsync(client, password, "Quản trị trung tâm Chiềng Lề", "Quản trị trung tâm Chiềng Lề");
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        // The password in the file no longer works, and the file is gone.
        Assert.False(File.Exists(file));
    }
}
