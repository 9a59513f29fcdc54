using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using OneStop.Core.Accounts;
using OneStop.Core.Calendar;
using OneStop.Tests.TestSupport;
using OneStop.Web.Components.Calendar;

namespace OneStop.Tests.Calendar.Web;

public sealed class CalendarPageTests : ComponentTestContext, IDisposable
{
    private readonly SqliteTestDatabase db = new();
    private readonly FakeClock clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(7)));

    private async Task<IRenderedComponent<CalendarPage>> RenderPageAsync()
    {
        var calendars = new CalendarService(db, new OneStop.Core.Centre.CentreOfficeHours(db), clock);
        await calendars.SeedFromOfficialAsync();
        Ctx.Services.AddSingleton(calendars);
        Ctx.Services.AddSingleton<TimeProvider>(clock);
        var auth = Ctx.AddAuthorization();
        auth.SetAuthorized("giamsat");
        auth.SetRoles(Roles.Supervisor);
        Ctx.Render<MudPopoverProvider>();
        var page = Ctx.Render<CalendarPage>();
        page.WaitForElement("#day-2026-01-01");
        return page;
    }

    // MudBlazor puts a user id on the input or on a wrapper, depending on the component.
    private static IElement InputOf(IRenderedComponent<CalendarPage> page, string id)
    {
        var e = page.Find(id);
        return e.TagName == "INPUT" ? e : e.QuerySelector("input") ?? throw new InvalidOperationException($"no input in {id}");
    }

    [Fact]
    public async Task TheYearGridShowsTetAsADayOffWithItsName()
    {
        var page = await RenderPageAsync();
        var tet = page.Find("#day-2026-02-17");
        Assert.Equal(nameof(DayKind.DayOff), tet.GetAttribute("data-kind"));
        Assert.Contains("Tết Nguyên đán Bính Ngọ", tet.GetAttribute("title"), StringComparison.Ordinal);
        Assert.Contains("cal-dayoff", tet.ClassList);
        var february = page.Find("#month-02").TextContent;
        Assert.Contains("14–22/02", february, StringComparison.Ordinal);
        Assert.Contains("Tết Nguyên đán Bính Ngọ", february, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheYearGridShowsTheSwappedSaturdayAsAWorkingDay()
    {
        var page = await RenderPageAsync();
        var saturday = page.Find("#day-2026-01-10");
        Assert.Equal(nameof(DayKind.SwappedWorkingDay), saturday.GetAttribute("data-kind"));
        Assert.Contains("cal-swapped", saturday.ClassList);
        Assert.Equal(nameof(DayKind.Weekend), page.Find("#day-2026-01-17").GetAttribute("data-kind"));
        Assert.Equal(nameof(DayKind.Working), page.Find("#day-2026-01-12").GetAttribute("data-kind"));
    }

    [Fact]
    public async Task AnUnconfirmedEntryIsMarked()
    {
        // 24/11/2026 Ngày Văn hóa Việt Nam ships as announced, not confirmed.
        var page = await RenderPageAsync();
        Assert.Contains("cal-unconfirmed", page.Find("#day-2026-11-24").ClassList);
        Assert.DoesNotContain("cal-unconfirmed", page.Find("#day-2026-02-17").ClassList);
    }

    [Fact]
    public async Task AddingADateThatIsAlreadyInTheCalendarShowsTheServicesMessage()
    {
        var page = await RenderPageAsync();
        await InputOf(page, "#entry-date").ChangeAsync(new ChangeEventArgs { Value = "17/02/2026" });
        page.WaitForAssertion(() => Assert.Equal(new DateTime(2026, 2, 17), page.FindComponent<MudDatePicker>().Instance.Date));
        await InputOf(page, "#entry-name").ChangeAsync(new ChangeEventArgs { Value = "Nghỉ thêm" });
        await page.Find("#entry-save").ClickAsync(new MouseEventArgs());
        page.WaitForAssertion(() =>
            Assert.Contains("Ngày 17/02/2026 đã có trong lịch", page.Find("#entry-error").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AddingASwappedSaturdayPutsItInTheGridAndTheList()
    {
        var page = await RenderPageAsync();
        await InputOf(page, "#entry-date").ChangeAsync(new ChangeEventArgs { Value = "07/03/2026" });
        page.WaitForAssertion(() => Assert.Equal(new DateTime(2026, 3, 7), page.FindComponent<MudDatePicker>().Instance.Date));
        await InputOf(page, "#entry-name").ChangeAsync(new ChangeEventArgs { Value = "Làm bù thử" });
        await page.InvokeAsync(() => page.FindComponent<MudSelect<CalendarEntryKind>>().Instance.SelectOption(CalendarEntryKind.WorkingDay));
        await page.Find("#entry-save").ClickAsync(new MouseEventArgs());
        page.WaitForAssertion(() => Assert.Equal(nameof(DayKind.SwappedWorkingDay), page.Find("#day-2026-03-07").GetAttribute("data-kind")));
        Assert.Contains("Làm bù thử", page.Find("#entry-table").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FromOctoberTheBannerAsksForNextYearsCalendar()
    {
        clock.Now = new DateTimeOffset(2026, 10, 5, 9, 0, 0, TimeSpan.FromHours(7));
        var page = await RenderPageAsync();
        var banner = page.WaitForElement("#next-year-banner");
        Assert.Contains("Chưa có lịch nghỉ lễ năm 2027", banner.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BeforeOctoberThereIsNoBanner()
    {
        clock.Now = new DateTimeOffset(2026, 9, 30, 17, 0, 0, TimeSpan.FromHours(7));
        var page = await RenderPageAsync();
        Assert.Empty(page.FindAll("#next-year-banner"));
    }

    [Fact]
    public async Task ThePageSaysPrintedAppointmentsDoNotMove()
    {
        var page = await RenderPageAsync();
        Assert.Contains("không làm dời ngày hẹn trả kết quả đã in", page.Find("#calendar-note").TextContent, StringComparison.Ordinal);
    }

    public void Dispose() => db.Dispose();
}
