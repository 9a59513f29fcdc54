using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OneStop.Core.Scanning;
using OneStop.Tests.Scanning;
using OneStop.Tests.TestSupport;

namespace OneStop.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ScanningBrowserTests(BrowserFixture browser)
{
    private static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, name), FullPage = true });

    [Fact]
    public async Task APaperScannedAtReceptionAndOneDroppedInTheCountersFolderMakeTheDossierFullyDigitised()
    {
        var counter = await browser.SignInAsync("tiepnhan", "Tiepnhan@2026");

        // Reception: the first paper's scan is held on the form (checked at once) and attached when the dossier is saved.
        var code = await browser.ReceiveByKeyboardAsync(counter, "chung thuc ban sao tu ban chinh", "Chứng thực bản sao từ bản chính",
            "038190000777||Quàng Văn Số|02021990|Nam|Bản Giằng, phường Chiềng Lề, tỉnh Sơn La|01072021", "0987000777",
            async page =>
            {
                await page.SetInputFilesAsync("#rc-scan-input-0",
                    new FilePayload { Name = "ban-chinh.pdf", MimeType = "application/pdf", Buffer = ScanSamples.Pdf(1) });
                await page.WaitForSelectorAsync("[data-held='0'] [data-held-file='ban-chinh.pdf']");
                await ShotAsync(page, "scanning-1-reception-held.png");
                await page.FocusAsync("#rc-address");
            });
        await counter.WaitForSelectorAsync("#scan-panel tr[data-item='0'] [data-scan]");
        await Assertions.Expect(counter.Locator("#scan-status")).ToHaveTextAsync("thiếu 1 mục");

        // The counter's scanner saves the second paper into the counter's folder: it shows in "Bản quét chờ gán".
        var trays = browser.App.Services.GetRequiredService<ScanTrays>();
        var name = "ban-sao-" + Guid.NewGuid().ToString("N")[..6] + ".pdf";
        await File.WriteAllBytesAsync(Path.Combine(await trays.FolderOfAsync("tiepnhan"), name), ScanSamples.Pdf(2));
        var row = counter.Locator($"#scan-tray tr[data-tray='{name}']");
        await row.WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
        await ShotAsync(counter, "scanning-2-tray.png");

        // One click assigns it to the second paper; the file leaves the folder.
        await row.Locator("#tray-assign-1").ClickAsync();
        await counter.WaitForSelectorAsync("#scan-panel tr[data-item='1'] [data-scan]");
        await Assertions.Expect(counter.Locator("#scan-status")).ToHaveTextAsync("đã số hóa đủ");
        Assert.False(File.Exists(Path.Combine(await trays.FolderOfAsync("tiepnhan"), name)));
        await ShotAsync(counter, "scanning-3-fully-digitised.png");

        // The preview opens the stored PDF in the browser.
        var link = counter.Locator("#scan-panel tr[data-item='1'] [data-scan] a");
        var href = await link.GetAttributeAsync("href");
        var popup = await counter.RunAndWaitForPopupAsync(() => link.ClickAsync());
        Assert.EndsWith(href!, popup.Url, StringComparison.Ordinal);
        var response = await counter.APIRequest.GetAsync(browser.BaseUrl + href);
        Assert.Equal(200, response.Status);
        Assert.Equal("application/pdf", response.Headers["content-type"]);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(await response.BodyAsync())[..5], StringComparison.Ordinal);
        await popup.CloseAsync();

        // The queues say the same as the dossier page.
        await counter.GotoAsync(browser.BaseUrl + "/ho-so");
        await counter.WaitForSelectorAsync("#app-shell[data-interactive='true']");
        await counter.FillAsync("#queue-search", code);
        var queueRow = counter.Locator("#queue-table tr", new PageLocatorOptions { HasTextString = code });
        await Assertions.Expect(queueRow.Locator(".q-digitised")).ToHaveTextAsync("đã số hóa đủ");
        await ShotAsync(counter, "scanning-4-queue.png");
    }

    [Fact]
    public async Task TheAdministratorSetsTheScanLimitsAndACountersTrayFolder()
    {
        var admin = await browser.SignInAsync("quantri", "Quantri@2026");
        await admin.GotoAsync(browser.BaseUrl + "/quan-tri/cai-dat");
        await admin.WaitForSelectorAsync("#app-shell[data-interactive='true']");
        await admin.WaitForSelectorAsync("#tray-folder-tiepnhan");
        var trays = browser.App.Services.GetRequiredService<ScanTrays>();
        var centre = browser.App.Services.GetRequiredService<OneStop.Core.Centre.CentreService>();

        // A relative folder says nothing about where on the server: refused with the reason under the box.
        await admin.FillAsync("#tray-folder-tiepnhan", "quet/quay-1");
        await admin.ClickAsync("#tray-folder-save-tiepnhan");
        await Assertions.Expect(admin.Locator("[data-tray-user='tiepnhan']")).ToContainTextAsync("đường dẫn đầy đủ");

        var folder = Path.Combine(Path.GetTempPath(), "onestop-quay-" + Guid.NewGuid().ToString("N")[..6]);
        try
        {
            await admin.FillAsync("#tray-folder-tiepnhan", folder);
            await admin.ClickAsync("#tray-folder-save-tiepnhan");
            await Assertions.Expect(admin.Locator("[data-tray-user='tiepnhan']")).Not.ToContainTextAsync("đường dẫn đầy đủ");
            Assert.Equal(folder, await WaitForAsync(() => trays.FolderOfAsync("tiepnhan"), folder));
            Assert.True(Directory.Exists(folder));

            await admin.FillAsync("#set-scan-file-limit", "25");
            await admin.Keyboard.PressAsync("Tab");
            await admin.ClickAsync("#settings-save");
            centre.Invalidate();
            Assert.Equal(25, await WaitForAsync(async () => { centre.Invalidate(); return (await centre.GetAsync()).ScanFileLimitMb; }, 25));
            await ShotAsync(admin, "scanning-5-settings.png");
        }
        finally
        {
            await trays.SetFolderAsync("tiepnhan", null);
            var s = OneStop.Core.Centre.CentreService.Copy(await centre.GetAsync());
            s.ScanFileLimitMb = OneStop.Core.Centre.CentreSettings.DefaultScanFileLimitMb;
            await centre.SaveAsync(s);
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<T> WaitForAsync<T>(Func<Task<T>> read, T expected)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        var value = await read();
        while (!EqualityComparer<T>.Default.Equals(value, expected) && DateTime.UtcNow < until)
        {
            await Task.Delay(50);
            value = await read();
        }
        return value;
    }
}
