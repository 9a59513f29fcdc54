using System.Net;
using System.Text.Json;
using OneStop.Tests.TestSupport;

namespace OneStop.Tests.Web;

/// <summary>Every error of an endpoint is a Vietnamese problem description; people in a browser still get pages.</summary>
public sealed class ProblemResponseTests(ProblemResponseTests.AppFixture app) : IClassFixture<ProblemResponseTests.AppFixture>
{
    public sealed class AppFixture : OneStopAppFactory;

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage r)
    {
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(await r.Content.ReadAsStringAsync());
        return doc.RootElement.Clone();
    }

    [Fact]
    public async Task AWrongMethodOnTheApiIsA405ProblemInVietnamese()
    {
        var r = await HttpLogin.Client(app).PostAsync("/api/v1/calendar/due?receivedAt=2026-02-13T16:00:00%2B07:00&kind=WorkingDays&value=3", null);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, r.StatusCode);
        var p = await ProblemAsync(r);
        Assert.Equal(405, p.GetProperty("status").GetInt32());
        Assert.Equal("Phương thức không được hỗ trợ", p.GetProperty("title").GetString());
    }

    [Fact]
    public async Task AMissingDossierPdfIsA404Problem()
    {
        var client = await HttpLogin.SignedInAsync(app, "tiepnhan", "Tiepnhan@2026");
        var r = await client.GetAsync("/ho-so/987654321/giay-tiep-nhan.pdf");
        Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        Assert.Equal("Không tìm thấy", (await ProblemAsync(r)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task AnUnknownApiAddressIsA404Problem()
    {
        var r = await HttpLogin.Client(app).GetAsync("/api/v1/khong-co");
        Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        Assert.Equal(404, (await ProblemAsync(r)).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task ABrowserOpeningAnUnknownPageGetsTheVietnameseNotFoundPage()
    {
        var m = new HttpRequestMessage(HttpMethod.Get, "/khong-co-trang-nay");
        m.Headers.Add("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        var r = await HttpLogin.Client(app).SendAsync(m);
        Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        Assert.Contains("Không tìm thấy trang", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

/// <summary>The dossier's documents are open to the roles that open the dossier page, not to the administrator.</summary>
public sealed class DossierDocumentAccessTests(DossierDocumentAccessTests.AppFixture app) : IClassFixture<DossierDocumentAccessTests.AppFixture>
{
    public sealed class AppFixture : OneStopAppFactory;

    [Theory]
    [InlineData("/ho-so/1")]
    [InlineData("/ho-so/1/giay-tiep-nhan.pdf")]
    [InlineData("/ho-so/1/mau/06.pdf")]
    [InlineData("/phieu/1.pdf")]
    public async Task TheAdministratorIsRefusedTheDossierAndItsDocuments(string url)
    {
        var client = await HttpLogin.SignedInAsync(app, "quantri", "Quantri@2026");
        var r = await client.GetAsync(url);
        Assert.True(r.StatusCode == HttpStatusCode.Redirect && r.Headers.Location!.OriginalString.Contains("/khong-co-quyen", StringComparison.Ordinal),
            $"{url}: {(int)r.StatusCode} {r.Headers.Location}");
    }

    [Fact]
    public async Task ASupervisorOpensTheReceiptOfTheDossierPageTheyCanOpen()
    {
        var client = await HttpLogin.SignedInAsync(app, "giamsat", "Giamsat@2026");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/ho-so/1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/ho-so/1/giay-tiep-nhan.pdf")).StatusCode);
    }
}
