using Microsoft.Playwright;
using OneStop.Tests.TestSupport;

namespace OneStop.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class BackupBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_admin_backs_up_runs_a_restore_drill_and_sees_the_last_drill_and_a_download_link()
    {
        var page = await browser.SignInAsync("quantri", "Quantri@2026");
        await page.GotoAsync(browser.BaseUrl + "/quan-tri/sao-luu");
        await page.WaitForSelectorAsync("#app-shell[data-interactive='true']");
        await page.WaitForSelectorAsync("#backup-drill-last");

        await page.ClickAsync("#backup-now");
        await page.WaitForSelectorAsync("#backup-list >> text=Đã kiểm tra", new PageWaitForSelectorOptions { Timeout = 60_000 });
        await page.ClickAsync("#backup-drill");
        await page.WaitForSelectorAsync("#backup-drill-last >> text=ĐẠT", new PageWaitForSelectorOptions { Timeout = 60_000 });

        var drill = await page.TextContentAsync("#backup-drill-last") ?? "";
        Assert.Contains("Diễn tập phục hồi gần nhất", drill, StringComparison.Ordinal);
        Assert.DoesNotContain("KHÔNG ĐẠT", drill, StringComparison.Ordinal);
        var link = await page.GetAttributeAsync("#backup-list a:has-text('Tải về')", "href") ?? "";
        Assert.StartsWith("/quan-tri/sao-luu/", link, StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "backup-drill.png"), FullPage = true });

        // The download is the backup as a tar, and it is recorded.
        var response = await page.APIRequest.GetAsync(browser.BaseUrl + link);
        Assert.Equal(200, response.Status);
        Assert.Contains("onestop-saoluu-", response.Headers["content-disposition"], StringComparison.Ordinal);
        var recorded = OneStop.Web.Endpoints.BackupEndpoints.Downloads(browser.App.DataDirectory);
        Assert.Contains(recorded, l => l.Contains("\"user\":\"quantri\"", StringComparison.Ordinal));
    }
}
