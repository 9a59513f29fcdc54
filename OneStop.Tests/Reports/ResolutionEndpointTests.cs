using System.Net;
using OneStop.Tests.TestSupport;

namespace OneStop.Tests.Reports;

public sealed class ResolutionEndpointTests(ResolutionEndpointTests.AppFixture app) : IClassFixture<ResolutionEndpointTests.AppFixture>
{
    public sealed class AppFixture : OneStopAppFactory;

    private static string ThisYear() => $"N-{OneStop.Core.Reports.ReportPeriod.ReportingYearOf(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)))}";

    [Fact]
    public async Task ASupervisorGetsReportII06aOfANamedPeriodAsAPdf()
    {
        var client = await HttpLogin.SignedInAsync(app, "giamsat", "Giamsat@2026");
        var r = await client.GetAsync("/bao-cao/ii06a.pdf?ky=" + ThisYear());

        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("application/pdf", r.Content.Headers.ContentType?.MediaType);
        Assert.Equal("%PDF"u8.ToArray(), (await r.Content.ReadAsByteArrayAsync())[..4]);
    }

    [Fact]
    public async Task ALeaderDownloadsReportII06aAsASpreadsheet()
    {
        var client = await HttpLogin.SignedInAsync(app, "lanhdao", "Lanhdao@2026");
        var r = await client.GetAsync("/bao-cao/ii06a.xlsx?tu=2026-01-01&den=2026-03-31");

        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("attachment", r.Content.Headers.ContentDisposition?.DispositionType);
        RegisterXlsx.AllXml(await r.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AnUnknownPeriodIsABadRequestWithProblemDetails()
    {
        var client = await HttpLogin.SignedInAsync(app, "giamsat", "Giamsat@2026");
        var r = await client.GetAsync("/bao-cao/ii06a.pdf?ky=Q9-2026");

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ACounterOfficerCannotGetReportII06a()
    {
        var client = await HttpLogin.SignedInAsync(app, "tiepnhan", "Tiepnhan@2026");
        var r = await client.GetAsync("/bao-cao/ii06a.pdf?ky=" + ThisYear());
        Assert.NotEqual(HttpStatusCode.OK, r.StatusCode);
    }
}
