using OneStop.Core.Centre;
using OneStop.Core.Dossiers;

namespace OneStop.Tests.Dossiers;

public class DossierCodeTests
{
    private static readonly AgencyCode Agency = AgencyCode.Parse("H48.26.10");

    [Theory]
    [InlineData(7, "H48.26.10-261125-0007")]      // the example in the guide
    [InlineData(1, "H48.26.10-261125-0001")]      // the first dossier of the day
    [InlineData(9999, "H48.26.10-261125-9999")]   // the last 4-digit sequence
    [InlineData(10000, "H48.26.10-261125-10000")] // never capped: grows to 5 digits
    [InlineData(123456, "H48.26.10-261125-123456")] // a busy archive centre over years
    public void CreatePadsTheSequenceToAtLeastFourDigits(long sequence, string expected) =>
        Assert.Equal(expected, DossierCode.Create(Agency, new DateOnly(2026, 11, 25), sequence).Value);

    [Fact]
    public void CreateRefusesSequenceZero() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DossierCode.Create(Agency, new DateOnly(2026, 11, 25), 0));

    [Theory]
    [InlineData("H48.26.10-261125-0007", "H48.26.10-261125-0007")]      // canonical
    [InlineData("h48.26.10-261125-0007", "H48.26.10-261125-0007")]      // scanned lower case
    [InlineData("  H48.26.10-261125-0007\r\n", "H48.26.10-261125-0007")] // scanner adds a line end
    [InlineData("H48.26.10-261125-10000", "H48.26.10-261125-10000")]    // 5-digit sequence
    [InlineData("000.00.31.H48-260102-0012", "000.00.31.H48-260102-0012")] // identifier starting with digits
    public void TryParseAcceptsAndCanonicalises(string input, string expected)
    {
        Assert.True(DossierCode.TryParse(input, out var code));
        Assert.Equal(expected, code.Value.Value);
    }

    [Fact]
    public void ParsedCodeExposesAgencyDateAndSequence()
    {
        var code = DossierCode.Parse("h48.26.10-261125-0042");
        Assert.Equal("H48.26.10", code.Agency.Value);
        Assert.Equal(new DateOnly(2026, 11, 25), code.Date);
        Assert.Equal(42, code.Sequence);
        Assert.Equal(DossierCode.Create(Agency, new DateOnly(2026, 11, 25), 42), code);
    }

    [Theory]
    [InlineData("")]                          // nothing typed
    [InlineData("H48.26.10-261125-007")]      // sequence shorter than 4 digits
    [InlineData("H48.26.10-261125-0000")]     // sequences start at 0001
    [InlineData("H48.26.10-261125-00010")]    // padding beyond 4 digits is not canonical
    [InlineData("H48.26.10-261325-0007")]     // month 13
    [InlineData("H48.26.10-260230-0007")]     // 30 February
    [InlineData("H48.26.10-26112-0007")]      // 5-digit date
    [InlineData("H48.26.10_261125_0007")]     // wrong separator
    [InlineData("H48..26-261125-0007")]       // empty identifier group
    [InlineData("H48.26.10-261125-0007-1")]   // extra part
    [InlineData("H48.26.10-261125-00a7")]     // letter in the sequence
    public void TryParseRefusesMalformedCodes(string input)
    {
        Assert.False(DossierCode.TryParse(input, out var code, out var error));
        Assert.Null(code);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public void ParseThrowsWithAVietnameseMessage()
    {
        var ex = Assert.Throws<FormatException>(() => DossierCode.Parse("abc"));
        Assert.Contains("Mã hồ sơ", ex.Message, StringComparison.Ordinal);
    }
}
