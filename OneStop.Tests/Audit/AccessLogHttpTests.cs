using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Core.Accounts;
using OneStop.Core.Audit;
using OneStop.Core.Dossiers;
using OneStop.Tests.TestSupport;

namespace OneStop.Tests.Audit;

/// <summary>Every read that hands out a citizen's data leaves a line the supervisor can read.</summary>
public sealed class AccessLogHttpTests(AccessLogHttpTests.AppFixture app) : IClassFixture<AccessLogHttpTests.AppFixture>
{
    public sealed class AppFixture : OneStopAppFactory;

    private static readonly Officer Supervisor = Officer.WithRoles("giamsat", "Giám sát", [Roles.Supervisor]);

    private static string Period()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        return $"linhVuc=HT&tu={today.AddDays(-365):yyyy-MM-dd}&den={today:yyyy-MM-dd}";
    }

    private async Task<IReadOnlyList<AccessLogRow>> RowsAsync(string user)
    {
        var log = app.Services.GetRequiredService<PersonalDataAccessLog>();
        await log.FlushAsync();
        return (await log.SearchAsync(new AccessLogFilter(UserName: user, Take: 500), Supervisor)).Rows;
    }

    [Fact]
    public async Task OpeningADossierItsPdfsAndTheRegisterIsLoggedWithWhoWhatAndWhen()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var client = await HttpLogin.SignedInAsync(app, "tiepnhan", "Tiepnhan@2026");
        var code = (await app.Services.GetRequiredService<DossierService>().GetAsync(2))!.Dossier.Code;

        var page = new HttpRequestMessage(HttpMethod.Get, "/ho-so/2");
        page.Headers.Accept.ParseAdd("text/html");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(page)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/ho-so/2/giay-tiep-nhan.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/ho-so/2/mau/06.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/bao-cao/so-theo-doi.xlsx?" + Period())).StatusCode);
        // A second look at the same PDF a moment later is the same read.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/ho-so/2/giay-tiep-nhan.pdf")).StatusCode);

        var rows = await RowsAsync("tiepnhan");
        Assert.Single(rows, r => r.What == PersonalDataReads.DossierPage && r.DossierCode == code);
        Assert.Single(rows, r => r.What == PersonalDataReads.Receipt && r.DossierCode == code);
        Assert.Single(rows, r => r.What == PersonalDataReads.Form && r.DossierCode == code && r.Detail == "Mẫu 06");
        var register = Assert.Single(rows, r => r.What == PersonalDataReads.RegisterXlsx);
        Assert.StartsWith("Lĩnh vực HT, ", register.Detail, StringComparison.Ordinal);
        Assert.All(rows, r => Assert.InRange(r.At, before, DateTimeOffset.UtcNow.AddSeconds(1)));
    }

    [Fact]
    public async Task AReadThatIsRefusedOrFindsNothingIsNotLogged()
    {
        var specialist = await HttpLogin.SignedInAsync(app, "chuyenvien", "Chuyenvien@2026");
        Assert.NotEqual(HttpStatusCode.OK, (await specialist.GetAsync("/bao-cao/so-theo-doi.pdf?" + Period())).StatusCode);
        var counter = await HttpLogin.SignedInAsync(app, "lanhdao", "Lanhdao@2026");
        Assert.Equal(HttpStatusCode.NotFound, (await counter.GetAsync("/ho-so/999999/giay-tiep-nhan.pdf")).StatusCode);

        Assert.DoesNotContain(await RowsAsync("chuyenvien"), r => r.What == PersonalDataReads.RegisterPdf);
        Assert.DoesNotContain(await RowsAsync("lanhdao"), r => r.What == PersonalDataReads.Receipt);
    }

    [Theory]
    [InlineData("giamsat", "Giamsat@2026", HttpStatusCode.OK)]
    [InlineData("quantri", "Quantri@2026", HttpStatusCode.OK)]
    [InlineData("tiepnhan", "Tiepnhan@2026", HttpStatusCode.Redirect)]
    [InlineData("lanhdao", "Lanhdao@2026", HttpStatusCode.Redirect)]
    public async Task TheLogPageIsForTheSupervisorAndTheAdministrator(string user, string password, HttpStatusCode expected)
    {
        var client = await HttpLogin.SignedInAsync(app, user, password);
        var r = await client.GetAsync("/giam-sat/truy-cap");
        Assert.Equal(expected, r.StatusCode);
        if (expected == HttpStatusCode.OK)
            Assert.Contains("Nhật ký truy cập dữ liệu cá nhân", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
