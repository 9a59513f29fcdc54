using OneStop.Core.Dossiers;

namespace OneStop.Tests.Dossiers;

public class CitizenIdTests
{
    [Theory]
    [InlineData("001099012345", "001", 0, false, 1999)] // Hà Nội, man born 1999
    [InlineData("079301000123", "079", 3, true, 2001)]  // Hồ Chí Minh, woman born 2001
    [InlineData("048200001234", "048", 2, false, 2000)] // Đà Nẵng, man born 2000
    [InlineData("038185000001", "038", 1, true, 1985)]  // Thanh Hóa, woman born 1985
    public void DigitsEncodeProvinceCenturySexAndBirthYear(string text, string province, int centurySex, bool female, int year)
    {
        var id = CitizenId.Parse(text);
        Assert.Equal(province, id.ProvinceCode);
        Assert.Equal(centurySex, id.CenturySexDigit);
        Assert.Equal(female, id.IsFemale);
        Assert.Equal(year, id.BirthYear);
        Assert.Equal(year % 100, id.BirthYearTwoDigits);
    }

    [Fact]
    public void SpacesTypedBetweenGroupsAreIgnored() =>
        Assert.Equal("001099012345", CitizenId.Parse(" 001 099 012 345 ").Value);

    [Theory]
    [InlineData("", "Chưa nhập số định danh cá nhân.")]                           // empty
    [InlineData("00109901234", "Số định danh cá nhân phải gồm đúng 12 chữ số.")]  // 11 digits
    [InlineData("0010990123456", "Số định danh cá nhân phải gồm đúng 12 chữ số.")] // 13 digits
    [InlineData("123456789", "Số định danh cá nhân phải gồm đúng 12 chữ số.")]    // an old CMND number
    [InlineData("00109901234A", "Số định danh cá nhân chỉ gồm chữ số.")]           // a letter
    [InlineData("００１０９９０１２３４５", "Số định danh cá nhân chỉ gồm chữ số.")] // full-width digits are not ASCII digits
    public void BadNumbersAreRefusedWithTheReason(string text, string message)
    {
        Assert.False(CitizenId.TryParse(text, out var id, out var error));
        Assert.Null(id);
        Assert.Equal(message, error);
    }

    [Theory]
    [InlineData("123456789", true)]   // 9 digits
    [InlineData("12345678", false)]   // 8 digits
    [InlineData("1234567890", false)] // 10 digits
    [InlineData("12345678x", false)]  // a letter
    public void OldIdNumberIsNineDigits(string text, bool ok) =>
        Assert.Equal(ok, OldIdNumber.TryParse(text, out _));
}
