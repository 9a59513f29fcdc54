using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace OneStop.Tests.TestSupport;

/// <summary>Debian's Chromium driven by Playwright against the app on a loopback port.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public OneStopServerFactory App { get; } = new();
    public IPlaywright Playwright { get; private set; } = default!;
    public IBrowser Browser { get; private set; } = default!;
    public string BaseUrl => App.Address;

    public static readonly string ScreenshotDirectory =
        Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        _ = App.Address;
        // Expectations retry until they hold; on a loaded 2-core CI machine give them the same patience as page waits.
        Assertions.SetDefaultExpectTimeout(45_000);
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 800 }, Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        // CI runs on 2 cores with the other tests in parallel: be patient, a real wait is still bounded.
        page.SetDefaultTimeout(45_000);
        return page;
    }

    /// <summary>Signs in through the form and waits for the interactive circuit (clicks before it are lost).</summary>
    public async Task<IPage> SignInAsync(string user, string password)
    {
        var page = await NewPageAsync();
        await page.GotoAsync(BaseUrl + "/dang-nhap");
        await page.FillAsync("#username", user);
        await page.FillAsync("#password", password);
        await page.ClickAsync("#login-submit");
        await page.WaitForSelectorAsync("#app-shell[data-interactive='true']");
        return page;
    }

    /// <summary>
    /// Receives a dossier at /tiep-nhan with the keyboard only, as a counter officer does: the procedure by name, the CCCD
    /// QR line "scanned" into the name box, the phone, then Enter through to the address, which saves. Returns the code.
    /// </summary>
    public async Task<string> ReceiveByKeyboardAsync(IPage page, string procedureQuery, string procedureName, string cccdLine, string phone,
        Func<IPage, Task>? beforeSave = null)
    {
        await page.GotoAsync(BaseUrl + "/tiep-nhan");
        await page.WaitForSelectorAsync("#app-shell[data-interactive='true']");
        await page.FocusAsync("#rc-procedure");
        await page.Keyboard.TypeAsync(procedureQuery);
        // The list first opens unfiltered: wait until the search result is the first item before Enter picks it.
        await page.WaitForFunctionAsync(
            "name => { const i = document.querySelector('.mud-popover-open .mud-list-item'); return i && i.textContent.includes(name); }",
            procedureName);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync($"#rc-deadline");
        // The autocomplete writes the chosen name into the box a render after the choice: wait for it, do not read once.
        await Assertions.Expect(page.Locator("#rc-procedure")).ToHaveValueAsync(new Regex(Regex.Escape(procedureName)));
        await FocusedAsync(page, "rc-name");
        await page.Keyboard.TypeAsync(cccdLine);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#rc-scan-hint");
        await FocusedAsync(page, "rc-phone");
        await page.Keyboard.TypeAsync(phone);
        await page.Keyboard.PressAsync("Enter");
        await FocusedAsync(page, "rc-email");
        await page.Keyboard.PressAsync("Enter");
        await FocusedAsync(page, "rc-address");
        if (beforeSave is not null) await beforeSave(page);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#received-banner");
        return (await page.TextContentAsync("#dossier-code"))!.Trim();
    }

    public static async Task FocusedAsync(IPage page, string id)
    {
        try
        {
            await page.WaitForFunctionAsync($"() => document.activeElement && document.activeElement.id === '{id}'");
        }
        catch (TimeoutException ex)
        {
            // Say where the cursor is instead, with what the form holds, and keep a picture of the page.
            var state = await page.EvaluateAsync<string>(
                "() => 'focus on #' + (document.activeElement ? document.activeElement.id || document.activeElement.tagName : 'none') + '; ' + "
                + "[...document.querySelectorAll('input[id^=rc-]')].map(i => i.id + '=' + JSON.stringify(i.value)).join(', ') + '; hint: ' + "
                + "(document.getElementById('rc-scan-hint')?.textContent ?? '')");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, $"failed-focus-{id}.png"), FullPage = true });
            throw new TimeoutException($"Expected the cursor in #{id}; {state}", ex);
        }
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
        await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
