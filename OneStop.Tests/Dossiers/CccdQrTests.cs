using System.Text;
using OneStop.Core.Dossiers;

namespace OneStop.Tests.Dossiers;

public class CccdQrTests
{
    private const string Line = "001099012345|123456789|Nguyễn Văn An|15031999|Nam|Số 12 ngõ 34 phố Láng, Đống Đa, Hà Nội|20042021";

    [Fact]
    public void AFullLineFillsEveryField()
    {
        Assert.True(CccdQr.TryParse(Line, out var d, out var error), error);
        Assert.Equal("001099012345", d.CitizenId.Value);
        Assert.Equal("123456789", d.OldId?.Value);
        Assert.Equal("Nguyễn Văn An", d.FullName);
        Assert.Equal(new DateOnly(1999, 3, 15), d.BirthDate);
        Assert.Equal(Sex.Male, d.Sex);
        Assert.Equal("Số 12 ngõ 34 phố Láng, Đống Đa, Hà Nội", d.Address);
        Assert.Equal(new DateOnly(2021, 4, 20), d.IssueDate);
    }

    [Fact]
    public void AnEmptyOldIdFieldGivesNoOldId()
    {
        Assert.True(CccdQr.TryParse("079301000123||Trần Thị Bình|01022001|Nữ|Phường Bến Nghé, TP Hồ Chí Minh|10102022", out var d, out _));
        Assert.Null(d.OldId);
        Assert.Equal(Sex.Female, d.Sex);
        Assert.Equal("Nữ", d.SexText);
    }

    [Fact]
    public void DecomposedTextAndExtraSpacesAreStoredAsCleanNfc()
    {
        var decomposed = "079301000123||  Trần   Thị Bình |01022001|Nữ|Hà Nội|10102022\r\n".Normalize(NormalizationForm.FormD);
        Assert.True(CccdQr.TryParse(decomposed, out var d, out _));
        Assert.Equal("Trần Thị Bình", d.FullName);
        Assert.True(d.FullName.IsNormalized(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("001099012345|123456789|Nguyễn Văn An|15031999|Nam|Hà Nội")]              // issue date missing
    [InlineData("001099012345")]                                                           // only the number
    [InlineData("00109901234|123456789|Nguyễn Văn An|15031999|Nam|Hà Nội|20042021")]     // 11-digit id
    [InlineData("001099012345|12345678|Nguyễn Văn An|15031999|Nam|Hà Nội|20042021")]     // 8-digit old id
    [InlineData("001099012345|123456789||15031999|Nam|Hà Nội|20042021")]                 // no name
    [InlineData("001099012345|123456789|Nguyễn Văn An|31021999|Nam|Hà Nội|20042021")]    // 31 February
    [InlineData("001099012345|123456789|Nguyễn Văn An|1999-03-15|Nam|Hà Nội|20042021")]  // ISO date
    [InlineData("001099012345|123456789|Nguyễn Văn An|15031999|Male|Hà Nội|20042021")]   // sex in English
    [InlineData("001099012345|123456789|Nguyễn Văn An|15031999|Nam||20042021")]          // no address
    [InlineData("001099012345|123456789|Nguyễn Văn An|15031999|Nam|Hà Nội|20041990")]    // issued before birth
    [InlineData("hello world")]                                                            // garbage
    [InlineData("")]                                                                       // nothing
    public void AnyBadFieldRefusesTheWholeLine(string line)
    {
        Assert.False(CccdQr.TryParse(line, out var d, out var error));
        Assert.Null(d);
        Assert.NotEmpty(error);
    }

    [Theory]
    [InlineData(Line, true)]                          // a scanner line
    [InlineData("  " + Line, true)]                   // leading space from the scanner
    [InlineData("001099012345|...", false)]           // 12 digits and a bar but not the card's seven fields
    [InlineData("Tổ 3 | Khu 2 | phường Chiềng Lề | Sơn La | a | b | c", false)] // an address typed with bars
    [InlineData("014190001234||Nguyễn Văn An|31021990|Nam|Đà Nẵng|15082021", true)] // the shape, though the date is wrong: parsed and refused
    [InlineData("001099012345", false)]               // a typed id number: search, not a scan
    [InlineData("Nguyễn Văn An", false)]              // a typed name
    [InlineData("H48.26.10-261125-0007", false)]      // a dossier code
    [InlineData("00109901234|x", false)]              // only 11 digits before the bar
    [InlineData("", false)]                           // nothing
    public void LooksTellsAScannerLineFromTypedText(string text, bool looks) =>
        Assert.Equal(looks, CccdQr.Looks(text));
}
