using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OneStop.Core.Catalog;
using OneStop.Core.Persistence;
using OneStop.Tests.TestSupport;

namespace OneStop.Tests.Browser;

/// <summary>
/// The counter's key flow at full typing speed: keys sent with no delay at all (Playwright's default) must give what the
/// same keys typed slowly give, also when every round trip to the server takes 100 ms longer.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyFlowBrowserTests(BrowserFixture browser)
{
    private const string OpenListItem = ".mud-popover-open .mud-list-item";

    private async Task<IPage> ReceptionAsync(TimeSpan? addedOneWay = null)
    {
        var page = await browser.NewPageAsync();
        if (addedOneWay is { } d) await SlowCircuitAsync(page, d);
        await page.GotoAsync(browser.BaseUrl + "/dang-nhap");
        await page.FillAsync("#username", "tiepnhan");
        await page.FillAsync("#password", "Tiepnhan@2026");
        await page.ClickAsync("#login-submit");
        await page.WaitForSelectorAsync("#app-shell[data-interactive='true']");
        await page.GotoAsync(browser.BaseUrl + "/tiep-nhan");
        await page.WaitForSelectorAsync("#app-shell[data-interactive='true']");
        await BrowserFixture.FocusedAsync(page, "rc-procedure");
        return page;
    }

    /// <summary>Delays every WebSocket frame (the SignalR circuit) by <paramref name="oneWay"/> in each direction, in order.</summary>
    internal static Task SlowCircuitAsync(IPage page, TimeSpan oneWay) =>
        page.RouteWebSocketAsync(_ => true, ws =>
        {
            var server = ws.ConnectToServer();
            Forward(oneWay, ws.OnMessage, f => { if (f.Binary is { } b) server.Send(b); else server.Send(f.Text ?? ""); });
            Forward(oneWay, server.OnMessage, f => { if (f.Binary is { } b) ws.Send(b); else ws.Send(f.Text ?? ""); });
        });

    private static void Forward(TimeSpan delay, Action<Action<IWebSocketFrame>> subscribe, Action<IWebSocketFrame> send)
    {
        var queue = Channel.CreateUnbounded<(DateTime Due, IWebSocketFrame Frame)>();
        subscribe(f => queue.Writer.TryWrite((DateTime.UtcNow + delay, f)));
        _ = Task.Run(async () =>
        {
            await foreach (var (due, frame) in queue.Reader.ReadAllAsync())
            {
                var wait = due - DateTime.UtcNow;
                if (wait > TimeSpan.Zero) await Task.Delay(wait);
                send(frame);
            }
        });
    }

    [Fact]
    public async Task TheProcedureListOpensWhenTheOfficerTypesNotOnPageLoad()
    {
        var page = await ReceptionAsync();
        // A round trip through the circuit after the page is up: the list would have opened by now.
        await page.Keyboard.PressAsync("Tab");
        await BrowserFixture.FocusedAsync(page, "rc-scan");
        await Assertions.Expect(page.Locator(OpenListItem)).ToHaveCountAsync(0);
        // Tab on the empty picker picked nothing.
        await Assertions.Expect(page.Locator("#rc-deadline")).ToHaveCountAsync(0);

        await page.FocusAsync("#rc-procedure");
        await page.Keyboard.TypeAsync("khai");
        await Assertions.Expect(page.Locator(OpenListItem).First).ToContainTextAsync("khai", new() { IgnoreCase = true });
    }

    [Fact]
    public async Task TabOnAnUnmatchedPickerPicksNothing()
    {
        var page = await ReceptionAsync();
        await page.Keyboard.TypeAsync("zzqxw");
        await page.Keyboard.PressAsync("Tab");
        await BrowserFixture.FocusedAsync(page, "rc-scan");
        await page.FocusAsync("#rc-name");
        await page.Keyboard.TypeAsync("a");
        await page.Keyboard.PressAsync("Enter");
        await BrowserFixture.FocusedAsync(page, "rc-id");
        await Assertions.Expect(page.Locator("#rc-deadline")).ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData("so goc", "Cấp bản sao từ sổ gốc")]
    [InlineData("khai tu", "Đăng ký khai tử")]
    public async Task EnterTypedAtOnceInThePickerTakesTheFirstMatchOfTheTextInTheBox(string typed, string expected)
    {
        var page = await ReceptionAsync();
        // An older list is showing: the officer first looked for another procedure.
        await page.Keyboard.TypeAsync("chung thuc");
        await page.WaitForSelectorAsync(OpenListItem);
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync(typed);
        await page.Keyboard.PressAsync("Enter");

        await BrowserFixture.FocusedAsync(page, "rc-name");
        await Assertions.Expect(page.Locator("#rc-procedure")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(expected));
        await Assertions.Expect(page.Locator("#rc-deadline")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task TheWholeReceptionTypedWithNoDelaySavesTheDossierAsTyped() => await ReceiveAtFullSpeedAsync(null, "079190001001");

    [Fact]
    public async Task TheWholeReceptionTypedWithNoDelayOverASlowCircuitSavesTheSameDossier() =>
        await ReceiveAtFullSpeedAsync(TimeSpan.FromMilliseconds(50), "079190001002");

    /// <summary>The reception walk: procedure query, Enter, CCCD scan + Enter, phone, Enter, Enter, Enter (saves).</summary>
    private async Task ReceiveAtFullSpeedAsync(TimeSpan? addedOneWay, string idNumber)
    {
        var page = await ReceptionAsync(addedOneWay);
        var keys = 0;
        async Task Type(string s) { keys += s.Length; await page.Keyboard.TypeAsync(s); }
        async Task Enter() { keys++; await page.Keyboard.PressAsync("Enter"); }

        await Type("sao tu ban chinh");
        await Enter();
        await page.Keyboard.TypeAsync($"{idNumber}||Lò Văn Tươi|15081985|Nam|Bản Giảng, phường Chiềng Lề, tỉnh Sơn La|01072021"); // the scanner
        await page.Keyboard.PressAsync("Enter");
        await Type("0912345001");
        await Enter(); // to email
        await Enter(); // to address (filled by the scan)
        await Enter(); // saves
        try { await page.WaitForSelectorAsync("#received-banner"); }
        catch (TimeoutException ex)
        {
            var state = await page.EvaluateAsync<string>(
                "() => [...document.querySelectorAll('input[id^=rc-]')].map(i => i.id + '=' + JSON.stringify(i.value)).join(', ') + ' | ' + "
                + "[...document.querySelectorAll('.mud-snackbar, .mud-input-error, #rc-failure, .field-error')].map(e => e.textContent).join(' / ')");
            throw new TimeoutException("Not saved: " + state, ex);
        }
        Assert.Equal(16 + 1 + 10 + 3, keys); // the query, Enter, the phone number, three Enters; the scan is not counted

        var db = await browser.App.Services.GetRequiredService<IDbContextFactory<OneStopDbContext>>().CreateDbContextAsync();
        await using var _ = db;
        var d = await db.Dossiers.AsNoTracking().SingleAsync(x => x.ApplicantIdNumber == idNumber);
        var procedure = await db.Procedures.AsNoTracking().SingleAsync(p => p.Id == d.ProcedureId);
        Assert.StartsWith("Chứng thực bản sao từ bản chính", d.ProcedureName, StringComparison.Ordinal);
        Assert.Equal("Lò Văn Tươi", d.ApplicantName);
        Assert.Equal("0912345001", d.ApplicantPhone);
        Assert.Null(d.FeeExemptReason);
        Assert.Equal(FeeCalculator.Quote(procedure, new FeeRequest()).Total, d.FeeTotal);
        Assert.True(d.FeeTotal > 0);
    }
    [Fact]
    public async Task EnterOnTheExemptionBoxMovesOnWithoutTickingIt()
    {
        var page = await ReceptionAsync();
        await page.Keyboard.TypeAsync("sao tu ban chinh");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#rc-deadline")).ToBeVisibleAsync();
        var box = page.Locator("input#rc-exempt, #rc-exempt input").First;
        await box.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => { const a = document.activeElement; return a && !(a.id === 'rc-exempt' || a.closest('#rc-exempt')); }");
        // Space still ticks it: had Enter ticked it, Space would have unticked it and no reason box would show.
        await box.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page.Locator("#rc-exempt-reason")).ToBeVisibleAsync();
        await Assertions.Expect(box).ToBeCheckedAsync();
    }
}
