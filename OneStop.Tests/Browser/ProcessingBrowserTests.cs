using Microsoft.Playwright;
using OneStop.Tests.TestSupport;

namespace OneStop.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ProcessingBrowserTests(BrowserFixture browser)
{
    private static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, name), FullPage = true });

    /// <summary>The hand-over panel's step select: pick the option whose text contains <paramref name="stepName"/>.</summary>
    private static async Task HandOverToAsync(IPage page, string? stepName)
    {
        await page.ClickAsync("#act-handover");
        await page.WaitForSelectorAsync("#handover-panel");
        if (stepName is not null)
        {
            await page.Locator("#handover-panel .mud-select").First.ClickAsync();
            await page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasTextString = stepName }).ClickAsync();
            await page.WaitForSelectorAsync(".mud-popover-open .mud-list-item", new PageWaitForSelectorOptions { State = WaitForSelectorState.Detached });
        }
    }

    /// <summary>Opens a dossier as a scanner would: F2, the code, Enter.</summary>
    private async Task ScanAsync(IPage page, string code)
    {
        await page.GotoAsync(browser.BaseUrl + "/");
        await page.WaitForSelectorAsync("#app-shell[data-interactive='true']");
        await page.Keyboard.PressAsync("F2");
        await page.Keyboard.TypeAsync(code);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync($"#dossier-code:has-text('{code}')");
        await page.WaitForSelectorAsync("#dossier-actions");
    }

    [Fact]
    public async Task DossierGoesFromTheCounterThroughSpecialistAndLeaderBackToTheCitizen()
    {
        // Counter: receive with the keyboard (as in ReceptionBrowserTests).
        var counter = await browser.SignInAsync("tiepnhan", "Tiepnhan@2026");
        var code = await browser.ReceiveByKeyboardAsync(counter, "chung thuc ban sao tu ban chinh", "Chứng thực bản sao từ bản chính",
            "038185000001||Lê Thị Thu Trang|01011985|Nữ|Bản Mòng, phường Chiềng Lề, tỉnh Sơn La|01072021", "0987654321");

        // Counter hands over to the specialists (step 2 is the default next step).
        await HandOverToAsync(counter, null);
        await Assertions.Expect(counter.Locator("#handover-panel .mud-select").First).ToContainTextAsync("Thẩm định");
        await ShotAsync(counter, "processing-1-handover-panel.png");
        await counter.ClickAsync("#ho-confirm");
        await counter.WaitForSelectorAsync("#dossier-forms:has-text('chờ nhận bàn giao')");
        await Assertions.Expect(counter.Locator("#dossier-status")).ToHaveTextAsync("Đang xử lý");

        // Specialist: finds it in "Chờ nhận bàn giao", accepts, hands over to the leader's step "Phê duyệt".
        var specialist = await browser.SignInAsync("chuyenvien", "Chuyenvien@2026");
        await specialist.GotoAsync(browser.BaseUrl + "/ho-so");
        await specialist.WaitForSelectorAsync("#app-shell[data-interactive='true']");
        await specialist.Locator("#queue-tabs .mud-tab", new PageLocatorOptions { HasTextString = "Chờ nhận bàn giao" }).ClickAsync();
        var link = specialist.Locator("#queue-table a", new PageLocatorOptions { HasTextString = code });
        await link.WaitForAsync();
        await ShotAsync(specialist, "processing-2-queue-awaiting-handover.png");
        await link.ClickAsync();
        await specialist.WaitForSelectorAsync("#act-accept");
        await specialist.ClickAsync("#act-accept");
        await specialist.WaitForSelectorAsync("#act-handover");
        await HandOverToAsync(specialist, "Phê duyệt");
        await specialist.ClickAsync("#ho-confirm");
        await specialist.WaitForSelectorAsync("#dossier-forms:has-text('Phê duyệt')");
        Assert.Equal(0, await specialist.Locator("#action-error").CountAsync());

        // Leader: accepts and marks the result ready.
        var leader = await browser.SignInAsync("lanhdao", "Lanhdao@2026");
        await ScanAsync(leader, code);
        await leader.ClickAsync("#act-accept");
        await leader.WaitForSelectorAsync("#act-ready");
        await leader.ClickAsync("#act-ready");
        await leader.WaitForSelectorAsync("#dossier-status:has-text('Chờ trả kết quả')");
        await ShotAsync(leader, "processing-3-result-ready.png");

        // Counter: the receipt's code is scanned, the applicant shows the CCCD, the result goes out.
        await ScanAsync(counter, code);
        if (await counter.Locator("#record-payment").CountAsync() > 0)
        {
            // The fee is collected (cash) before the result leaves the counter.
            await counter.ClickAsync("#record-payment");
            await Assertions.Expect(counter.Locator("#fee-status")).ToHaveTextAsync("Đã nộp phí");
        }
        // The return panel opens by itself on a dossier the counter may return (return by two scans).
        await counter.WaitForSelectorAsync("#rt-id");
        await counter.FocusAsync("#rt-id");
        await counter.Keyboard.TypeAsync("038185000001");
        await counter.ClickAsync("#rt-confirm");
        await counter.WaitForSelectorAsync("#dossier-status:has-text('Đã trả kết quả')");
        await Assertions.Expect(counter.Locator("#dossier-outcome")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^\\s*(Trước hạn|Đúng hạn|Quá hạn)\\s*$"));
        Assert.Equal(0, await counter.Locator("#act-return").CountAsync());
        await counter.WaitForSelectorAsync("#no-actions");
        await ShotAsync(counter, "processing-4-returned.png");
    }
}
