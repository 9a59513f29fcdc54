using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using OneStop.Core.Accounts;
using OneStop.Core.Calendar;
using OneStop.Core.Catalog;
using OneStop.Core.Centre;
using OneStop.Core.Documents;
using OneStop.Core.Dossiers;
using OneStop.Core.Persistence;
using OneStop.Tests.TestSupport;
using OneStop.Web.Components.Dossiers;

namespace OneStop.Tests.Dossiers;

/// <summary>The counter form: a scanned CCCD line fills the applicant, a bad one fills nothing, an empty save shows why.</summary>
public sealed class ReceptionPageTests : ComponentTestContext, IDisposable
{
    private const string CccdLine = "014190001234|123456789|Nguyễn Thị Ánh Tuyết|05031990|Nữ|Số 12 đường Lê Lợi, phường Hải Châu, thành phố Đà Nẵng|15082021";
    private readonly SqliteTestDatabase database = new();
    private readonly FakeClock clock;
    private readonly CalendarService calendars;
    private readonly CentreService centre;
    private readonly string scanFolder = Directory.CreateTempSubdirectory("onestop-rc-scans-").FullName;

    public ReceptionPageTests()
    {
        using (var db = database.CreateDbContext())
        {
            db.CentreSettings.Add(DemoCentre.Create());
            db.SaveChanges();
        }
        clock = new FakeClock(new DateTimeOffset(2026, 11, 25, 3, 0, 0, TimeSpan.Zero));
        calendars = new CalendarService(database, new OneStop.Core.Centre.CentreOfficeHours(database), clock);
        calendars.SeedFromOfficialAsync().GetAwaiter().GetResult();
        var catalog = new CatalogService(database);
        catalog.SeedDemoAsync().GetAwaiter().GetResult();
        centre = new CentreService(database);
        Ctx.Services.AddSingleton<TimeProvider>(clock);
        Ctx.Services.AddSingleton(catalog);
        Ctx.Services.AddSingleton(calendars);
        Ctx.Services.AddSingleton(centre);
        Ctx.Services.AddSingleton(new ReceptionService(database, calendars, centre, clock));
        Ctx.Services.AddSingleton(new CounterSlipService(database, clock));
        Ctx.Services.AddSingleton(new OneStop.Core.Payments.PaymentService(database, centre, new PdfSharpDocumentRenderer(), clock));
        Ctx.Services.AddSingleton(new DossierService(database, centre, new PdfSharpDocumentRenderer(), clock));
        // The checklist's scan cells hold uploads until the save.
        var scans = new OneStop.Core.Scanning.ScanService(database, new OneStop.Core.Scanning.ScanStorage(Path.Combine(scanFolder, "scans")), centre, clock);
        Ctx.Services.AddSingleton(scans);
        Ctx.Services.AddSingleton(new OneStop.Core.Scanning.ScanTrays(database, scans,
            new OneStop.Core.Scanning.ScanTrayOptions { InboxRoot = Path.Combine(scanFolder, "inbox") }, clock));
        var auth = Ctx.AddAuthorization();
        auth.SetAuthorized("tiepnhan");
        auth.SetRoles(Roles.CounterOfficer);
    }

    public void Dispose()
    {
        database.Dispose();
        try { Directory.Delete(scanFolder, recursive: true); } catch (IOException) { }
    }

    private IRenderedComponent<ReceptionPage> RenderPage()
    {
        var host = Ctx.Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<ReceptionPage>(1);
            builder.CloseComponent();
        });
        return host.FindComponent<ReceptionPage>();
    }

    private static string Value(IRenderedComponent<ReceptionPage> page, string id) => page.Find(id).GetAttribute("value") ?? "";

    private static void Scan(IRenderedComponent<ReceptionPage> page, string line)
    {
        page.Find("#rc-scan").Change(line);
        page.Find("#rc-scan").KeyDown(new KeyboardEventArgs { Key = "Enter" });
    }

    [Fact]
    public void ScannedCccdLineFillsNameIdBirthDateAndAddress()
    {
        var page = RenderPage();

        Scan(page, CccdLine);

        page.WaitForAssertion(() => Assert.Equal("Nguyễn Thị Ánh Tuyết", Value(page, "#rc-name")));
        Assert.Equal("014190001234", Value(page, "#rc-id"));
        Assert.Equal("05/03/1990", Value(page, "#rc-birth"));
        Assert.Equal("Số 12 đường Lê Lợi, phường Hải Châu, thành phố Đà Nẵng", Value(page, "#rc-address"));
        Assert.Contains("Đã điền từ CCCD", page.Find("#rc-scan-hint").TextContent, StringComparison.Ordinal);
        // The scan box is emptied for the next card.
        Assert.Equal("", Value(page, "#rc-scan"));
    }

    [Theory]
    // Not a CCCD line at all (a barcode of something else).
    [InlineData("8934567890123")]
    // The right shape but a birth date that does not exist: all or nothing, so not even the name is taken.
    [InlineData("014190001234||Nguyễn Thị Ánh Tuyết|31021990|Nữ|Đà Nẵng|15082021")]
    public void GarbageScanShowsTheHintAndFillsNothing(string line)
    {
        var page = RenderPage();

        Scan(page, line);

        page.WaitForAssertion(() => Assert.Contains("Không đọc được mã QR CCCD", page.Find("#rc-scan-hint").TextContent, StringComparison.Ordinal));
        Assert.Equal("", Value(page, "#rc-name"));
        Assert.Equal("", Value(page, "#rc-id"));
        Assert.Equal("", Value(page, "#rc-birth"));
        Assert.Equal("", Value(page, "#rc-address"));
    }

    [Fact]
    public void ABarTypedInTheAddressStaysTheAddressAndIsNotTakenForAScan()
    {
        var page = RenderPage();
        page.Find("#rc-name").Change("Lò Văn Pằng");
        page.Find("#rc-address").Change("Tổ 3 | Khu 2, phường Chiềng Lề");
        page.Find("#rc-address").KeyDown(new KeyboardEventArgs { Key = "Enter" });

        page.WaitForAssertion(() => Assert.Contains("Chọn thủ tục hành chính.", page.Markup, StringComparison.Ordinal));
        Assert.Equal("Tổ 3 | Khu 2, phường Chiềng Lề", Value(page, "#rc-address"));
        Assert.Equal("Lò Văn Pằng", Value(page, "#rc-name"));
        Assert.DoesNotContain("Không đọc được mã QR CCCD", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void CccdLineScannedIntoTheNameBoxFillsTheApplicantInsteadOfTheName()
    {
        var page = RenderPage();

        page.Find("#rc-name").Change(CccdLine);
        page.Find("#rc-name").KeyDown(new KeyboardEventArgs { Key = "Enter" });

        page.WaitForAssertion(() => Assert.Equal("Nguyễn Thị Ánh Tuyết", Value(page, "#rc-name")));
        Assert.Equal("014190001234", Value(page, "#rc-id"));
    }

    [Fact]
    public void SavingAnEmptyFormShowsTheFieldErrorsInVietnamese()
    {
        var page = RenderPage();

        page.Find("#rc-save").Click();

        page.WaitForAssertion(() => Assert.Contains("Chọn thủ tục hành chính.", page.Markup, StringComparison.Ordinal));
        var markup = page.Markup;
        Assert.Contains("Nhập họ và tên người nộp hồ sơ.", markup, StringComparison.Ordinal);
        Assert.Contains("Nhập số định danh cá nhân (12 chữ số trên CCCD).", markup, StringComparison.Ordinal);
        Assert.Contains("Nhập địa chỉ của người nộp hồ sơ.", markup, StringComparison.Ordinal);
        // Nothing was saved.
        using var db = database.CreateDbContext();
        Assert.Empty(db.Dossiers);
    }

    /// <summary>A database every save finds locked (another program holds the write lock past the busy timeout).</summary>
    private sealed class LockedDatabase : IDbContextFactory<OneStopDbContext>
    {
        public OneStopDbContext CreateDbContext() => throw new SqliteException("SQLite Error 5: 'database is locked'.", 5);
    }

    [Fact]
    public void DatabaseFailureOnSaveShowsTheMessageAndKeepsTheForm()
    {
        Ctx.Services.AddSingleton(new ReceptionService(new LockedDatabase(), calendars, centre, clock));
        var page = RenderPage();
        page.Find("#rc-name").Change("Nguyễn Văn An");
        page.Find("#rc-id").Change("014190001234");

        page.Find("#rc-save").Click();

        page.WaitForAssertion(() => Assert.Contains("Dữ liệu bạn đang nhập chưa bị mất", page.Find("#rc-failure").TextContent, StringComparison.Ordinal));
        Assert.Equal("Nguyễn Văn An", Value(page, "#rc-name"));
        Assert.Equal("014190001234", Value(page, "#rc-id"));
        // The officer can press save again.
        Assert.False(page.Find("#rc-save").HasAttribute("disabled"));
    }

    /// <summary>A disk that has no room left: SQLite answers every write with SQLITE_FULL.</summary>
    private sealed class FullDisk : IDbContextFactory<OneStopDbContext>
    {
        public OneStopDbContext CreateDbContext() => throw new SqliteException("SQLite Error 13: 'database or disk is full'.", 13);
    }

    [Fact]
    public void A_full_disk_on_save_tells_the_officer_the_disk_is_full_and_keeps_the_form()
    {
        Ctx.Services.AddSingleton(new ReceptionService(new FullDisk(), calendars, centre, clock));
        var page = RenderPage();
        page.Find("#rc-name").Change("Nguyễn Văn An");
        page.Find("#rc-id").Change("014190001234");

        page.Find("#rc-save").Click();

        page.WaitForAssertion(() => Assert.Contains("Ổ đĩa chứa dữ liệu đã đầy", page.Find("#rc-failure").TextContent, StringComparison.Ordinal));
        Assert.Equal("Nguyễn Văn An", Value(page, "#rc-name"));
        Assert.Equal("014190001234", Value(page, "#rc-id"));
        Assert.False(page.Find("#rc-save").HasAttribute("disabled"));
    }
}
