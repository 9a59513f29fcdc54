using OneStop.Core.Documents;
using OneStop.Core.Documents.Forms;

namespace OneStop.Tests.Documents;

/// <summary>"A4, hai liên trên một tờ": both A5 copies of Mẫu 01 on one A4 sheet, a cut line between.</summary>
public sealed class ReceiptTwoCopiesTests : IDisposable
{
    private readonly PdfTools _tools = new();

    public void Dispose() => _tools.Dispose();

    private string Receipt(string name, int documents = 3) =>
        _tools.Save(ReceiptForm.Render(SampleDocuments.Receipt(documents) with { Size = PaperSize.A4TwoCopies }), name);

    /// <summary>The text of one half of a page (0 top, 1 bottom), cut out at 72 dpi (1 px = 1 pt).</summary>
    private static string HalfText(string pdf, int page, int half) =>
        PdfTools.Run("pdftotext", "-f", $"{page}", "-l", $"{page}", "-x", "0", "-y", half == 0 ? "0" : "421", "-W", "596", "-H", "421", pdf, "-").Output;

    [Fact]
    public void An_A4_receipt_puts_Lien_1_above_and_Lien_2_below_a_cut_line_on_one_A4_portrait_sheet()
    {
        var pdf = Receipt("a4-two.pdf");
        var info = _tools.Info(pdf);
        Assert.Equal(1, info.Pages);
        Assert.Equal(595.3, info.Width, 0);
        Assert.Equal(841.9, info.Height, 0);

        var page1 = _tools.FlatText(pdf);
        Assert.Contains(ReceiptForm.CopyMarks[0], page1);
        Assert.Contains(ReceiptForm.CopyMarks[1], page1);
        Assert.Contains("cắt theo đường này", page1);

        var top = HalfText(pdf, 1, 0);
        var bottom = HalfText(pdf, 1, 1);
        Assert.Contains(ReceiptForm.CopyMarks[0], top);
        Assert.DoesNotContain(ReceiptForm.CopyMarks[1], top);
        Assert.Contains(ReceiptForm.CopyMarks[1], bottom);
        Assert.DoesNotContain(ReceiptForm.CopyMarks[0], bottom);
        // Each half is a whole copy: the title, the fee and both signatures.
        foreach (var half in new[] { top, bottom })
        {
            var flat = string.Join(' ', half.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", flat);
            Assert.Contains("6. Phí, lệ phí: 8.000 đ", flat);
            Assert.Contains("NGƯỜI NỘP HỒ SƠ", flat);
            Assert.Contains("NGƯỜI TIẾP NHẬN HỒ SƠ", flat);
        }
    }

    /// <summary>
    /// Every symbol zbarimg finds in one half of a page rendered at 150 dpi. Halves are decoded apart because zbar
    /// reports two identical Code 128 symbols in one image once.
    /// </summary>
    private List<string> HalfSymbols(string pdf, int page, int half)
    {
        var prefix = Path.Combine(_tools.Folder, $"{Path.GetFileNameWithoutExtension(pdf)}-p{page}-h{half}");
        PdfTools.Run("pdftoppm", "-r", "150", "-png", "-f", $"{page}", "-l", $"{page}", "-singlefile",
            "-x", "0", "-y", half == 0 ? "0" : "877", "-W", "1241", "-H", "877", pdf, prefix);
        return [.. _tools.Decode(prefix + ".png")];
    }

    [Fact]
    public void Both_copies_on_the_A4_sheet_carry_a_QR_and_a_barcode_that_decode_at_150_dpi()
    {
        var pdf = Receipt("a4-codes.pdf");
        Assert.Equal(2, _tools.Decode(_tools.RenderPage(pdf, 1, 150)).Count(s => s == $"QR-Code:{SampleDocuments.Code}"));
        for (var half = 0; half < 2; half++)
        {
            var symbols = HalfSymbols(pdf, 1, half);
            Assert.Contains($"QR-Code:{SampleDocuments.Code}", symbols);
            Assert.Contains($"CODE-128:{SampleDocuments.Code}", symbols);
        }
    }

    [Fact]
    public void A_long_receipt_on_A4_continues_both_copies_on_the_following_sheet_with_their_codes()
    {
        var pdf = Receipt("a4-long.pdf", documents: 25);
        var info = _tools.Info(pdf);
        Assert.True(info.Pages >= 2, $"25 papers run over: {info.Pages} sheet(s)");
        Assert.Equal(841.9, info.Height, 0);
        var text = _tools.FlatText(pdf);
        // Every paper printed once per copy.
        Assert.Equal(2, CountOf(text, "Giấy tờ kèm theo số 25:"));
        for (var page = 1; page <= info.Pages; page++)
        {
            Assert.Contains(ReceiptForm.CopyMarks[0], HalfText(pdf, page, 0));
            Assert.Contains(ReceiptForm.CopyMarks[1], HalfText(pdf, page, 1));
        }
        var last = PdfTools.Run("pdftotext", "-f", $"{info.Pages}", "-l", $"{info.Pages}", pdf, "-").Output;
        Assert.Equal(2, CountOf(last, $"Trang {info.Pages}/{info.Pages}"));
        Assert.Equal(2, CountOf(last, "(tiếp theo)"));
        for (var half = 0; half < 2; half++)
        {
            var symbols = HalfSymbols(pdf, 2, half);
            Assert.Contains($"QR-Code:{SampleDocuments.Code}", symbols);
            Assert.Contains($"CODE-128:{SampleDocuments.Code}", symbols);
        }
    }

    [Fact]
    public void Letters_print_on_A4_when_the_centre_prints_two_receipt_copies_on_A4()
    {
        var pdf = _tools.Save(SupplementRequestForm.Render(SampleDocuments.Supplement() with { Size = PaperSize.A4TwoCopies }), "02.pdf");
        var info = _tools.Info(pdf);
        Assert.Equal(595.3, info.Width, 0);
        Assert.Equal(841.9, info.Height, 0);
    }

    private static int CountOf(string text, string phrase)
    {
        var count = 0;
        for (var i = text.IndexOf(phrase, StringComparison.Ordinal); i >= 0; i = text.IndexOf(phrase, i + phrase.Length, StringComparison.Ordinal))
            count++;
        return count;
    }
}
