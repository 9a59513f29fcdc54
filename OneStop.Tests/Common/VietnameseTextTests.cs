using OneStop.Core.Common;

namespace OneStop.Tests.Common;

public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData("Nguyễn Văn An", "nguyen van an")]        // tones and breve
    [InlineData("ĐẶNG Thị Đào", "dang thi dao")]          // đ/Đ become d
    [InlineData("  Chứng   thực ", "chung thuc")]        // whitespace collapsed
    [InlineData("Nguye\u0302\u0303n", "nguyen")]         // decomposed input (NFD) folds the same
    public void FoldGivesTheSearchKey(string text, string expected) => Assert.Equal(expected, VietnameseText.Fold(text));

    [Theory]
    [InlineData("chung thuc", true)]
    [InlineData("Chứng thực bản sao", true)]
    [InlineData("ban sao chung", true)]                   // any word order
    [InlineData("khai sinh", false)]
    public void MatchesFindsWithOrWithoutDiacritics(string query, bool expected) =>
        Assert.Equal(expected, VietnameseText.Matches(VietnameseText.Fold("Chứng thực bản sao từ bản chính"), query));

    [Fact]
    public void CleanStoresNfc() =>
        Assert.Equal("Nguyễn".Normalize(System.Text.NormalizationForm.FormC), VietnameseText.Clean("Nguye\u0302\u0303n"));

    [Theory]
    [InlineData(8000, "8.000 đ")]
    [InlineData(200000, "200.000 đ")]
    [InlineData(0, "0 đ")]
    [InlineData(1234567, "1.234.567 đ")]
    public void MoneyIsWrittenTheVietnameseWay(long amount, string expected) => Assert.Equal(expected, VnFormat.Money(amount));

    [Fact]
    public void TimesAreVietNamTimeWhateverTheOffset()
    {
        var utc = new DateTimeOffset(2026, 11, 24, 17, 30, 0, TimeSpan.Zero); // 00:30 on 25/11 in Viet Nam
        Assert.Equal("25/11/2026", VnFormat.Date(utc));
        Assert.Equal("00:30", VnFormat.Time(utc));
        Assert.Equal(new DateOnly(2026, 11, 25), VnTime.DateOf(utc));
        Assert.Equal("00 giờ 30 phút, ngày 25 tháng 11 năm 2026", VnFormat.Spelled(utc));
    }
}
