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
        await page.GotoAsync(browser.BaseUrl + "/tiep-nhan");
        await page.WaitForSelectorAsync("#app-shell[data-interactive='true']");
        await page.FocusAsync("#rc-procedure");

        // Procedure by name without diacritics, picked from the list with the keyboard.
        await page.Keyboard.TypeAsync("chung thuc ban sao tu ban chinh");
        await page.WaitForSelectorAsync(".mud-popover-open .mud-list-item");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#rc-deadline");
        await page.WaitForFunctionAsync("document.activeElement && document.activeElement.id === 'rc-name'");

        // The USB scanner types the CCCD QR line into the name box and presses Enter.
        await page.Keyboard.TypeAsync("014190001234||Nguyễn Thị Hồng Nhung|12051990|Nữ|Tổ 5, phường Chiềng Lề, tỉnh Sơn La|01072021");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#rc-scan-hint");
        await page.WaitForFunctionAsync("document.activeElement && document.activeElement.id === 'rc-phone'");
        Assert.Equal("014190001234", await page.InputValueAsync("#rc-id"));

        await page.Keyboard.TypeAsync("0912345678");
        await page.Keyboard.PressAsync("Enter");   // → email
        await page.WaitForFunctionAsync("document.activeElement && document.activeElement.id === 'rc-email'");
        await page.Keyboard.PressAsync("Enter");   // → address (filled from the card)
        await page.WaitForFunctionAsync("document.activeElement && document.activeElement.id === 'rc-address'");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "reception-form.png"), FullPage = true });
        await page.Keyboard.PressAsync("Enter");   // save

        await page.WaitForSelectorAsync("#received-banner");
        var code = (await page.TextContentAsync("#dossier-code"))!.Trim();
        Assert.Matches(CodeShape(), code);
        Assert.Equal("Nguyễn Thị Hồng Nhung", (await page.TextContentAsync("#dossier-applicant"))!.Trim());
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
        await page.WaitForSelectorAsync("#dossier-code");
        Assert.Equal(code, (await page.TextContentAsync("#dossier-code"))!.Trim());
    }
}
