using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OneStop.Core.Persistence;
using OneStop.Tests.TestSupport;
using Xunit.Abstractions;

namespace OneStop.Tests.Browser;

/// <summary>
/// axe-core (WCAG 2.0/2.1 A and AA) on the pages the counter and the supervisor use, as those roles see them:
/// any serious or critical violation fails the test, listed with the elements it was found on.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityBrowserTests(BrowserFixture browser, ITestOutputHelper output)
{
    private static readonly AxeRunOptions Wcag = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    private async Task<List<string>> CheckAsync(IPage page, string name)
    {
        await page.WaitForSelectorAsync("#app-shell[data-interactive='true']");
        // Let the page's data arrive before it is checked.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var result = await page.RunAxe(Wcag);
        var found = new List<string>();
        foreach (var v in result.Violations)
        {
            var line = $"{name}: [{v.Impact}] {v.Id} ({v.Help}) on " + string.Join(" ; ", v.Nodes.Take(4).Select(n => n.Html));
            output.WriteLine(line);
            if (v.Impact is "serious" or "critical") found.Add(line);
        }
        return found;
    }

    [Fact]
    public async Task The_counter_pages_have_no_serious_or_critical_accessibility_violation()
    {
        var problems = new List<string>();
        var login = await browser.NewPageAsync();
        await login.GotoAsync(browser.BaseUrl + "/dang-nhap");
        await login.WaitForSelectorAsync("#login-submit");
        var r = await login.RunAxe(Wcag);
        problems.AddRange(r.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"login: [{v.Impact}] {v.Id} on {string.Join(" ; ", v.Nodes.Take(4).Select(n => n.Html))}"));

        var page = await browser.SignInAsync("tiepnhan", "Tiepnhan@2026");
        problems.AddRange(await CheckAsync(page, "home"));
        await page.GotoAsync(browser.BaseUrl + "/tiep-nhan");
        await page.WaitForSelectorAsync("#app-shell[data-interactive='true']");
        await page.Keyboard.TypeAsync("sao tu ban chinh");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#rc-deadline");
        problems.AddRange(await CheckAsync(page, "reception"));
        await page.GotoAsync(browser.BaseUrl + "/ho-so");
        problems.AddRange(await CheckAsync(page, "queues"));
        await page.GotoAsync(browser.BaseUrl + "/tra-ket-qua");
        problems.AddRange(await CheckAsync(page, "return desk"));

        var db = await browser.App.Services.GetRequiredService<IDbContextFactory<OneStopDbContext>>().CreateDbContextAsync();
        await using var _ = db;
        var id = await db.Dossiers.AsNoTracking().Where(d => d.Status == Core.Dossiers.DossierStatus.ResultReady).Select(d => d.Id).FirstOrDefaultAsync();
        if (id == 0) id = await db.Dossiers.AsNoTracking().OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
        await page.GotoAsync($"{browser.BaseUrl}/ho-so/{id}");
        await page.WaitForSelectorAsync("#dossier-actions");
        problems.AddRange(await CheckAsync(page, "dossier"));

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task The_supervisor_pages_have_no_serious_or_critical_accessibility_violation()
    {
        var problems = new List<string>();
        var page = await browser.SignInAsync("giamsat", "Giamsat@2026");
        problems.AddRange(await CheckAsync(page, "dashboard"));
        await page.GotoAsync(browser.BaseUrl + "/thong-ke");
        problems.AddRange(await CheckAsync(page, "statistics"));
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
