using OneStop.Core.Accounts;

namespace OneStop.Tests.Accounts;

public sealed class PasswordPolicyTests
{
    [Theory]
    [InlineData("tiepnhan", "Abc@12345", PasswordPolicy.TooShort)]               // nine characters
    [InlineData("tiepnhan", "tiepnhan2026!", PasswordPolicy.ContainsUserName)]   // the user name inside
    [InlineData("tiepnhan", "XTIEPNHANX9", PasswordPolicy.ContainsUserName)]     // whatever the case
    [InlineData("tiepnhan", "matkhau123", PasswordPolicy.TooCommon)]             // a Vietnamese common one
    [InlineData("tiepnhan", "MatKhau123", PasswordPolicy.TooCommon)]             // case does not help
    [InlineData("tiepnhan", "1234567890", PasswordPolicy.TooCommon)]             // a number run
    [InlineData("tiepnhan", "qwertyuiop", PasswordPolicy.TooCommon)]             // a keyboard walk
    [InlineData("tiepnhan", "Password@2026", PasswordPolicy.TooCommon)]          // a listed word with digits tacked on
    [InlineData("tiepnhan", "Matkhau@2026!", PasswordPolicy.TooCommon)]          // the same in Vietnamese
    [InlineData("tiepnhan", "zzzzzzzzzzzz", PasswordPolicy.TooCommon)]           // one character repeated
    [InlineData("tiepnhan", "Tiếp nhận hồ sơ đúng hạn", null)]                   // a long phrase
    [InlineData("giamsat", "Giamsat@2026", PasswordPolicy.ContainsUserName)]     // the demo passwords would not pass (seeded as they are)
    [InlineData("quantri", "ngựa-vằn-xanh-lá", null)]
    public void APasswordIsLongNotTheUserNameAndNotCommon(string userName, string password, string? expected) =>
        Assert.Equal(expected, PasswordPolicy.Check(userName, password));

    [Fact]
    public void TheShippedListHoldsTheCommonPasswordsAndTheVietnameseOnes() =>
        Assert.True(PasswordPolicy.BannedCount >= 500, $"{PasswordPolicy.BannedCount} passwords");
}
