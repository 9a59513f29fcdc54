using System.IO.Compression;
using OneStop.Core.Documents;
using OneStop.Core.Documents.Forms;

namespace OneStop.Tests.Documents;

public sealed class OtherFormsTests : IDisposable
{
    private readonly PdfTools _tools = new();

    public void Dispose() => _tools.Dispose();

    private string TextOf(byte[] pdf, string name) => _tools.FlatText(_tools.Save(pdf, name));

    [Fact]
    public void SupplementRequestListsEveryMissingItemWithItsReasonAndAContact()
    {
        var text = TextOf(SupplementRequestForm.Render(SampleDocuments.Supplement()), "02.pdf");
        Assert.Contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", text);
        Assert.Contains("Mã hồ sơ: H48.26.10-261125-0007", text);
        Assert.Contains("Ông/Bà: Nguyễn Thị Hồng Nhung", text);
        Assert.Contains("Nội dung yêu cầu giải quyết: Đăng ký khai sinh", text);
        Assert.Contains("1. Tờ khai đăng ký khai sinh", text);
        Assert.Contains("Lý do: Chưa ghi đủ nơi sinh", text);
        Assert.Contains("2. Giấy chứng sinh", text);
        Assert.Contains("3. Văn bản ủy quyền", text);
        Assert.Contains("0905 111 222", text);
        Assert.Contains("NGƯỜI HƯỚNG DẪN", text);
    }

    [Fact]
    public void RefusalStatesTheSpecificReason()
    {
        var text = TextOf(RefusalForm.Render(SampleDocuments.Refusal()), "03.pdf");
        Assert.Contains("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", text);
        Assert.Contains("Nội dung yêu cầu giải quyết: Đăng ký kết hôn", text);
        Assert.Contains("chưa đủ tuổi kết hôn", text);
        Assert.Contains("NGƯỜI TIẾP NHẬN HỒ SƠ", text);
    }

    [Fact]
    public void ApologyGivesOldAndNewAppointmentsAndIsSignedByTheLeader()
    {
        var text = TextOf(ApologyForm.Render(SampleDocuments.Apology()), "04.pdf");
        Assert.Contains("VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT", text);
        Assert.Contains("Kính gửi: Ông/Bà Nguyễn Thị Hồng Nhung", text);
        Assert.Contains("09 giờ 05 phút, ngày 28 tháng 11 năm 2026", text);
        Assert.Contains("16 giờ 00 phút, ngày 02 tháng 12 năm 2026", text);
        Assert.Contains("xin lỗi", text);
        Assert.Contains("GIÁM ĐỐC", text);
        Assert.Contains("Phạm Minh Đức", text);
    }

    [Fact]
    public void StopNoticeSaysHandlingStops()
    {
        var text = TextOf(StopNoticeForm.Render(SampleDocuments.StopNotice()), "05.pdf");
        Assert.Contains("THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ", text);
        Assert.Contains("Ngày 26/11/2026, ông/bà có yêu cầu dừng giải quyết hồ sơ", text);
        Assert.Contains("dừng giải quyết hồ sơ mã H48.26.10-261125-0007", text);
    }

    [Fact]
    public void ControlSlipShowsEachHandOverWithItsOutcome()
    {
        var bytes = ControlSlipForm.Render(SampleDocuments.ControlSlip());
        var pdf = _tools.Save(bytes, "06.pdf");
        var text = _tools.FlatText(pdf);
        Assert.Contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", text);
        Assert.Contains("Cơ quan phối hợp giải quyết: Công an xã Hòa An", text);
        Assert.Contains("Giao: Bộ phận tiếp nhận", text);
        Assert.Contains("Nhận: Công chức Tư pháp - Hộ tịch", text);
        Assert.Contains("Trước hạn", text);
        Assert.Contains("Đúng hạn", text);
        Assert.Contains("Quá hạn", text);
        Assert.Contains("Trình ký", text);
        Assert.Contains($"QR-Code:{SampleDocuments.Code}", _tools.Decode(_tools.RenderPage(pdf)));
    }

    [Theory]
    [InlineData(PaperSize.A5, 419.5)]
    [InlineData(PaperSize.A4, 595.3)]
    [InlineData(PaperSize.A4TwoCopies, 595.3)]
    public void LettersFollowTheChosenPaper(PaperSize size, double width)
    {
        byte[][] all =
        [
            SupplementRequestForm.Render(SampleDocuments.Supplement() with { Size = size }),
            RefusalForm.Render(SampleDocuments.Refusal() with { Size = size }),
            ApologyForm.Render(SampleDocuments.Apology() with { Size = size }),
            StopNoticeForm.Render(SampleDocuments.StopNotice() with { Size = size }),
            ControlSlipForm.Render(SampleDocuments.ControlSlip() with { Size = size }),
        ];
        for (var i = 0; i < all.Length; i++)
            Assert.Equal(width, _tools.Info(_tools.Save(all[i], $"form{i}.pdf")).Width, 0);
    }

    [Fact]
    public void RegisterIsA4LandscapeWithItsHeaderRepeatedOnEveryPage()
    {
        var pdf = _tools.Save(RegisterForm.Render(SampleDocuments.Register(rows: 40)), "07.pdf");
        var info = _tools.Info(pdf);
        Assert.Equal(841.9, info.Width, 0);
        Assert.Equal(595.3, info.Height, 0);
        Assert.True(info.Pages >= 2);

        var text = _tools.FlatText(pdf);
        Assert.Contains("SỔ THEO DÕI HỒ SƠ", text);
        Assert.Contains("Lĩnh vực: Chứng thực", text);
        Assert.Contains("Từ ngày 01/11/2026 đến ngày 30/11/2026", text);
        Assert.Contains("Nhận và trả kết quả", text);
        Assert.Contains("H48.26.10-261125-0040", text);
        Assert.Contains($"Trang {info.Pages}/{info.Pages}", text);
        for (var page = 1; page <= info.Pages; page++)
        {
            var pageText = PdfTools.Run("pdftotext", "-f", $"{page}", "-l", $"{page}", pdf, "-").Output;
            Assert.Contains("Ký nhận", pageText);
            Assert.Contains("Mã hồ sơ", pageText);
        }
    }

    [Fact]
    public async Task RegisterWorkbookHoldsTheSameRows()
    {
        var bytes = await RegisterForm.RenderXlsxAsync(SampleDocuments.Register(rows: 12));
        using var zip = new ZipArchive(new MemoryStream(bytes));
        var sheet = zip.Entries.Single(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.Name.EndsWith(".xml", StringComparison.Ordinal));
        using var reader = new StreamReader(sheet.Open());
        var xml = await reader.ReadToEndAsync();
        Assert.Contains("SỔ THEO DÕI HỒ SƠ", xml);
        Assert.Contains("Nhận và trả kết quả", xml);
        Assert.Contains("H48.26.10-261125-0012", xml);
        Assert.Contains("Nguyễn Thị Hồng Nhung", xml);
        Assert.Contains("G5:K5", xml);
    }
}
