using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OneStop.Core.Dossiers;
using OneStop.Core.Persistence;
using OneStop.Tests.TestSupport;
using Xunit.Abstractions;

namespace OneStop.Tests.Browser;

/// <summary>
/// The counter without the mouse: return by two scans, the fixed action bar (F9, F8), scans read wherever the cursor is.
/// Keys are sent with no delay between them (Playwright's default); the key counts exclude what the scanner types.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CounterKeysBrowserTests(BrowserFixture browser, ITestOutputHelper output)
{
    private sealed record Returnable(long Id, string Code, string IdNumber, string Name, DateOnly Birth);

    /// <summary>A dossier waiting at the counter for its result to be collected, fee settled, collected in person.</summary>
    private async Task<Returnable> ReturnableAsync()
    {
        var services = browser.App.Services;
        var processing = services.GetRequiredService<ProcessingService>();
        var db = await services.GetRequiredService<IDbContextFactory<OneStopDbContext>>().CreateDbContextAsync();
        await using var _ = db;
        var candidates = await db.Dossiers.AsNoTracking()
            .Where(d => d.Status == DossierStatus.ResultReady && d.Delivery == ResultDelivery.AtCounter && d.ApplicantIdNumber != null)
            .OrderBy(d => d.Id)
            .Select(d => new Returnable(d.Id, d.Code, d.ApplicantIdNumber!, d.ApplicantName, d.ApplicantBirthDate ?? new DateOnly(1980, 1, 1)))
            .ToListAsync();
        foreach (var c in candidates)
        {
            if (!await processing.IsFeeUnpaidAsync(c.Id)) return c;
        }
        throw new InvalidOperationException($"The demo data has no dossier to return ({candidates.Count} waiting, all with a fee due).");
    }

    private static string CccdOf(Returnable r) =>
        $"{r.IdNumber}||{r.Name}|{r.Birth:ddMMyyyy}|Nam|Bản Giảng, phường Chiềng Lề, tỉnh Sơn La|01072021";

    private async Task<IPage> CounterAsync(TimeSpan? addedOneWay = null)
    {
        var page = await browser.NewPageAsync();
        if (addedOneWay is { } d) await KeyFlowBrowserTests.SlowCircuitAsync(page, d);
        await page.GotoAsync(browser.BaseUrl + "/dang-nhap");
        await page.FillAsync("#username", "tiepnhan");
        await page.FillAsync("#password", "Tiepnhan@2026");
        await page.ClickAsync("#login-submit");
        await page.WaitForSelectorAsync("#app-shell[data-interactive='true']");
        return page;
    }

    [Fact]
    public async Task A_result_is_returned_by_two_scans_and_two_keys() => await ReturnByTwoScansAsync(null);

    [Fact]
    public async Task A_result_is_returned_by_two_scans_over_a_circuit_100_ms_slower() => await ReturnByTwoScansAsync(TimeSpan.FromMilliseconds(50));

    /// <summary>F2, the receipt's code scanned, the collector's CCCD scanned, Enter: returned, with the CCCD's number.</summary>
    private async Task ReturnByTwoScansAsync(TimeSpan? addedOneWay)
    {
        var r = await ReturnableAsync();
        var page = await CounterAsync(addedOneWay);
        var keys = 0;
        var clock = Stopwatch.StartNew();
        keys++; await page.Keyboard.PressAsync("F2");
        await page.Keyboard.TypeAsync(r.Code); // the scanner, with its Enter
        await page.Keyboard.PressAsync("Enter");
        // The officer sees the dossier open with the cursor in the collector's box, then scans the card.
        await BrowserFixture.FocusedAsync(page, "rt-id");
        await page.Keyboard.TypeAsync(CccdOf(r));
        await page.Keyboard.PressAsync("Enter");
        keys++; await page.Keyboard.PressAsync("Enter"); // returns, pressed at once after the scanner's Enter
        await page.WaitForSelectorAsync("#dossier-status:has-text('Đã trả kết quả')");
        clock.Stop();
        output.WriteLine($"return walk: {keys} keys besides two scans, {clock.ElapsedMilliseconds} ms, added one-way delay {addedOneWay?.TotalMilliseconds ?? 0} ms");
        Assert.True(keys <= 4);

        var db = await browser.App.Services.GetRequiredService<IDbContextFactory<OneStopDbContext>>().CreateDbContextAsync();
        await using var _ = db;
        var d = await db.Dossiers.AsNoTracking().SingleAsync(x => x.Id == r.Id);
        Assert.Equal(DossierStatus.Returned, d.Status);
        Assert.Equal(r.Name, d.CollectorName);
    }

    [Fact]
    public async Task A_scanned_card_of_someone_else_is_refused_by_Core_and_the_box_keeps_only_the_digits()
    {
        var r = await ReturnableAsync();
        var page = await CounterAsync();
        await page.GotoAsync($"{browser.BaseUrl}/ho-so/{r.Id}");
        await BrowserFixture.FocusedAsync(page, "rt-id");
        var stranger = r with { IdNumber = r.IdNumber == "001190000001" ? "001190000002" : "001190000001" };
        await page.Keyboard.TypeAsync(CccdOf(stranger));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#rt-id")).ToHaveValueAsync(stranger.IdNumber);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#action-error")).ToContainTextAsync("không khớp");
        await Assertions.Expect(page.Locator("#dossier-status")).ToHaveTextAsync("Chờ trả kết quả");
    }

    [Fact]
    public async Task The_action_bar_stays_on_screen_and_F9_saves_the_reception()
    {
        var page = await CounterAsync();
        await page.GotoAsync(browser.BaseUrl + "/tiep-nhan");
        await page.WaitForSelectorAsync("#app-shell[data-interactive='true']");
        await BrowserFixture.FocusedAsync(page, "rc-procedure");
        var keys = 0;
        var clock = Stopwatch.StartNew();
        async Task Type(string s) { keys += s.Length; await page.Keyboard.TypeAsync(s); }
        async Task Press(string k) { keys++; await page.Keyboard.PressAsync(k); }
        await Type("sao tu ban chinh");
        await Press("Enter");
        await page.Keyboard.TypeAsync("079190001101||Cầm Thị Hoa|15081985|Nữ|Bản Giảng, phường Chiềng Lề, tỉnh Sơn La|01072021");
        await page.Keyboard.PressAsync("Enter");
        await Type("0912345101");
        await Press("F9");
        await page.WaitForSelectorAsync("#received-banner");
        clock.Stop();
        output.WriteLine($"reception walk with F9: {keys} keys besides the scan, {clock.ElapsedMilliseconds} ms");

        var db = await browser.App.Services.GetRequiredService<IDbContextFactory<OneStopDbContext>>().CreateDbContextAsync();
        await using var _ = db;
        var d = await db.Dossiers.AsNoTracking().SingleAsync(x => x.ApplicantIdNumber == "079190001101");
        Assert.Equal("0912345101", d.ApplicantPhone);
        Assert.StartsWith("Chứng thực bản sao từ bản chính", d.ProcedureName, StringComparison.Ordinal);

        // On the dossier page the bar holds the print button, inside the 1366×800 window, and no snackbar covers it or the receipt.
        var bar = (await page.Locator("#action-bar").BoundingBoxAsync())!;
        Assert.True(bar.Y + bar.Height <= 800.5 && bar.Y > 600, $"bar at {bar.Y}");
        var printButton = (await page.Locator("#print-now").BoundingBoxAsync())!;
        var frame = (await page.Locator("#receipt-frame").BoundingBoxAsync())!;
        foreach (var snack in await page.Locator(".mud-snackbar").AllAsync())
        {
            var s = (await snack.BoundingBoxAsync())!;
            Assert.False(Overlap(s, printButton), "the snackbar covers the print button");
            Assert.False(Overlap(s, frame), "the snackbar covers the receipt preview");
        }
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "dossier-new-action-bar.png") });

        // F8 prints the receipt from the keyboard (the print dialog, or the default printer with --kiosk-printing) and records it.
        var printed = page.Locator("#dossier-timeline").GetByText("In giấy tờ");
        await Assertions.Expect(printed).ToHaveCountAsync(1);
        await page.Locator("body").FocusAsync();
        await page.Keyboard.PressAsync("F8");
        await Assertions.Expect(printed).ToHaveCountAsync(2);
        Assert.EndsWith("/giay-tiep-nhan.pdf", await page.EvaluateAsync<string>("() => window.oneStop.lastPrint"), StringComparison.Ordinal);
    }

    private static bool Overlap(LocatorBoundingBoxResult a, LocatorBoundingBoxResult b) =>
        a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height;

    [Fact]
    public async Task The_save_button_is_visible_at_1366x768_once_a_procedure_is_chosen()
    {
        var page = await CounterAsync();
        await page.SetViewportSizeAsync(1366, 768);
        await page.GotoAsync(browser.BaseUrl + "/tiep-nhan");
        await page.WaitForSelectorAsync("#app-shell[data-interactive='true']");
        await BrowserFixture.FocusedAsync(page, "rc-procedure");
        await page.Keyboard.TypeAsync("sao tu ban chinh");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#rc-deadline");
        var save = (await page.Locator("#rc-save").BoundingBoxAsync())!;
        Assert.True(save.Y >= 0 && save.Y + save.Height <= 768, $"save button at y={save.Y}");
        await Assertions.Expect(page.Locator("#action-bar-keys")).ToContainTextAsync("F9");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "reception-action-bar.png") });
    }

    [Theory]
    [InlineData("rc-phone")]
    [InlineData("rc-procedure")]
    [InlineData("rc-email")]
    public async Task A_CCCD_scanned_into_any_box_of_the_reception_fills_the_applicant(string box)
    {
        var page = await CounterAsync();
        await page.GotoAsync(browser.BaseUrl + "/tiep-nhan");
        await page.WaitForSelectorAsync("#app-shell[data-interactive='true']");
        await BrowserFixture.FocusedAsync(page, "rc-procedure");
        if (box != "rc-procedure")
        {
            await page.Keyboard.TypeAsync("sao tu ban chinh");
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForSelectorAsync("#rc-deadline");
            await page.FocusAsync("#" + box);
        }
        await page.Keyboard.TypeAsync("038190000901||Quàng Văn Minh|02021990|Nam|Bản Hẹo, phường Chiềng Lề, tỉnh Sơn La|01072021");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#rc-id")).ToHaveValueAsync("038190000901");
        await Assertions.Expect(page.Locator("#rc-name")).ToHaveValueAsync("Quàng Văn Minh");
        await Assertions.Expect(page.Locator("#" + box)).Not.ToHaveValueAsync(new System.Text.RegularExpressions.Regex("\\|"));
    }

    [Fact]
    public async Task Typing_with_a_bar_in_a_box_is_not_taken_for_a_scan()
    {
        var page = await CounterAsync();
        await page.GotoAsync(browser.BaseUrl + "/tiep-nhan");
        await page.WaitForSelectorAsync("#app-shell[data-interactive='true']");
        await page.Keyboard.TypeAsync("sao tu ban chinh");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#rc-deadline");
        await page.FocusAsync("#rc-email");
        await page.Keyboard.TypeAsync("a|b@x.vn");
        await page.Keyboard.PressAsync("Enter");
        await BrowserFixture.FocusedAsync(page, "rc-address");
        await Assertions.Expect(page.Locator("#rc-email")).ToHaveValueAsync("a|b@x.vn");
        Assert.Equal(0, await page.Locator("#rc-scan-hint").CountAsync());
        Assert.False(await page.EvaluateAsync<bool>("() => window.oneStop.cccdShape('038190000901|x|y')"));
        Assert.True(await page.EvaluateAsync<bool>("() => window.oneStop.cccdShape('038190000901||Quàng Văn Minh|02021990|Nam|Bản Hẹo|01072021')"));
    }

    [Fact]
    public async Task A_receipt_code_scanned_outside_any_box_opens_the_dossier()
    {
        var r = await ReturnableAsync();
        var page = await CounterAsync();
        await page.GotoAsync(browser.BaseUrl + "/ho-so");
        await page.WaitForSelectorAsync("#app-shell[data-interactive='true']");
        await page.EvaluateAsync("() => document.activeElement && document.activeElement.blur()");
        await page.Keyboard.TypeAsync(r.Code);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#dossier-code")).ToHaveTextAsync(r.Code);
    }

    [Fact]
    public async Task A_CCCD_scanned_at_the_return_desk_finds_the_citizens_result()
    {
        var r = await ReturnableAsync();
        var page = await CounterAsync();
        await page.GotoAsync(browser.BaseUrl + "/tra-ket-qua");
        await page.WaitForSelectorAsync("#app-shell[data-interactive='true']");
        await BrowserFixture.FocusedAsync(page, "return-scan");
        await page.Keyboard.TypeAsync(CccdOf(r));
        await page.Keyboard.PressAsync("Enter");
        // One result waiting opens the dossier; several are listed with a hint naming the citizen; never "not found".
        await page.WaitForFunctionAsync(
            "() => location.pathname.startsWith('/ho-so/') || (document.getElementById('return-hint')?.textContent ?? '').includes('chờ trả kết quả:')");
        if (page.Url.Contains("/ho-so/", StringComparison.Ordinal)) await Assertions.Expect(page.Locator("#dossier-code")).ToHaveTextAsync(r.Code);
        else await Assertions.Expect(page.Locator("#return-hint")).ToContainTextAsync(r.Name);
        await Assertions.Expect(page.GetByText(r.Code, new() { Exact = true }).First).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("#return-scan[value*='|']").CountAsync());
    }
}
