using OneStop.Core.Payments;

namespace OneStop.Tests.Payments;

public class VietQrTests
{
    public static TheoryData<string> Vectors => new()
    {
        "00020101021138570010A00000072701270006970403011300110123456780208QRIBFTTA53037045802VN63049E6F",
        "00020101021238570010A00000072701270006970403011300110123456780208QRIBFTTA530370454061800005802VN62340107NPS68690819thanh toan don hang63042E2E",
        "00020101021138530010A0000007270123000697041501091234567890208QRIBFTTA53037045802VN63046376",
        "00020101021238560010A0000007270126000697043601121234567890120208QRIBFTTC530370454061200005802VN62130809Pay a box6304B8EC",
        "00020101021238540010A00000072701240006970436011010175956000208QRIBFTTA530370454061800005802VN62230819thanh toan don hang630470FA",
        "00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA53037045405100005802VN62150811Chuyen tien630453E6",
    };

    [Fact]
    public void CrcOfTheCheckStringIs29B1() => Assert.Equal("29B1", VietQr.Crc16("123456789"));

    [Theory]
    [MemberData(nameof(Vectors))]
    public void EveryPublishedVectorParsesWithAValidCrc(string vector) =>
        Assert.True(VietQr.TryParse(vector, out _, out var error), error);

    [Theory]
    [MemberData(nameof(Vectors))]
    public void BuildingFromTheParsedFieldsReproducesTheVector(string vector) =>
        Assert.Equal(vector, VietQr.Build(VietQr.Parse(vector)));

    [Fact]
    public void TheSecondVectorCarriesAmountPurposeAndBillNumber()
    {
        var d = VietQr.Parse("00020101021238570010A00000072701270006970403011300110123456780208QRIBFTTA530370454061800005802VN62340107NPS68690819thanh toan don hang63042E2E");
        Assert.Equal("970403", d.Bin);
        Assert.Equal("0011012345678", d.AccountNumber);
        Assert.Equal(180000, d.Amount);
        Assert.True(d.IsDynamic);
        Assert.Equal("thanh toan don hang", d.Purpose);
        Assert.Equal("NPS6869", d.BillNumber);
        Assert.Equal(VietQr.ServiceToAccount, d.ServiceCode);
    }

    [Fact]
    public void TheFirstVectorIsStaticWithoutAmount()
    {
        var d = VietQr.Parse("00020101021138570010A00000072701270006970403011300110123456780208QRIBFTTA53037045802VN63049E6F");
        Assert.False(d.IsDynamic);
        Assert.Null(d.Amount);
        Assert.Null(d.Purpose);
    }

    [Theory]
    [InlineData("Nộp phí hồ sơ", "Nop phi ho so")]                                           // diacritics stripped
    [InlineData("Đăng ký khai sinh", "Dang ky khai sinh")]                                     // Đ → D
    [InlineData("H48.26.10-261125-0007", "H48.26.10-261125-0007")]                             // a dossier code is kept
    [InlineData("Phi chung thuc H48.26.10-261125-0007", "Phi chung thuc H48.26.10-")]          // cut to 25 characters
    [InlineData("Lệ phí ☺ hộ tịch", "Le phi ho tich")]                                         // non-ASCII symbols dropped
    public void PurposeIsAsciiAndAtMost25Characters(string text, string expected)
    {
        var ascii = VietQr.AsciiText(text);
        Assert.Equal(expected, ascii);
        Assert.True(ascii.Length <= 25);
        Assert.All(ascii, c => Assert.InRange(c, ' ', '~'));
    }

    [Fact]
    public void ADossierPaymentCodeIsDynamicAndReadsBack()
    {
        var payload = VietQr.ForPayment("970436", "1017595600", 8000, "Nộp phí H48.26.10-261125-0007");
        Assert.StartsWith("000201010212", payload, StringComparison.Ordinal);
        Assert.Contains("54048000", payload, StringComparison.Ordinal);
        var d = VietQr.Parse(payload);
        Assert.Equal(8000, d.Amount);
        Assert.Equal("Nop phi H48.26.10-261125-", d.Purpose);
        Assert.Equal("1017595600", d.AccountNumber);
    }

    [Theory]
    [InlineData("00020101021138570010A00000072701270006970403011300110123456780208QRIBFTTA53037045802VN63049E6E")] // CRC off by one
    [InlineData("00020101021138570010A00000072701270006970403011300110123456780208QRIBFTTA53037045802VN")]         // no CRC field
    [InlineData("0002010102113857")]                                                                                   // truncated
    [InlineData("")]                                                                                                   // nothing
    [InlineData("https://example.com/pay")]                                                                            // not a VietQR
    public void DamagedPayloadsAreRefused(string payload)
    {
        Assert.False(VietQr.TryParse(payload, out var d, out var error));
        Assert.Null(d);
        Assert.NotEmpty(error);
    }

    [Fact]
    public void AStructurallyBrokenPayloadWithAMatchingCrcIsStillRefused()
    {
        var body = "000201010211389900";  // field 38 claims 99 characters it does not have
        var payload = body + "6304" + VietQr.Crc16(body + "6304");
        Assert.False(VietQr.TryParse(payload, out _, out var error));
        Assert.Contains("cấu trúc", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("97043", "1017595600")]   // 5-digit BIN
    [InlineData("970436", "")]            // no account
    [InlineData("970436", "12345678901234567890")] // 20-character account
    [InlineData("970436", "1017-5956")]   // punctuation in the account
    public void BuildRefusesABadBeneficiary(string bin, string account) =>
        Assert.Throws<ArgumentException>(() => VietQr.Build(new VietQrData { Bin = bin, AccountNumber = account, Amount = 8000 }));
}
