using System.Net;
using OneStop.Tests.TestSupport;

namespace OneStop.Tests.Reports;

public sealed class RegisterEndpointTests(RegisterEndpointTests.AppFixture app) : IClassFixture<RegisterEndpointTests.AppFixture>
{
    public sealed class AppFixture : OneStopAppFactory;

    private static string Period()
    {
        // The demo dossiers are received over the last weeks: the year up to today holds most of them.
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        return $"linhVuc=HT&tu={today.AddDays(-365):yyyy-MM-dd}&den={today:yyyy-MM-dd}";
    }

    [Fact]
    public async Task ASupervisorGetsTheRegisterAsAnInlinePdf()
    {
        var client = await HttpLogin.SignedInAsync(app, "giamsat", "Giamsat@2026");
        var r = await client.GetAsync("/bao-cao/so-theo-doi.pdf?" + Period());

        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("application/pdf", r.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("inline", r.Content.Headers.ContentDisposition?.ToString() ?? r.Headers.GetValues("Content-Disposition").First(), StringComparison.Ordinal);
        var bytes = await r.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);
    }

    [Fact]
    public async Task ALeaderDownloadsTheSpreadsheet()
    {
        var client = await HttpLogin.SignedInAsync(app, "lanhdao", "Lanhdao@2026");
        var r = await client.GetAsync("/bao-cao/so-theo-doi.xlsx?" + Period());

        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", r.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", r.Content.Headers.ContentDisposition?.DispositionType);
        RegisterXlsx.AllXml(await r.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AWrongPeriodIsABadRequestWithTheReason()
    {
        var client = await HttpLogin.SignedInAsync(app, "giamsat", "Giamsat@2026");
        var r = await client.GetAsync("/bao-cao/so-theo-doi.pdf?linhVuc=HT&tu=2026-11-30&den=2026-11-01");

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        using var problem = System.Text.Json.JsonDocument.Parse(await r.Content.ReadAsStringAsync());
        Assert.Equal("Tham số không hợp lệ", problem.RootElement.GetProperty("title").GetString());
        Assert.Equal("Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.", problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task WithoutASessionTheRequestIsSentToLogin()
    {
        var r = await HttpLogin.Client(app).GetAsync("/bao-cao/so-theo-doi.pdf?" + Period());
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.StartsWith("/dang-nhap", r.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/bao-cao/so-theo-doi.pdf")]
    [InlineData("/bao-cao/so-theo-doi.xlsx")]
    public async Task ASpecialistIsRefused(string url)
    {
        var client = await HttpLogin.SignedInAsync(app, "chuyenvien", "Chuyenvien@2026");
        var r = await client.GetAsync(url + "?" + Period());
        Assert.NotEqual(HttpStatusCode.OK, r.StatusCode);
        Assert.True(r.StatusCode is HttpStatusCode.Forbidden
            || (r.StatusCode == HttpStatusCode.Redirect && r.Headers.Location!.PathAndQuery.StartsWith("/khong-co-quyen", StringComparison.Ordinal)),
            $"{(int)r.StatusCode} {r.Headers.Location}");
    }

    [Theory]
    [InlineData("/giam-sat/nhat-ky", "giamsat", "Giamsat@2026", HttpStatusCode.OK)]
    [InlineData("/giam-sat/nhat-ky", "tiepnhan", "Tiepnhan@2026", HttpStatusCode.Redirect)]
    [InlineData("/bao-cao/so-theo-doi", "tiepnhan", "Tiepnhan@2026", HttpStatusCode.OK)]
    [InlineData("/bao-cao/so-theo-doi", "chuyenvien", "Chuyenvien@2026", HttpStatusCode.Redirect)]
    public async Task PagesAreOpenToTheirRolesOnly(string url, string user, string password, HttpStatusCode expected)
    {
        var client = await HttpLogin.SignedInAsync(app, user, password);
        var r = await client.GetAsync(url);
        Assert.Equal(expected, r.StatusCode);
    }
}
