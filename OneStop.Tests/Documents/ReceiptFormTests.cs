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
            "Số: 123/01", "Hòa An, ngày 25 tháng 11 năm 2026",
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
    public void TypicalReceiptIsOneA5PagePerCopy()
    {
        // 3 papers, filed on behalf of someone, a fee with a note: Liên 1 and Liên 2 on one A5 page each.
        var data = SampleDocuments.Receipt() with { FeeNote = "2.000 đ/trang, 4 trang" };
        Assert.NotNull(data.OnBehalfOf);
        var pdf = _tools.Save(ReceiptForm.Render(data), "typical.pdf");
        Assert.Contains("Pages:           2", PdfTools.Run("pdfinfo", pdf).Output);
        var page1 = PdfTools.Run("pdftotext", "-f", "1", "-l", "1", pdf, "-").Output;
        var page2 = PdfTools.Run("pdftotext", "-f", "2", "-l", "2", pdf, "-").Output;
        foreach (var (page, mark) in new[] { (page1, CopyMark(0)), (page2, CopyMark(1)) })
        {
            Assert.Contains(mark, page);
            Assert.Contains("NGƯỜI NỘP HỒ SƠ", page);
            Assert.Contains("NGƯỜI TIẾP NHẬN HỒ SƠ", page);
            Assert.Contains("Trần Văn Bình", page);
            Assert.Contains("2.000 đ/trang, 4 trang", page);
        }
    }

    [Fact]
    public void FiveDocumentsWithTwoLineNamesStillFitOnePagePerCopy()
    {
        var papers = Enumerable.Range(1, 5).Select(i => new ReceiptDocumentLine(
            $"Giấy tờ số {i}: tờ khai đăng ký theo mẫu kèm văn bản ủy quyền của người yêu cầu đã được chứng thực",
            OneStop.Core.Catalog.DocumentForm.CertifiedCopy, 2)).ToList();
        var pdf = _tools.Save(ReceiptForm.Render(SampleDocuments.Receipt() with { Documents = papers }), "five.pdf");
        Assert.Equal(2, _tools.Info(pdf).Pages);
    }

    [Fact]
    public void NumberLineShowsRegisterLineAndBookOrStaysBlank()
    {
        Assert.Equal("123/01", ReceiptForm.NumberOf(SampleDocuments.Receipt()));
        Assert.Equal("7/2026", ReceiptForm.NumberOf(SampleDocuments.Receipt() with { Number = "7/2026" }));
        Assert.Null(ReceiptForm.NumberOf(SampleDocuments.Receipt() with { RegisterBook = null, RegisterLine = null }));

        var text = _tools.FlatText(_tools.Save(ReceiptForm.Render(SampleDocuments.Receipt() with { RegisterBook = null, RegisterLine = null }), "blank.pdf"));
        Assert.Contains("Số: ……/……", text);
        Assert.Contains("Quyển số: ……, Số thứ tự: ……", text);
    }

    [Fact]
    public void EmptyEmailIsLeftOutRatherThanDotted()
    {
        var data = SampleDocuments.Receipt() with { Applicant = SampleDocuments.Applicant with { Email = null } };
        var text = _tools.FlatText(_tools.Save(ReceiptForm.Render(data), "no-email.pdf"));
        Assert.Contains("Số điện thoại: 0905123456", text);
        Assert.DoesNotContain("Email", text);
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
    public void CleanSkipsOnlyTextThatIsAlreadyComposed()
    {
        // The fast path trusts Latin below U+0300 and the Vietnamese block U+1EA0–U+1EF9 to be NFC.
        for (var ch = '\u0000'; ch < '\u0300'; ch++) Assert.True(ch.ToString().IsNormalized(), $"U+{(int)ch:X4}");
        for (var ch = '\u1EA0'; ch <= '\u1EF9'; ch++) Assert.True(ch.ToString().IsNormalized(), $"U+{(int)ch:X4}");
        Assert.All("…–—", ch => Assert.True(ch.ToString().IsNormalized()));
        var composed = "Nguyễn Thị Ánh Tuyết, Đà Nẵng, Quảng Ngãi…";
        Assert.Same(composed, OneStop.Core.Documents.Rendering.FormCanvas.Clean(composed));
        var nfd = composed.Normalize(System.Text.NormalizationForm.FormD);
        Assert.Equal(composed, OneStop.Core.Documents.Rendering.FormCanvas.Clean(nfd));
    }

    [Fact]
    public void RenderersOnParallelThreadsAllProduceReceipts()
    {
        var renderer = new PdfSharpDocumentRenderer();
        var sizes = new int[16];
        Parallel.For(0, sizes.Length, i => sizes[i] = renderer.Receipt(SampleDocuments.Receipt()).Length);
        Assert.All(sizes, s => Assert.True(s > 10_000));
    }

    private static string CopyMark(int i) => ReceiptForm.CopyMarks[i];

    private static int CountOf(string text, string phrase)
    {
        var count = 0;
        for (var i = text.IndexOf(phrase, StringComparison.Ordinal); i >= 0; i = text.IndexOf(phrase, i + phrase.Length, StringComparison.Ordinal))
            count++;
        return count;
    }
}
