using OneStop.Core.Calendar;

namespace OneStop.Tests.Calendar;

public class OfficialCalendarTests
{
    [Fact]
    public void EmbeddedCalendarParsesWithRangesExpanded()
    {
        var data = OfficialCalendar.LoadEmbedded();
        Assert.Equal([2025, 2026], data.Years.Select(y => y.Year).Order());
        Assert.All(data.Years, y => Assert.True(y.Confirmed));
        // Tết 2026 14–22/02 is nine dated entries.
        Assert.Equal(9, data.Entries.Count(e => e.Date.Year == 2026 && e.Date.Month == 2));
        var culture = data.Entries.Single(e => e.Date == new DateOnly(2026, 11, 24));
        Assert.False(culture.Confirmed);
        Assert.Equal(CalendarEntryKind.WorkingDay, data.Entries.Single(e => e.Date == new DateOnly(2025, 4, 26)).Kind);
    }

    [Fact]
    public void ExportRoundTripsTheSameEntries()
    {
        var data = OfficialCalendar.LoadEmbedded();
        var json = OfficialCalendar.Export(data, 2026);
        Assert.Contains("\"from\": \"2026-02-14\"", json, StringComparison.Ordinal);
        Assert.Contains("Tết Nguyên đán Bính Ngọ", json, StringComparison.Ordinal);

        var back = OfficialCalendar.Parse(json);
        Assert.True(back.IsSuccess, back.Error);
        var expected = data.Entries.Where(e => e.Date.Year == 2026).Select(e => (e.Date, e.Kind, e.Name, e.Confirmed)).Order();
        Assert.Equal(expected, back.Value!.Entries.Select(e => (e.Date, e.Kind, e.Name, e.Confirmed)).Order());
        Assert.True(back.Value.Years.Single().Confirmed);
    }

    [Theory]
    // Not JSON at all.
    [InlineData("{ years: ", "không phải JSON")]
    // JSON, but not the calendar shape.
    [InlineData("[1, 2]", "không đúng định dạng")]
    // Year key that is not a year.
    [InlineData("""{"years": {"20x6": {"confirmed": true}}}""", "Năm không hợp lệ")]
    // 30 February.
    [InlineData("""{"years": {"2026": {"daysOff": [{"date": "2026-02-30", "name": "X"}]}}}""", "ngày không hợp lệ \"2026-02-30\"")]
    // Day/month order mistaken.
    [InlineData("""{"years": {"2026": {"daysOff": [{"date": "30/04/2026", "name": "X"}]}}}""", "ngày không hợp lệ")]
    // Date outside the year it is listed under.
    [InlineData("""{"years": {"2026": {"daysOff": [{"date": "2025-04-30", "name": "X"}]}}}""", "không thuộc năm 2026")]
    // Range backwards.
    [InlineData("""{"years": {"2026": {"daysOff": [{"from": "2026-02-22", "to": "2026-02-14", "name": "Tết"}]}}}""", "trước ngày bắt đầu")]
    // A date both off and worked.
    [InlineData("""{"years": {"2026": {"daysOff": [{"date": "2026-01-10", "name": "X"}], "workingDays": [{"date": "2026-01-10", "name": "Y"}]}}}""", "vừa là ngày nghỉ vừa là ngày làm bù")]
    // Overlapping day-off ranges.
    [InlineData("""{"years": {"2026": {"daysOff": [{"from": "2026-04-28", "to": "2026-05-01", "name": "A"}, {"date": "2026-04-30", "name": "B"}]}}}""", "khai báo hai lần")]
    // A swapped working day on a weekday.
    [InlineData("""{"years": {"2026": {"workingDays": [{"date": "2026-04-27", "name": "X"}]}}}""", "không phải ngày cuối tuần")]
    // Missing name.
    [InlineData("""{"years": {"2026": {"daysOff": [{"date": "2026-04-30"}]}}}""", "thiếu tên")]
    // Unknown field (a typo must not silently drop a holiday).
    [InlineData("""{"years": {"2026": {"daysOff": [{"dat": "2026-04-30", "name": "X"}]}}}""", "không được hỗ trợ \"dat\"")]
    // Neither a date nor a range.
    [InlineData("""{"years": {"2026": {"daysOff": [{"from": "2026-04-30", "name": "X"}]}}}""", "cần \"date\" hoặc cặp")]
    public void MalformedCalendarIsRefusedWithAReason(string json, string expectedFragment)
    {
        var r = OfficialCalendar.Parse(json);
        Assert.False(r.IsSuccess);
        Assert.Null(r.Value);
        Assert.Contains(expectedFragment, r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryErrorIsListedNotOnlyTheFirst()
    {
        var r = OfficialCalendar.Parse("""{"years": {"2026": {"daysOff": [{"date": "2026-13-01", "name": "A"}, {"date": "2026-04-30"}]}}}""");
        Assert.False(r.IsSuccess);
        Assert.Contains("mục 1", r.Error, StringComparison.Ordinal);
        Assert.Contains("mục 2", r.Error, StringComparison.Ordinal);
    }
}
