using Microsoft.Playwright;
using OneStop.Tests.TestSupport;

namespace OneStop.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class LoginBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task CounterOfficerLogsInAndSeesTheCounterHome()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.BaseUrl + "/");
        await page.WaitForURLAsync("**/dang-nhap**");
        Assert.Contains("Đăng nhập", await page.TextContentAsync("h1") ?? "", StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "login.png") });

        await page.FillAsync("#username", "tiepnhan");
        await page.FillAsync("#password", "Tiepnhan@2026");
        await page.PressAsync("#password", "Enter");
        await page.WaitForSelectorAsync("#app-shell[data-interactive='true']");
        await page.WaitForSelectorAsync("#counter-home");

        Assert.Contains("Phường Chiềng Lề", await page.TextContentAsync("#centre-name") ?? "", StringComparison.OrdinalIgnoreCase);
        var user = await page.TextContentAsync("#user-box") ?? "";
        Assert.Contains("Lò Thị Hương", user, StringComparison.Ordinal);
        Assert.Contains("Cán bộ tiếp nhận", user, StringComparison.Ordinal);
        var nav = await page.TextContentAsync("#nav-menu") ?? "";
        Assert.Contains("Tiếp nhận", nav, StringComparison.Ordinal);
        Assert.DoesNotContain("Quản trị", nav, StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "counter-home.png") });
    }

    [Fact]
    public async Task F2PutsTheCursorInTheCodeBoxAndAnUnknownCodeSaysSo()
    {
        var page = await browser.SignInAsync("tiepnhan", "Tiepnhan@2026");
        await page.Keyboard.PressAsync("F2");
        Assert.Equal("global-code", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.TypeAsync("H48.26.10-991231-9999");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("text=Không tìm thấy hồ sơ có mã H48.26.10-991231-9999");
    }
}
