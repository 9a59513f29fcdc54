using OneStop.Core.Common;

namespace OneStop.Tests.Documents;

public class NumberWordsTests
{
    [Theory]
    [InlineData(0, "không")]
    [InlineData(5, "năm")]
    [InlineData(10, "mười")]
    [InlineData(11, "mười một")]                 // "một" after "mười", not "mốt"
    [InlineData(15, "mười lăm")]                 // 5 after a tens digit is "lăm"
    [InlineData(21, "hai mươi mốt")]             // 1 after a tens digit ≥ 2 is "mốt"
    [InlineData(24, "hai mươi tư")]
    [InlineData(55, "năm mươi lăm")]
    [InlineData(100, "một trăm")]
    [InlineData(105, "một trăm linh năm")]       // zero tens read "linh"; 5 stays "năm"
    [InlineData(110, "một trăm mười")]
    [InlineData(1001, "một nghìn không trăm linh một")]   // inner group read in full
    [InlineData(2000, "hai nghìn")]
    [InlineData(1_000_005, "một triệu không trăm linh năm")] // an empty thousands group is skipped
    [InlineData(1_005_000, "một triệu không trăm linh năm nghìn")]
    [InlineData(1_000_000_000, "một tỷ")]
    [InlineData(1_000_000_000_000, "một nghìn tỷ")]          // tỷ repeats above a billion
    [InlineData(-8000, "âm tám nghìn")]
    public void NumbersReadAsVietnameseWords(long n, string words) =>
        Assert.Equal(words, VietnameseNumberWords.ToWords(n));

    [Theory]
    [InlineData(8000, "Tám nghìn đồng")]
    [InlineData(200000, "Hai trăm nghìn đồng")]
    [InlineData(1005000, "Một triệu không trăm linh năm nghìn đồng")]
    [InlineData(10000, "Mười nghìn đồng")]
    [InlineData(2500, "Hai nghìn năm trăm đồng")]
    public void AmountsInWordsStartWithACapitalAndEndInDong(long amount, string words) =>
        Assert.Equal(words, VietnameseNumberWords.Dong(amount));
}
