using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OneStop.Tests.TestSupport;

namespace OneStop.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed partial class ReceptionBrowserTests(BrowserFixture browser)
{
    [GeneratedRegex(@"^H48\.26\.10-\d{6}-\d{4,}$")]
    private static partial Regex CodeShape();

    [Fact]
    public async Task CounterOfficerReceivesADossierWithTheKeyboardOnlyAndOpensItsReceipt()
    {
        var page = await browser.SignInAsync("tiepnhan", "Tiepnhan@2026");
        // Procedure by name without diacritics; the USB scanner types the CCCD QR line into the name box.
        var code = await browser.ReceiveByKeyboardAsync(page, "chung thuc ban sao tu ban chinh", "Chứng thực bản sao từ bản chính",
            "014190001234||Nguyễn Thị Hồng Nhung|12051990|Nữ|Tổ 5, phường Chiềng Lề, tỉnh Sơn La|01072021", "0912345678",
            async p =>
            {
                await Assertions.Expect(p.Locator("#rc-id")).ToHaveValueAsync("014190001234");
                await p.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "reception-form.png"), FullPage = true });
            });
        Assert.Matches(CodeShape(), code);
        await Assertions.Expect(page.Locator("#dossier-applicant")).ToHaveTextAsync("Nguyễn Thị Hồng Nhung");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "dossier-received.png") });

        var href = await page.GetAttributeAsync("#print-receipt", "href");
        var response = await page.APIRequest.GetAsync(browser.BaseUrl + href);
        Assert.Equal(200, response.Status);
        Assert.Equal("application/pdf", response.Headers["content-type"]);
        var pdf = await response.BodyAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));

        // Scanning the receipt's code into the global box opens the dossier.
        await page.GotoAsync(browser.BaseUrl + "/");
        await page.WaitForSelectorAsync("#app-shell[data-interactive='true']");
        await page.Keyboard.PressAsync("F2");
        await page.Keyboard.TypeAsync(code.ToLowerInvariant());
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#dossier-code")).ToHaveTextAsync(code);
    }
}
