using Microsoft.Playwright;
using OneStop.Core.Payments;
using OneStop.Tests.Documents;
using OneStop.Tests.TestSupport;

namespace OneStop.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class PaymentBrowserTests(BrowserFixture browser) : IDisposable
{
    private readonly PdfTools _tools = new();
    public void Dispose() => _tools.Dispose();

    private static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, name), FullPage = true });

    [Fact]
    public async Task CounterReceivesAFeeBearingDossierPrintsTheSlipRecordsTheTransferAndSeesItPaid()
    {
        var counter = await browser.SignInAsync("tiepnhan", "Tiepnhan@2026");
        var code = await browser.ReceiveByKeyboardAsync(counter, "chung thuc ban sao tu ban chinh", "Chứng thực bản sao từ bản chính",
            "038185000002||Hà Văn Phí|02021985|Nam|Bản Mòng, phường Chiềng Lề, tỉnh Sơn La|01072021", "0987654322");
        await Assertions.Expect(counter.Locator("#fee-status")).ToHaveTextAsync("Chưa nộp phí");

        // The slip the button opens: a PDF whose printed QR is a VietQR for this dossier's fee.
        var href = await counter.Locator("#print-slip").GetAttributeAsync("href");
        Assert.NotNull(href);
        var response = await counter.Context.APIRequest.GetAsync(browser.BaseUrl + href);
        Assert.Equal(200, response.Status);
        Assert.Equal("application/pdf", response.Headers["content-type"]);
        var png = _tools.RenderPage(_tools.Save(await response.BodyAsync(), "slip.pdf"));
        var qr = VietQr.Parse(_tools.Decode(png).Single(s => s.StartsWith("QR-Code:", StringComparison.Ordinal))["QR-Code:".Length..]);
        Assert.Equal(VietQr.AsciiText(code), qr.Purpose);
        Assert.True(qr.Amount > 0);
        await ShotAsync(counter, "payment-1-unpaid.png");

        // The citizen paid by scanning it: the officer records the transfer with the bank's reference.
        await counter.Locator("#payments-panel .mud-select", new PageLocatorOptions { HasTextString = "Hình thức" }).Locator(".mud-input-control").First.ClickAsync();
        await counter.WaitForSelectorAsync(".mud-popover-open .mud-list-item");
        await counter.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasTextString = "Chuyển khoản" }).ClickAsync();
        await counter.WaitForSelectorAsync("#payment-reference");
        await counter.FillAsync("#payment-reference", "FT26336 123456");
        await counter.ClickAsync("#record-payment");
        await Assertions.Expect(counter.Locator("#fee-status")).ToHaveTextAsync("Đã nộp phí");
        await Assertions.Expect(counter.Locator("#fee-payment")).ToContainTextAsync("Chuyển khoản, mã GD FT26336123456, biên lai BL-");
        Assert.Equal(0, await counter.Locator("#print-slip").CountAsync());
        Assert.Equal(0, await counter.Locator("#payment-error").CountAsync());
        await ShotAsync(counter, "payment-2-paid.png");
    }
}
