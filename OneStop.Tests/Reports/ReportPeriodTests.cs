using OneStop.Core.Reports;

namespace OneStop.Tests.Reports;

public sealed class ReportPeriodTests
{
    [Theory]
    [InlineData("Q1-2026", "2025-12-15", "2026-03-14", "Quý I năm 2026")]        // Q1 starts in the previous December: crosses the year end
    [InlineData("Q2-2026", "2026-03-15", "2026-06-14", "Quý II năm 2026")]       // cut on the 14th, not at month end
    [InlineData("Q3-2026", "2026-06-15", "2026-09-14", "Quý III năm 2026")]      // starts the day after six months end
    [InlineData("Q4-2026", "2026-09-15", "2026-12-14", "Quý IV năm 2026")]       // the brief's example: 15/09–14/12
    [InlineData("6T-2026", "2025-12-15", "2026-06-14", "6 tháng đầu năm 2026")]  // six months = Q1 + Q2
    [InlineData("N-2026", "2025-12-15", "2026-12-14", "Năm 2026")]               // the year ends on 14/12
    [InlineData("q1-2029", "2028-12-15", "2029-03-14", "Quý I năm 2029")]        // lower case, as typed in a URL
    [InlineData("Q1-2028", "2027-12-15", "2028-03-14", "Quý I năm 2028")]        // leap February inside the quarter
    public void NamedPeriodsFollowDecree09Cutoffs(string key, string from, string to, string name)
    {
        Assert.True(ReportPeriod.TryParse(key, out var p));
        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), p.From);
        Assert.Equal(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), p.To);
        Assert.Equal(name, p.Name);
    }

    [Theory]
    [InlineData("")]          // nothing
    [InlineData("Q5-2026")]   // no fifth quarter
    [InlineData("Q1")]        // no year
    [InlineData("N-26")]      // two-digit year
    [InlineData("T-2026")]    // unknown kind
    public void AnUnknownPeriodKeyIsRefused(string key) => Assert.False(ReportPeriod.TryParse(key, out _));

    [Fact]
    public void AdjacentQuartersTouchWithoutGapOrOverlap()
    {
        for (var year = 2025; year <= 2028; year++)
        {
            var quarters = Enumerable.Range(1, 4).Select(q => ReportPeriod.Quarter(year, q)).Append(ReportPeriod.Quarter(year + 1, 1)).ToList();
            for (var i = 1; i < quarters.Count; i++) Assert.Equal(quarters[i - 1].To.AddDays(1), quarters[i].From);
            Assert.Equal(ReportPeriod.Year(year).From, quarters[0].From);
            Assert.Equal(ReportPeriod.Year(year).To, quarters[3].To);
        }
    }

    [Theory]
    [InlineData("2026-12-14", 2026)] // last day of the 2026 reporting year
    [InlineData("2026-12-15", 2027)] // first day of 2027's figures
    [InlineData("2026-01-01", 2026)] // calendar and reporting year agree
    public void TheReportingYearTurnsOnTheFifteenthOfDecember(string day, int year) =>
        Assert.Equal(year, ReportPeriod.ReportingYearOf(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void OfferedPeriodsAreThoseAlreadyStartedNewestFirst()
    {
        var offered = ReportPeriod.Offered(new DateOnly(2026, 11, 20));
        Assert.Equal("Q4-2026", offered[0].Key);            // the running quarter ends first (14/12) and is the shortest
        Assert.Contains(offered, p => p.Key == "N-2026");
        Assert.Contains(offered, p => p.Key == "Q1-2025");
        Assert.DoesNotContain(offered, p => p.From > new DateOnly(2026, 11, 20));
    }
}
