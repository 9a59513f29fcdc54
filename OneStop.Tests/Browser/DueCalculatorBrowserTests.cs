using Microsoft.Playwright;
using OneStop.Tests.TestSupport;

namespace OneStop.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class DueCalculatorBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task CounterOfficerComputesTheTetExampleWithTheKeyboard()
    {
        var page = await browser.SignInAsync("tiepnhan", "Tiepnhan@2026");
        await page.GotoAsync(browser.BaseUrl + "/tinh-han");
        await page.WaitForSelectorAsync("#app-shell[data-interactive='true']");
        await page.WaitForSelectorAsync("#calc-submit");

        await page.GetByRole(AriaRole.Radio, new() { Name = "Ngày làm việc" }).CheckAsync();
        await page.FillAsync("#calc-value", "3");
        await page.FillAsync("#calc-date", "13/02/2026");
        await page.Keyboard.PressAsync("Tab");
        await page.FillAsync("#calc-time", "16:00");
        await page.PressAsync("#calc-time", "Enter");

        var result = page.Locator("#calc-result");
        await Assertions.Expect(result).ToContainTextAsync("25/02/2026");
        var text = await result.TextContentAsync() ?? "";
        Assert.Contains("16:00 thứ Tư, 25/02/2026", text, StringComparison.Ordinal);
        Assert.Contains("Tết Nguyên đán Bính Ngọ", text, StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "calculator.png"), FullPage = true });
    }
}
