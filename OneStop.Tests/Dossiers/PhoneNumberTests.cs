using OneStop.Core.Dossiers;

namespace OneStop.Tests.Dossiers;

public class PhoneNumberTests
{
    [Theory]
    [InlineData("0912345678", "0912345678", "0912 345 678")]     // mobile as typed
    [InlineData("0912 345 678", "0912345678", "0912 345 678")]   // with spaces
    [InlineData("0912.345.678", "0912345678", "0912 345 678")]   // with dots
    [InlineData("0912-345-678", "0912345678", "0912 345 678")]   // with dashes
    [InlineData("+84912345678", "0912345678", "0912 345 678")]   // international
    [InlineData("+84 912 345 678", "0912345678", "0912 345 678")] // international with spaces
    [InlineData("84912345678", "0912345678", "0912 345 678")]    // international without plus
    [InlineData("0387654321", "0387654321", "0387 654 321")]     // Viettel 03x
    [InlineData("0561234567", "0561234567", "0561 234 567")]     // 05x
    [InlineData("0701234567", "0701234567", "0701 234 567")]     // 07x
    [InlineData("0812345678", "0812345678", "0812 345 678")]     // 08x
    [InlineData("024 3825 1234", "02438251234", "024 3825 1234")] // Hà Nội landline, 11 digits
    [InlineData("(0236) 382 1234", "02363821234", "023 6382 1234")] // landline with brackets
    [InlineData("0203123456", "0203123456", "0203 123 456")]     // 10-digit landline
    public void ValidNumbersAreNormalisedAndDisplayedInGroups(string input, string value, string display)
    {
        Assert.True(PhoneNumber.TryParse(input, out var phone, out var error), error);
        Assert.Equal(value, phone.Value.Value);
        Assert.Equal(display, phone.Value.Display);
    }

    [Theory]
    [InlineData("")]              // nothing typed
    [InlineData("091234567")]     // 9 digits
    [InlineData("09123456789")]   // 11-digit mobile
    [InlineData("0112345678")]    // 01x is not a prefix any more
    [InlineData("0612345678")]    // 06x is not a mobile prefix
    [InlineData("0412345678")]    // 04x is not a prefix
    [InlineData("912345678")]     // missing the leading 0
    [InlineData("+1 202 555 0123")] // not Vietnamese
    [InlineData("0912abc678")]    // letters
    [InlineData("021234567890")]  // landline too long
    public void InvalidNumbersAreRefused(string input)
    {
        Assert.False(PhoneNumber.TryParse(input, out var phone, out var error));
        Assert.Null(phone);
        Assert.NotEmpty(error);
    }

    [Fact]
    public void MobileAndLandlineAreTold()
    {
        Assert.True(PhoneNumber.Parse("0912345678").IsMobile);
        Assert.False(PhoneNumber.Parse("02438251234").IsMobile);
        Assert.Equal("+84912345678", PhoneNumber.Parse("0912345678").International);
    }
}
