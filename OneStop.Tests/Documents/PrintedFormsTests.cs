using System.IO.Compression;
using System.Text.RegularExpressions;
using OneStop.Core.Catalog;
using OneStop.Core.Documents;
using OneStop.Core.Documents.Forms;
using OneStop.Core.Dossiers;

namespace OneStop.Tests.Documents;

/// <summary>Every form as an inspector reads it: long receipts, the fee's basis, the register's book and closings, its workbook.</summary>
public sealed partial class PrintedFormsTests : IDisposable
{
    private readonly PdfTools _tools = new();

    public void Dispose() => _tools.Dispose();

    private static int CountOf(string text, string part) => Regex.Count(text, Regex.Escape(part));

    [Fact]
    public void A_ten_paper_receipt_with_a_long_address_keeps_each_copy_on_one_A5_page()
    {
        // Ten papers as a catalogue names them (one line each), an address that takes two lines, a fee with its basis.
        var papers = Enumerable.Range(1, 10).Select(i => new ReceiptDocumentLine($"Bản sao giấy tờ chứng minh nhân thân số {i}", DocumentForm.CertifiedCopy, 1)).ToList();
        var data = SampleDocuments.Receipt() with
        {
            Documents = papers,
            Applicant = SampleDocuments.Applicant with { Address = "Số nhà 125, ngõ 17, đường Tô Hiệu, tổ dân phố 5, phường Chiềng Lề, tỉnh Sơn La (cạnh trường Tiểu học Chiềng Lề, đối diện chợ phường)" },
            Fee = 21000,
            FeeNote = "5 trang × 3 bản = 21.000 đ",
        };
        var pdf = _tools.Save(ReceiptForm.Render(data), "ten.pdf");

        var info = _tools.Info(pdf);
        var text = _tools.FlatText(pdf);
        Assert.Equal(2, info.Pages);
        Assert.Equal(2, CountOf(text, "chứng minh nhân thân số 10"));
        Assert.Equal(2, CountOf(text, "5 trang × 3 bản = 21.000 đ"));
        Assert.Equal(2, CountOf(text, "NGƯỜI TIẾP NHẬN HỒ SƠ"));
        Assert.DoesNotContain("Trang 2/2", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_receipt_too_long_for_one_page_continues_on_a_page_with_the_code_its_barcode_the_page_number_and_the_copy()
    {
        var pdf = _tools.Save(ReceiptForm.Render(SampleDocuments.Receipt(documentCount: 30)), "thirty.pdf");
        var info = _tools.Info(pdf);
        Assert.True(info.Pages > 2);

        var second = PdfTools.Run("pdftotext", "-f", "2", "-l", "2", pdf, "-").Output;
        Assert.Contains("Liên 1: Giao người nộp hồ sơ", second, StringComparison.Ordinal);
        Assert.Contains("(tiếp theo)", second, StringComparison.Ordinal);
        Assert.Contains(SampleDocuments.Code, second, StringComparison.Ordinal);
        Assert.Matches(@"Trang 2/\d", second);
        var symbols = _tools.Decode(_tools.RenderPage(pdf, page: 2));
        Assert.Contains($"CODE-128:{SampleDocuments.Code}", symbols);
    }

    [Fact]
    public void The_receipt_prints_the_centres_address_and_phone()
    {
        var text = _tools.FlatText(_tools.Save(ReceiptForm.Render(SampleDocuments.Receipt()), "centre.pdf"));
        Assert.Contains("Địa chỉ: Thôn Phước Thuận, xã Hòa An, thành phố Đà Nẵng", text, StringComparison.Ordinal);
        Assert.Contains("Điện thoại: 0236 3888 999", text, StringComparison.Ordinal);
    }

    [Theory]
    // A per-page fee for three copies: the basis, not the catalogue's name.
    [InlineData("Phí chứng thực bản sao", "trang", 5, 3, 21000, false, "5 trang × 3 bản = 21.000 đ")]
    // One copy: no "× 1 bản".
    [InlineData("Phí chứng thực bản sao", "trang", 4, 1, 8000, false, "4 trang = 8.000 đ")]
    // A fixed fee among several keeps its name, without the sample catalogue's English note.
    [InlineData("Lệ phí đăng ký khai sinh quá hạn (provincial)", null, 1, 1, 8000, true, "Lệ phí đăng ký khai sinh quá hạn: 8.000 đ")]
    // A fixed fee alone needs no basis.
    [InlineData("Lệ phí (provincial)", null, 1, 1, 8000, false, null)]
    public void The_fee_line_prints_its_basis_never_catalogue_text(string name, string? unit, int units, int copies, long amount, bool named, string? expected)
    {
        var basis = DossierDocuments.FeeBasis(new FeeQuoteLine(name, unit, units, copies, amount, false), named);
        Assert.Equal(expected, basis);
        Assert.DoesNotContain("provincial", basis ?? "", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Giấy ủy quyền", true, "Giấy ủy quyền (nếu có)")]
    [InlineData("Giấy ủy quyền (nếu có)", true, "Giấy ủy quyền (nếu có)")]
    [InlineData("Tờ khai", false, "Tờ khai")]
    public void An_optional_paper_says_nếu_có_once(string name, bool optional, string expected) =>
        Assert.Equal(expected, RequiredDocuments.Label(name, optional));

    [Fact]
    public void No_form_prints_an_email_placeholder_or_starts_a_line_with_a_comma()
    {
        var noEmail = SampleDocuments.Applicant with { Email = null };
        byte[][] forms =
        [
            ReceiptForm.Render(SampleDocuments.Receipt() with { Applicant = noEmail }),
            SupplementRequestForm.Render(SampleDocuments.Supplement() with { Applicant = noEmail }),
            RefusalForm.Render(SampleDocuments.Refusal() with { Applicant = noEmail }),
            ApologyForm.Render(SampleDocuments.Apology() with { Addressee = noEmail }),
            StopNoticeForm.Render(SampleDocuments.StopNotice() with { Applicant = noEmail }),
            NonResolutionForm.Render(new NonResolutionData(SampleDocuments.Centre, noEmail, SampleDocuments.Code,
                "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp", SampleDocuments.ReceivedAt,
                "Giấy tờ không đúng quy định", "GIÁM ĐỐC", "Phạm Minh Đức", new DateOnly(2026, 11, 27), "01/TB-KGQ")),
            ControlSlipForm.Render(SampleDocuments.ControlSlip()),
        ];
        for (var i = 0; i < forms.Length; i++)
        {
            var text = _tools.Text(_tools.Save(forms[i], $"form-{i}.pdf"));
            Assert.DoesNotContain("Email", text, StringComparison.Ordinal);
            var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            Assert.DoesNotContain(lines, l => l.StartsWith(',') || l.StartsWith('.'));
        }
    }

    [Fact]
    public void The_apology_has_the_2025_title_and_never_says_the_result_was_already_late()
    {
        var text = _tools.FlatText(_tools.Save(ApologyForm.Render(SampleDocuments.Apology()), "04.pdf"));
        Assert.Contains("VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT", text, StringComparison.Ordinal);
        Assert.DoesNotContain("chưa trả kết quả", text, StringComparison.Ordinal);
        Assert.DoesNotContain("đúng hẹn", text, StringComparison.Ordinal);
        Assert.Contains("không thể giải quyết xong đúng thời gian hẹn", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_register_names_its_book_says_how_closed_dossiers_ended_and_an_empty_period_says_so()
    {
        var sample = SampleDocuments.Register(rows: 3);
        var rows = sample.Rows.Select((r, i) => i == 1 ? r with { ReturnedAt = null, SignedBy = null, Closing = "Từ chối giải quyết", ClosedAt = r.DueAt } : r).ToList();
        var text = _tools.DrawnText(_tools.Save(RegisterForm.Render(sample with { Rows = rows }), "07-closings.pdf"));
        Assert.Contains("Quyển số: 01", text, StringComparison.Ordinal);
        Assert.Contains("Từ chối giải quyết", text, StringComparison.Ordinal);
        Assert.DoesNotContain(RegisterForm.NoDossiers, text, StringComparison.Ordinal);

        var empty = _tools.DrawnText(_tools.Save(RegisterForm.Render(sample with { Rows = [] }), "07-empty.pdf"));
        Assert.Contains(RegisterForm.NoDossiers, empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_register_workbook_has_numbers_dates_an_autofilter_and_A4_landscape_with_repeated_headers()
    {
        var bytes = await RegisterForm.RenderXlsxAsync(SampleDocuments.Register(rows: 5));
        using var zip = new ZipArchive(new MemoryStream(bytes));
        string Read(string name) { using var r = new StreamReader(zip.GetEntry(name)!.Open()); return r.ReadToEnd(); }
        var sheet = Read("xl/worksheets/sheet1.xml");
        var workbook = Read("xl/workbook.xml");
        var styles = Read("xl/styles.xml");

        // Row 7 is the first dossier: A7 (STT) is a number, G7 (received) a date serial with a style carrying the date format.
        var row7 = Regex.Matches(sheet, "<row[^>]*>(.*?)</row>", RegexOptions.Singleline)[6].Groups[1].Value;
        var cells = Regex.Matches(row7, "<c[^>]*?(?:/>|>.*?</c>)", RegexOptions.Singleline);
        var a7 = cells[0];
        Assert.DoesNotContain("t=\"s\"", a7.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("t=\"inlineStr\"", a7.Value, StringComparison.Ordinal);
        Assert.Equal("1", Regex.Match(a7.Value, "<v>([^<]+)</v>").Groups[1].Value);
        var g7 = cells[6];
        Assert.DoesNotContain("t=\"", g7.Value, StringComparison.Ordinal);
        var serial = double.Parse(Regex.Match(g7.Value, "<v>([^<]+)</v>").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(SampleDocuments.ReceivedAt.AddMinutes(7).DateTime, DateTime.FromOADate(serial), TimeSpan.FromSeconds(1));
        Assert.Contains(RegisterForm.DateFormat, styles, StringComparison.Ordinal);

        Assert.Contains("<autoFilter ref=\"A6:K11\"", sheet, StringComparison.Ordinal);
        Assert.Contains("orientation=\"landscape\"", sheet, StringComparison.Ordinal);
        Assert.Contains("paperSize=\"9\"", sheet, StringComparison.Ordinal);
        Assert.Contains("_xlnm.Print_Titles", workbook, StringComparison.Ordinal);
        Assert.Contains("$5:$6", workbook, StringComparison.Ordinal);
    }

    [Fact]
    public void The_hand_over_list_keeps_codes_whole_and_gives_giver_and_receiver_their_own_lines()
    {
        var rows = Enumerable.Range(1, 6).Select(i => new HandOverListRow($"H48.26.10-261125-{i:0000}",
            "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp", "Nguyễn Thị Hồng Nhung",
            SampleDocuments.DueAt)).ToList();
        var pdf = _tools.Save(HandOverListForm.Render(new HandOverListData(SampleDocuments.Centre, "Trần Văn Bình", "Chuyên viên xử lý",
            SampleDocuments.ReceivedAt, rows)), "ban-giao.pdf");
        var lines = _tools.Text(pdf).Split('\n');

        foreach (var r in rows) Assert.Contains(lines, l => l.Contains(r.DossierCode, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Bên giao:", StringComparison.Ordinal) && !l.Contains("Bên nhận", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Bên nhận: Chuyên viên xử lý", StringComparison.Ordinal));
        Assert.Contains(HandOverListForm.ReceiverNameLine, _tools.FlatText(pdf), StringComparison.Ordinal);
    }
}
