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

        // "Tiếp nhận và in" recorded one print; the preview frame and a reload of the PDF record nothing; the button records one more.
        var printed = page.Locator("#dossier-timeline").GetByText("In giấy tờ");
        await Assertions.Expect(printed).ToHaveCountAsync(1);
        await page.APIRequest.GetAsync(browser.BaseUrl + href);
        var popup = await page.RunAndWaitForPopupAsync(() => page.ClickAsync("#print-receipt"));
        await popup.CloseAsync();
        await Assertions.Expect(printed).ToHaveCountAsync(2);
        await page.ReloadAsync();
        await page.WaitForSelectorAsync("#app-shell[data-interactive='true']");
        await Assertions.Expect(printed).ToHaveCountAsync(2);

        // Scanning the receipt's code into the global box opens the dossier.
        await page.GotoAsync(browser.BaseUrl + "/");
        await page.WaitForSelectorAsync("#app-shell[data-interactive='true']");
        await page.Keyboard.PressAsync("F2");
        await page.Keyboard.TypeAsync(code.ToLowerInvariant());
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#dossier-code")).ToHaveTextAsync(code);
    }

    [Fact]
    public async Task EnterReadsTheWholeScanEvenBeforeTheServerHasSeenTheLastKeystrokes()
    {
        // A USB scanner types faster than a busy circuit handles input events, so Enter can arrive first, and a render for
        // an earlier keystroke can rewrite the box with a shorter text right after Enter. Reproduced exactly: the box gets
        // its text without any input event, and Enter is followed at once by such a rewrite.
        const string SetSilently = """
            ([id, v]) => {
                const el = document.getElementById(id);
                el.value = v;
                el.addEventListener('keydown', e => { if (e.key === 'Enter') el.value = v.slice(0, 5); }, { once: true });
            }
            """;
        var page = await browser.SignInAsync("tiepnhan", "Tiepnhan@2026");
        await page.GotoAsync(browser.BaseUrl + "/tiep-nhan");
        await page.WaitForSelectorAsync("#app-shell[data-interactive='true']");
        await page.FocusAsync("#rc-procedure");
        await page.Keyboard.TypeAsync("khai sinh");
        await page.WaitForFunctionAsync("() => { const i = document.querySelector('.mud-popover-open .mud-list-item'); return i && i.textContent.includes('khai sinh'); }");
        await page.Keyboard.PressAsync("Enter");
        await BrowserFixture.FocusedAsync(page, "rc-name");
        await page.Keyboard.TypeAsync("0"); // the first keystroke reached the server, the rest has not
        await page.EvaluateAsync(SetSilently, new[] { "rc-name", "038190000777||Hà Văn Sơn|02021990|Nam|Bản Hẹo, phường Chiềng Lề, tỉnh Sơn La|01072021" });
        await page.Keyboard.PressAsync("Enter");

        await BrowserFixture.FocusedAsync(page, "rc-phone");
        await Assertions.Expect(page.Locator("#rc-id")).ToHaveValueAsync("038190000777");
        await Assertions.Expect(page.Locator("#rc-name")).ToHaveValueAsync("Hà Văn Sơn");

        // The same in the global box: a code the server has not seen typed yet still opens the dossier.
        var code = await browser.ReceiveByKeyboardAsync(page, "chung thuc ban sao tu ban chinh", "Chứng thực bản sao từ bản chính",
            "038190000778||Hà Thị Lả|03031991|Nữ|Bản Hẹo, phường Chiềng Lề, tỉnh Sơn La|01072021", "0912000778");
        await page.GotoAsync(browser.BaseUrl + "/");
        await page.WaitForSelectorAsync("#app-shell[data-interactive='true']");
        await page.Keyboard.PressAsync("F2");
        await page.Keyboard.TypeAsync(code[..3]);
        await page.EvaluateAsync(SetSilently, new[] { "global-code", code });
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#dossier-code")).ToHaveTextAsync(code);
    }
}
