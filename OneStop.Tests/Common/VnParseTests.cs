using OneStop.Core.Common;

namespace OneStop.Tests.Common;

/// <summary>The one parser for dates and times typed at the counter, the queues, the statistics and the settings.</summary>
public sealed class VnParseTests
{
    [Theory]
    [InlineData("05/03/1990", 1990, 3, 5)]      // the printed form, day first
    [InlineData("5/3/1990", 1990, 3, 5)]        // typed without leading zeros
    [InlineData("05031990", 1990, 3, 5)]        // as a CCCD QR line writes it
    [InlineData("  05/03/1990 ", 1990, 3, 5)]   // spaces around a pasted date
    [InlineData("29/02/2024", 2024, 2, 29)]     // a leap day that exists
    [InlineData("31/12/2026", 2026, 12, 31)]    // day 31 is not read as a month
    public void TryDateReadsTheDayFirst(string text, int year, int month, int day)
    {
        Assert.True(VnParse.TryDate(text, out var d));
        Assert.Equal(new DateOnly(year, month, day), d);
        Assert.Equal(new DateOnly(year, month, day), VnParse.Date(text));
    }

    [Theory]
    [InlineData(null)]                 // nothing typed
    [InlineData("")]                   // an emptied box
    [InlineData("29/02/2026")]         // a leap day that does not exist
    [InlineData("03/25/2026")]         // month first (US order) is not guessed
    [InlineData("2026-03-05")]         // ISO belongs to the API, not to the boxes
    [InlineData("05/03/90")]           // a two-digit year is ambiguous
    [InlineData("05/03/1990 08:00")]   // a date box does not take a time
    public void TryDateRefusesWhatIsNotADayFirstDate(string? text)
    {
        Assert.False(VnParse.TryDate(text, out _));
        Assert.Null(VnParse.Date(text));
    }

    [Theory]
    [InlineData("25/11/2026 14:30", 2026, 11, 25, 14, 30)]   // the printed form
    [InlineData("5/1/2026 9:05", 2026, 1, 5, 9, 5)]          // no leading zeros
    [InlineData(" 25/11/2026 00:00 ", 2026, 11, 25, 0, 0)]   // midnight, padded
    public void TryDateTimeReadsVietNamWallClockTime(string text, int year, int month, int day, int hour, int minute)
    {
        Assert.True(VnParse.TryDateTime(text, out var t));
        // The instant is Viet Nam time whatever the server's zone: 14:30 at +07:00 is 07:30 UTC.
        Assert.Equal(new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(7)), t);
        Assert.Equal(TimeSpan.FromHours(7), t.Offset);
    }

    [Theory]
    [InlineData(null)]                  // nothing typed
    [InlineData("25/11/2026")]          // the time is missing
    [InlineData("25/11/2026 2:30 PM")]  // 12-hour clock
    [InlineData("25/11/2026 24:00")]    // no hour 24
    [InlineData("31/11/2026 08:00")]    // 31 November does not exist
    public void TryDateTimeRefusesAnIncompleteOrImpossibleTime(string? text) =>
        Assert.False(VnParse.TryDateTime(text, out _));

    [Theory]
    [InlineData("15:00", 15, 0)]   // the usual cut-off
    [InlineData("7:30", 7, 30)]    // no leading zero
    [InlineData(" 07:30", 7, 30)]  // padded
    public void TryTimeReadsA24HourTime(string text, int hour, int minute)
    {
        Assert.True(VnParse.TryTime(text, out var t));
        Assert.Equal(new TimeOnly(hour, minute), t);
    }

    [Theory]
    [InlineData("15h")]     // spoken form
    [InlineData("25:00")]   // no such hour
    [InlineData("3:00 PM")] // 12-hour clock
    [InlineData(null)]      // nothing typed
    public void TryTimeRefusesAnythingElse(string? text) => Assert.Null(VnParse.Time(text));
}
