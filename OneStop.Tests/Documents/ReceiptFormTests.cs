using OneStop.Core.Documents;
using OneStop.Core.Documents.Forms;

namespace OneStop.Tests.Documents;

public sealed class ReceiptFormTests : IDisposable
{
    private readonly PdfTools _tools = new();

    public void Dispose() => _tools.Dispose();

    [Fact]
    public void ReceiptTextHasEveryFieldInVietnamese()
    {
        var pdf = _tools.Save(ReceiptForm.Render(SampleDocuments.Receipt()), "receipt.pdf");
        var text = _tools.FlatText(pdf);

        string[] expected =
        [
            "UBND XÃ HÒA AN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số:",
            "Hòa An, ngày 25 tháng 11 năm 2026",
            "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Mã hồ sơ: H48.26.10-261125-0007",
            "Ông/Bà: Nguyễn Thị Hồng Nhung", "Số định danh cá nhân/tổ chức: 048190001234",
            "Địa chỉ: Tổ 5, thôn Phước Thuận", "Số điện thoại: 0905123456", "Email: nhung.nguyen@example.vn",
            "Nộp thay cho (người ủy quyền): Lê Văn Ấn", "048090004321",
            "Nội dung yêu cầu giải quyết: Chứng thực bản sao từ bản chính giấy tờ, văn bản",
            "1. Thành phần hồ sơ", "STT", "Tên giấy tờ", "Số lượng", "Bản sao cần chứng thực", "Bản chính", "Xuất trình",
            "2. Số lượng hồ sơ: 01 (bộ)",
            "3. Thời gian giải quyết hồ sơ theo quy định: 03 ngày làm việc",
            "4. Thời gian nhận hồ sơ: 09 giờ 05 phút, ngày 25 tháng 11 năm 2026",
            "5. Thời gian trả kết quả giải quyết hồ sơ: 09 giờ 05 phút, ngày 28 tháng 11 năm 2026",
            "6. Phí, lệ phí: 8.000 đ (Bằng chữ: Tám nghìn đồng)",
            "7. Nơi/hình thức nhận kết quả: Nhận trực tiếp tại Trung tâm",
            "Vào Sổ theo dõi hồ sơ, Quyển số: 01, Số thứ tự: 123",
            "NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ", "Trần Văn Bình",
        ];
        foreach (var phrase in expected) Assert.Contains(phrase, text);
    }

    [Fact]
    public void ReceiptComesInTwoCopiesMarkedLien1AndLien2()
    {
        var pdf = _tools.Save(ReceiptForm.Render(SampleDocuments.Receipt()), "receipt.pdf");
        var text = _tools.FlatText(pdf);
        var lien1 = text.IndexOf("Liên 1: Giao người nộp hồ sơ", StringComparison.Ordinal);
        var lien2 = text.IndexOf("Liên 2: Lưu tại bộ phận tiếp nhận", StringComparison.Ordinal);
        Assert.True(lien1 >= 0 && lien2 > lien1, text);
        Assert.Equal(2, CountOf(text, "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"));
    }

    [Fact]
    public void FreeProcedurePrintsNoFeeInsteadOfZeroDong()
    {
        var pdf = _tools.Save(ReceiptForm.Render(SampleDocuments.Receipt() with { Fee = 0 }), "free.pdf");
        var text = _tools.FlatText(pdf);
        Assert.Contains("6. Phí, lệ phí: Không thu phí", text);
        Assert.DoesNotContain("0 đ", text);
    }

    [Fact]
    public void ReceiptIsA5ByDefaultAndA4WhenChosen()
    {
        var a5 = _tools.Info(_tools.Save(ReceiptForm.Render(SampleDocuments.Receipt()), "a5.pdf"));
        Assert.Equal(419.5, a5.Width, 0);
        Assert.Equal(595.3, a5.Height, 0);

        var a4 = _tools.Info(_tools.Save(ReceiptForm.Render(SampleDocuments.Receipt() with { Size = PaperSize.A4 }), "a4.pdf"));
        Assert.Equal(595.3, a4.Width, 0);
        Assert.Equal(841.9, a4.Height, 0);
    }

    [Theory]
    [InlineData(PaperSize.A5)]
    [InlineData(PaperSize.A4)]
    public void PrintedQrAndCode128BothDecodeToTheDossierCode(PaperSize size)
    {
        var pdf = _tools.Save(ReceiptForm.Render(SampleDocuments.Receipt() with { Size = size }), $"codes-{size}.pdf");
        var symbols = _tools.Decode(_tools.RenderPage(pdf));
        Assert.Contains($"QR-Code:{SampleDocuments.Code}", symbols);
        Assert.Contains($"CODE-128:{SampleDocuments.Code}", symbols);
    }

    [Fact]
    public void LongDocumentListContinuesOnANewPageWithTheTableHeaderRepeated()
    {
        var pdf = _tools.Save(ReceiptForm.Render(SampleDocuments.Receipt(documentCount: 25)), "long.pdf");
        var info = _tools.Info(pdf);
        var text = _tools.FlatText(pdf);
        Assert.True(info.Pages >= 4, $"two copies of a long receipt take at least two pages each, got {info.Pages}");
        // Every document of both copies is printed once per copy, none lost at a page break.
        Assert.Equal(2 * 22, CountOf(text, "Giấy tờ kèm theo số"));
        Assert.Equal(2, CountOf(text, "Giấy tờ kèm theo số 25:"));
        Assert.True(CountOf(text, "Tên giấy tờ") >= 4, "the table header is repeated on continuation pages");
        // Each copy's pages carry that copy's mark.
        Assert.Equal(info.Pages, CountOf(text, "Liên 1: Giao người nộp hồ sơ") + CountOf(text, "Liên 2: Lưu tại bộ phận tiếp nhận"));
    }

    [Fact]
    public void DecomposedInputIsPrintedComposed()
    {
        var nfd = "Nguyễn Thị Hồng Nhung".Normalize(System.Text.NormalizationForm.FormD);
        var data = SampleDocuments.Receipt() with { Applicant = SampleDocuments.Applicant with { FullName = nfd } };
        var text = _tools.FlatText(_tools.Save(ReceiptForm.Render(data), "nfd.pdf"));
        Assert.Contains("Ông/Bà: Nguyễn Thị Hồng Nhung", text);
    }

    [Fact]
    public void RenderersOnParallelThreadsAllProduceReceipts()
    {
        var renderer = new PdfSharpDocumentRenderer();
        var sizes = new int[16];
        Parallel.For(0, sizes.Length, i => sizes[i] = renderer.Receipt(SampleDocuments.Receipt()).Length);
        Assert.All(sizes, s => Assert.True(s > 10_000));
    }

    private static int CountOf(string text, string phrase)
    {
        var count = 0;
        for (var i = text.IndexOf(phrase, StringComparison.Ordinal); i >= 0; i = text.IndexOf(phrase, i + phrase.Length, StringComparison.Ordinal))
            count++;
        return count;
    }
}
