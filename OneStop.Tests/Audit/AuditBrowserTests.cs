using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OneStop.Core.Dossiers;
using OneStop.Core.Persistence;
using OneStop.Tests.TestSupport;

namespace OneStop.Tests.Audit;

/// <summary>
/// In the browser collection so it never runs beside the other browser tests (two apps and two Chromiums on two cores
/// make their waits time out), but on its own app and database: this test tampers with the trail.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AuditBrowserTests : IAsyncLifetime
{
    private readonly BrowserFixture browser = new();

    public Task InitializeAsync() => browser.InitializeAsync();
    public Task DisposeAsync() => browser.DisposeAsync();

    private IDbContextFactory<OneStopDbContext> Db => browser.App.Services.GetRequiredService<IDbContextFactory<OneStopDbContext>>();

    private async Task AppendEventsAsync(int count)
    {
        var officer = new Officer("giamsat", "Quàng Thị Mai", "Supervisor");
        for (var i = 0; i < count; i++)
        {
            await using var db = await Db.CreateDbContextAsync();
            var dossier = await db.Dossiers.AsNoTracking().OrderBy(d => d.Id).Skip(i % 3).FirstAsync();
            await DossierTrail.AppendAsync(db, dossier, DateTimeOffset.UtcNow, officer, DossierEventKinds.Printed, null, null, $"In lần {i + 1}", null);
            await db.SaveChangesAsync();
        }
    }

    private static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, name), FullPage = true });

    [Fact]
    public async Task SupervisorVerifiesTheTrailAndSeesWhereItWasTamperedWith()
    {
        _ = browser.BaseUrl;
        await AppendEventsAsync(5);
        int total;
        await using (var db = await Db.CreateDbContextAsync()) total = await db.DossierEvents.CountAsync();
        var page = await browser.SignInAsync("giamsat", "Giamsat@2026");
        await page.GotoAsync(browser.BaseUrl + "/giam-sat/nhat-ky");
        await page.WaitForSelectorAsync("#app-shell[data-interactive='true']");
        // The demo dossiers were made through the workflow, so they have their own events before these five.
        await Assertions.Expect(page.Locator("#audit-latest tbody tr")).ToHaveCountAsync(Math.Min(50, total));
        await Assertions.Expect(page.Locator("#audit-latest tbody tr").First).ToContainTextAsync("In lần 5");

        await page.ClickAsync("#audit-verify");
        var ok = await page.WaitForSelectorAsync("#audit-result[data-intact='true']");
        Assert.Contains($"{OneStop.Core.Common.VnFormat.Number(total)} bản ghi", await ok!.InnerTextAsync(), StringComparison.Ordinal);
        await ShotAsync(page, "audit-intact.png");

        long id;
        long dossierId;
        await using (var db = await Db.CreateDbContextAsync())
        {
            var e = await db.DossierEvents.AsNoTracking().OrderBy(x => x.Id).Skip(2).FirstAsync();
            (id, dossierId) = (e.Id, e.DossierId);
            await db.Database.ExecuteSqlAsync($"UPDATE DossierEvents SET Note = 'x' WHERE Id = {id}");
        }
        await page.ClickAsync("#audit-verify");
        var bad = await page.WaitForSelectorAsync("#audit-result[data-intact='false']");
        var text = await bad!.InnerTextAsync();
        Assert.Contains($"bản ghi số {id}", text, StringComparison.Ordinal);
        Assert.Contains("Nội dung bản ghi đã bị sửa", text, StringComparison.Ordinal);
        Assert.Equal($"/ho-so/{dossierId}", await page.GetAttributeAsync("#audit-broken-dossier", "href"));
        await ShotAsync(page, "audit-broken.png");
    }

    [Fact]
    public async Task SupervisorPreviewsTheRegisterAndGetsThePdfLinks()
    {
        var page = await browser.SignInAsync("giamsat", "Giamsat@2026");
        await page.GotoAsync(browser.BaseUrl + "/bao-cao/so-theo-doi");
        await page.WaitForSelectorAsync("#app-shell[data-interactive='true']");
        await page.WaitForSelectorAsync("#register-summary");
        var href = await page.GetAttributeAsync("#register-pdf", "href");
        Assert.StartsWith("/bao-cao/so-theo-doi.pdf?linhVuc=", href, StringComparison.Ordinal);
        Assert.Equal("_blank", await page.GetAttributeAsync("#register-pdf", "target"));
        Assert.StartsWith("/bao-cao/so-theo-doi.xlsx?linhVuc=", await page.GetAttributeAsync("#register-xlsx", "href"), StringComparison.Ordinal);
        await ShotAsync(page, "register-page.png");

        var pdf = await page.Context.APIRequest.GetAsync(browser.BaseUrl + href);
        Assert.Equal(200, pdf.Status);
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
    }
}
