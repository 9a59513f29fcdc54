using OneStop.Core.Centre;
using OneStop.Core.Common;
using OneStop.Core.Documents;
using OneStop.Core.Documents.Forms;
using OneStop.Core.Payments;
using OneStop.Tests.Documents;

namespace OneStop.Tests.Payments;

public sealed class PaymentSlipTests : IDisposable
{
    private readonly PdfTools _tools = new();
    public void Dispose() => _tools.Dispose();

    private const string Code = "H48.26.10-261125-0007";

    private static PaymentQrBlock Qr(long amount) => new(
        VietQr.ForPayment("970418", "8600123456789", amount, VietQr.AsciiText(Code)), amount, "BIDV", "8600123456789", "UBND PHUONG CHIENG LE", Code);

    private static PaymentSlipData Slip(SlipPaper size = SlipPaper.A5) => new(
        SampleDocuments.Receipt().Centre, Code, "Nguyễn Thị Hồng Nhung", "Chứng thực bản sao từ bản chính",
        [new FeeLine("Chứng thực trang 1–2", 4000), new FeeLine("Chứng thực từ trang 3", 1001000)], 1005000, Qr(1005000),
        new DateOnly(2026, 11, 25), size);

    private VietQrData DecodeQr(byte[] pdf, string name, int page = 1)
    {
        var png = _tools.RenderPage(_tools.Save(pdf, name), page);
        var qr = _tools.Decode(png).Single(s => s.StartsWith("QR-Code:", StringComparison.Ordinal));
        return VietQr.Parse(qr["QR-Code:".Length..]);
    }

    [Theory]
    [InlineData(SlipPaper.A5)]
    [InlineData(SlipPaper.A6)] // the small paper still prints a QR a phone reads
    public void SlipQrDecodesToTheAmountAccountAndDossierCode(SlipPaper size)
    {
        var data = DecodeQr(PaymentSlipForm.Render(Slip(size)), $"slip-{size}.pdf");
        Assert.Equal(1005000, data.Amount);
        Assert.Equal("970418", data.Bin);
        Assert.Equal("8600123456789", data.AccountNumber);
        Assert.Equal(Code, data.Purpose);
    }

    [Fact]
    public void SlipPrintsTheTotalInDigitsAndWordsAndTheScanLine()
    {
        var text = _tools.FlatText(_tools.Save(PaymentSlipForm.Render(Slip()), "slip.pdf"));
        Assert.Contains(PaymentSlipForm.Title, text);
        Assert.Contains("1.005.000 đ", text);
        Assert.Contains("Một triệu không trăm linh năm nghìn đồng", text);
        Assert.Contains("Quét mã bằng ứng dụng ngân hàng để nộp phí, lệ phí", text);
        Assert.Contains("8600123456789", text);
        Assert.Contains(Code, text);
    }

    [Fact]
    public void A6SlipIsA6Paper()
    {
        var (w, h, pages) = _tools.Info(_tools.Save(PaymentSlipForm.Render(Slip(SlipPaper.A6)), "a6.pdf"));
        Assert.Equal(1, pages);
        Assert.InRange(w, 296, 299); // 105 mm
        Assert.InRange(h, 418, 421); // 148 mm
    }

    [Fact]
    public void ReceiptWithAFeeCarriesTheSamePaymentQr()
    {
        var receipt = SampleDocuments.Receipt() with { PaymentQr = Qr(8000) };
        var pdf = ReceiptForm.Render(receipt);
        var png = _tools.RenderPage(_tools.Save(pdf, "receipt-qr.pdf"));
        var payloads = _tools.Decode(png).Where(s => s.StartsWith("QR-Code:", StringComparison.Ordinal)).Select(s => s["QR-Code:".Length..]).ToList();
        var payment = payloads.Select(p => VietQr.TryParse(p, out var d, out _) ? d : null).Single(d => d is not null)!;
        Assert.Equal(8000, payment.Amount);
        Assert.Equal(Code, payment.Purpose);
        Assert.Contains(Code, payloads); // the dossier's own QR is still there
    }

    [Fact]
    public void FeeReceiptPrintsItsNumberAmountAndReference()
    {
        var pdf = FeeReceiptForm.Render(new FeeReceiptData(SampleDocuments.Receipt().Centre, "BL-2026-000123", Code, "Nguyễn Thị Hồng Nhung",
            "Chứng thực", 8000, "Chuyển khoản", "FT2633012345", "Trần Văn Bình", VnTime.At(new DateOnly(2026, 11, 25), new TimeOnly(9, 30))));
        var text = _tools.FlatText(_tools.Save(pdf, "bl.pdf"));
        foreach (var s in new[] { "BIÊN LAI THU PHÍ, LỆ PHÍ", "BL-2026-000123", "8.000 đ", "Tám nghìn đồng", "FT2633012345", "Chuyển khoản" })
            Assert.Contains(s, text);
    }
}

public sealed class AmountInWordsTests
{
    [Theory]
    [InlineData(0L, "Không đồng")]                                    // the lower bound
    [InlineData(8000L, "Tám nghìn đồng")]                             // the hộ tịch copy fee
    [InlineData(15000L, "Mười lăm nghìn đồng")]                       // 5 after ten reads "lăm"
    [InlineData(21000L, "Hai mươi mốt nghìn đồng")]                   // 1 after twenty reads "mốt"
    [InlineData(105000L, "Một trăm linh năm nghìn đồng")]             // zero tens read "linh"
    [InlineData(1005000L, "Một triệu không trăm linh năm nghìn đồng")] // an inner group is read in full
    [InlineData(200000L, "Hai trăm nghìn đồng")]                      // the cap per copy
    [InlineData(999999999999L, "Chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng")] // the upper bound
    public void AmountsReadInVietnamese(long amount, string words) => Assert.Equal(words, VietnameseNumberWords.Dong(amount));
}
