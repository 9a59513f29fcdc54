using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OneStop.Tests.TestSupport;

namespace OneStop.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class SupervisionBrowserTests(BrowserFixture browser)
{
    private static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, name), FullPage = true });

    [Fact]
    public async Task The_citizen_rates_at_the_counter_and_the_supervisor_sees_it_per_officer()
    {
        // Counter: a result waiting at the counter; the citizen presses "Rất hài lòng" on the counter's screen.
        var counter = await browser.SignInAsync("tiepnhan", "Tiepnhan@2026");
        await counter.GotoAsync(browser.BaseUrl + "/ho-so?hang=AwaitingReturn");
        await counter.WaitForSelectorAsync("#app-shell[data-interactive='true']");
        var link = counter.Locator("#queue-table a").First;
        await link.WaitForAsync();
        await link.ClickAsync();
        await counter.WaitForSelectorAsync("#rating-panel");
        await counter.ClickAsync("#rate-verysatisfied");
        await Assertions.Expect(counter.Locator("#rating-current")).ToContainTextAsync("Rất hài lòng");
        await ShotAsync(counter, "supervision-1-rating.png");

        // Supervisor: the officer performance page counts it under the counter officer.
        var supervisor = await browser.SignInAsync("giamsat", "Giamsat@2026");
        await supervisor.GotoAsync(browser.BaseUrl + "/giam-sat/can-bo");
        await supervisor.WaitForSelectorAsync("#app-shell[data-interactive='true']");
        var row = supervisor.Locator("#perf-table tbody tr").Filter(new LocatorFilterOptions { HasNotText = "Không có số liệu" })
            .Filter(new LocatorFilterOptions { Has = supervisor.Locator("td:nth-child(10)", new PageLocatorOptions { HasTextRegex = new Regex("^[1-9]") }) });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await ShotAsync(supervisor, "supervision-2-officers.png");

        // The 766 panel: a number opens the dossiers behind it; publicity says why there is no figure.
        await supervisor.GotoAsync(browser.BaseUrl + "/giam-sat/chi-so-766");
        await supervisor.WaitForSelectorAsync("#app-shell[data-interactive='true']");
        await Assertions.Expect(supervisor.Locator("#ind-cong-khai")).ToContainTextAsync("Chưa tính được");
        await supervisor.ClickAsync("#ind-tien-do-den");
        await Assertions.Expect(supervisor.Locator("#ind-dossiers")).ToContainTextAsync("mẫu số");
        await ShotAsync(supervisor, "supervision-3-indicators.png");

        await supervisor.GotoAsync(browser.BaseUrl + "/");
        await supervisor.WaitForSelectorAsync("#dash-chart-daily svg");
        await ShotAsync(supervisor, "supervision-4-dashboard.png");
        await supervisor.ClickAsync("#dash-received-direct");
        await Assertions.Expect(supervisor.Locator("#dash-list-title")).ToContainTextAsync("tiếp nhận hôm nay");
    }
}
