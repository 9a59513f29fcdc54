using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Text.Json;
using OneStop.Tests.TestSupport;

namespace OneStop.Tests.Calendar.Web;

public sealed class DueEndpointTests(OneStopAppFactory app) : IClassFixture<OneStopAppFactory>
{
    private static string Url(string receivedAt, string kind, string? value = null) =>
        $"/api/v1/calendar/due?receivedAt={Uri.EscapeDataString(receivedAt)}&kind={kind}" + (value is null ? "" : $"&value={value}");

    private async Task<JsonElement> OkJsonAsync(string url)
    {
        // A fresh client without cookies: the endpoint needs no login.
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task TetExampleIsDueOnWednesdayTwentyFifthAtFourWithoutSigningIn()
    {
        var json = await OkJsonAsync(Url("2026-02-13T16:00:00+07:00", "WorkingDays", "3"));
        Assert.Equal("2026-02-25T16:00:00+07:00", json.GetProperty("dueAt").GetString());
        Assert.Equal("2026-02-13T16:00:00+07:00", json.GetProperty("receivedAt").GetString());
        Assert.Equal("2026-02-13T16:00:00+07:00", json.GetProperty("clockStartsAt").GetString());
        Assert.Equal("WorkingDays", json.GetProperty("kind").GetString());
        Assert.Equal(3m, json.GetProperty("value").GetDecimal());
        Assert.Equal(0, json.GetProperty("unconfirmedYears").GetArrayLength());
        Assert.Equal(0, json.GetProperty("warnings").GetArrayLength());
    }

    [Fact]
    public async Task TheSameInstantWrittenInUtcGivesTheSameAnswer()
    {
        var json = await OkJsonAsync(Url("2026-02-13T09:00:00Z", "WorkingDays", "3"));
        Assert.Equal("2026-02-25T16:00:00+07:00", json.GetProperty("dueAt").GetString());
        Assert.Equal("2026-02-13T16:00:00+07:00", json.GetProperty("receivedAt").GetString());
    }

    [Fact]
    public async Task AnUnencodedPlusThatArrivesAsASpaceIsStillReadAsTheOffset()
    {
        var json = await OkJsonAsync("/api/v1/calendar/due?receivedAt=2026-02-13T16:00:00+07:00&kind=WorkingDays&value=3");
        Assert.Equal("2026-02-25T16:00:00+07:00", json.GetProperty("dueAt").GetString());
    }

    [Fact]
    public async Task SameDayReceivedFridayAfterTheCutoffIsDueMondayAtHalfPastFive()
    {
        // Friday 06/03/2026 15:05: after the 15:00 cut-off, so the next working day's end.
        var json = await OkJsonAsync(Url("2026-03-06T15:05:00+07:00", "SameDay"));
        Assert.Equal("2026-03-09T17:30:00+07:00", json.GetProperty("dueAt").GetString());
        Assert.Equal("SameDay", json.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task AnAnswerInAYearWithoutACalendarCarriesAWarning()
    {
        var json = await OkJsonAsync(Url("2027-03-01T09:00:00+07:00", "WorkingDays", "2"));
        Assert.Contains(2027, json.GetProperty("unconfirmedYears").EnumerateArray().Select(e => e.GetInt32()));
        Assert.NotEqual(0, json.GetProperty("warnings").GetArrayLength());
    }

    [Theory]
    [InlineData(null, "WorkingDays", "3", "receivedAt")]                             // missing
    [InlineData("13/02/2026 16:00", "WorkingDays", "3", "ISO 8601")]                // not ISO
    [InlineData("hôm qua", "WorkingDays", "3", "ISO 8601")]                         // not a date at all
    [InlineData("2026-02-13T16:00:00", "WorkingDays", "3", "múi giờ")]              // no offset: ambiguous
    [InlineData("2026-02-13T16:00:00+07:00", "Weeks", "3", "WorkingDays")]          // unknown kind
    [InlineData("2026-02-13T16:00:00+07:00", "1", "3", "WorkingDays")]              // enum numbers are not names
    [InlineData("2026-02-13T16:00:00+07:00", "WorkingDays", "0", "lớn hơn 0")]      // zero
    [InlineData("2026-02-13T16:00:00+07:00", "WorkingDays", "-2", "lớn hơn 0")]     // negative
    [InlineData("2026-02-13T16:00:00+07:00", "WorkingDays", "366", "365")]          // more than a year
    [InlineData("2026-02-13T16:00:00+07:00", "WorkingHours", "2921", "365")]        // more than a year of hours
    [InlineData("2026-02-13T16:00:00+07:00", "WorkingDays", "1.25", "nửa ngày")]    // quarters are not allowed
    [InlineData("2026-02-13T16:00:00+07:00", "WorkingDays", null, "thời hạn")]      // value required
    [InlineData("2026-02-13T16:00:00+07:00", "WorkingDays", "ba", "một số")]        // not a number
    [InlineData("9999-12-31T16:00:00+07:00", "WorkingDays", "3", "từ 2000 đến 2100")] // the last instant .NET knows: was a 500
    [InlineData("0001-01-01T09:00:00+07:00", "WorkingDays", "3", "từ 2000 đến 2100")] // year 1: grew the calendar to 1–9999
    [InlineData("1999-12-31T09:00:00+07:00", "SameDay", null, "từ 2000 đến 2100")]    // the day before the first supported year
    [InlineData("2100-12-30T09:00:00+07:00", "WorkingDays", "365", "từ 2000 đến 2100")] // received in range, due after 2100
    [InlineData("2026-02-13T16:00:00+07:00", "WorkingDays", "10000000", "365")]      // far past the cap: refused, not overflowed
    public async Task BadParametersAreAProblemWithAVietnameseDetail(string? receivedAt, string kind, string? value, string expected)
    {
        using var client = app.CreateClient();
        var url = "/api/v1/calendar/due?kind=" + kind
            + (receivedAt is null ? "" : "&receivedAt=" + Uri.EscapeDataString(receivedAt))
            + (value is null ? "" : "&value=" + value);
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Tham số không hợp lệ", json.GetProperty("title").GetString());
        Assert.Contains(expected, json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQuestionAboutYearOneLeavesTheCachedCalendarInsideTheSupportedYears()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync(Url("0001-01-01T09:00:00+07:00", "WorkingDays", "3"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var calendar = await app.Services.GetRequiredService<OneStop.Core.Calendar.CalendarService>().LoadAsync();
        var (first, last) = calendar.IndexedYears;
        Assert.InRange(first, OneStop.Core.Calendar.CalendarLimits.FirstYear, OneStop.Core.Calendar.CalendarLimits.LastYear);
        Assert.InRange(last, OneStop.Core.Calendar.CalendarLimits.FirstYear, OneStop.Core.Calendar.CalendarLimits.LastYear);
    }

    [Fact]
    public async Task HalfAWorkingDayIsAccepted()
    {
        // Monday 02/03/2026 09:00 + 4 working hours: 11:30 is lunch, so 1.5 h carry to 13:30 → 15:00.
        var json = await OkJsonAsync(Url("2026-03-02T09:00:00+07:00", "WorkingDays", "0.5"));
        Assert.Equal("2026-03-02T15:00:00+07:00", json.GetProperty("dueAt").GetString());
    }

    [Fact]
    public async Task TheCalendarExportNeedsASupervisor()
    {
        using var anonymous = HttpLogin.Client(app);
        var denied = await anonymous.GetAsync("/lich-lam-viec/2026/xuat-json");
        Assert.NotEqual(HttpStatusCode.OK, denied.StatusCode);

        using var supervisor = await HttpLogin.SignedInAsync(app, "giamsat", "Giamsat@2026");
        var export = await supervisor.GetAsync("/lich-lam-viec/2026/xuat-json");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Contains("Tết Nguyên đán Bính Ngọ", await export.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
