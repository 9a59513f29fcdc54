using OneStop.Core.Calendar;
using OneStop.Core.Catalog;
using OneStop.Core.Documents;

namespace OneStop.Tests.Documents;

/// <summary>Realistic data for the forms: a chứng thực dossier with long paper names.</summary>
public static class SampleDocuments
{
    public const string Code = "H48.26.10-261125-0007";
    public static readonly TimeSpan Vn = TimeSpan.FromHours(7);
    public static readonly DateTimeOffset ReceivedAt = new(2026, 11, 25, 9, 5, 0, Vn);
    public static readonly DateTimeOffset DueAt = new(2026, 11, 28, 9, 5, 0, Vn);

    public static CentreHeader Centre { get; } = new("UBND xã Hòa An", "Trung tâm Phục vụ hành chính công xã Hòa An", "Hòa An",
        "Thôn Phước Thuận, xã Hòa An, thành phố Đà Nẵng", "0236 3888 999");

    public static Applicant Applicant { get; } = new("Nguyễn Thị Hồng Nhung", "048190001234",
        "Tổ 5, thôn Phước Thuận, xã Hòa An, thành phố Đà Nẵng", "0905123456", "nhung.nguyen@example.vn");

    public static ReceiptData Receipt(int documentCount = 3) => new(
        Centre, Code, Applicant,
        "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận",
        Documents(documentCount), 1, "03 ngày làm việc", ReceivedAt, DueAt, 8000,
        "Nhận trực tiếp tại Trung tâm Phục vụ hành chính công xã", "Trần Văn Bình",
        OnBehalfOf: new Authoriser("Lê Văn Ấn", "048090004321"), RegisterBook: "01", RegisterLine: 123);

    private static List<ReceiptDocumentLine> Documents(int count)
    {
        ReceiptDocumentLine[] baseLines =
        [
            new("Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao (Chứng thực bản sao từ bản chính giấy tờ, văn bản)", DocumentForm.Original, 1),
            new("Bản sao cần chứng thực", DocumentForm.Copy, 3),
            new("Căn cước công dân của người yêu cầu chứng thực", DocumentForm.Shown, 1),
        ];
        return Enumerable.Range(0, count).Select(i => i < baseLines.Length ? baseLines[i]
            : new ReceiptDocumentLine($"Giấy tờ kèm theo số {i + 1}: tờ khai, giấy ủy quyền hoặc văn bản chứng minh quan hệ nhân thân", DocumentForm.CertifiedCopy, 2)).ToList();
    }

    public static SupplementRequestData Supplement() => new(Centre, Applicant, "Đăng ký khai sinh", ReceivedAt,
        [new("Tờ khai đăng ký khai sinh", "Chưa ghi đủ nơi sinh và thông tin của người mẹ"),
         new("Giấy chứng sinh", "Bản chụp không rõ nét, cần bản chính"),
         new("Văn bản ủy quyền", "Chưa được chứng thực theo quy định")],
        "Trần Văn Bình", "0905 111 222", new DateOnly(2026, 11, 25), Code);

    public static RefusalData Refusal() => new(Centre, Applicant, "Đăng ký kết hôn", ReceivedAt,
        "Người yêu cầu chưa đủ tuổi kết hôn theo quy định tại Luật Hôn nhân và gia đình năm 2014.",
        "Trần Văn Bình", new DateOnly(2026, 11, 25), Code);

    public static ApologyData Apology() => new(Centre, Applicant, ReceivedAt, "Đăng ký khai sinh", Code, DueAt,
        "Cần xác minh thông tin nơi cư trú với cơ quan có liên quan.", new DateTimeOffset(2026, 12, 2, 16, 0, 0, Vn),
        "Giám đốc", "Phạm Minh Đức", new DateOnly(2026, 11, 26));

    public static StopNoticeData StopNotice() => new(Centre, Applicant, Code, "Đăng ký khai sinh", ReceivedAt,
        new DateOnly(2026, 11, 26), "Giám đốc", "Phạm Minh Đức", new DateOnly(2026, 11, 26), "Gia đình chuyển nơi cư trú");

    public static ControlSlipData ControlSlip() => new(Centre, Code, "Đăng ký khai sinh", Applicant.FullName,
        "Công chức Tư pháp - Hộ tịch", ["Công an xã Hòa An"], ReceivedAt, DueAt,
        [
            new("Bộ phận tiếp nhận và trả kết quả", "Công chức Tư pháp - Hộ tịch", ReceivedAt.AddHours(2), ReceivedAt.AddMinutes(40), "Trần Văn Bình", "Lê Thị Mỹ Duyên", OutcomeClass.Early),
            new("Công chức Tư pháp - Hộ tịch", "Lãnh đạo UBND xã", ReceivedAt.AddDays(2), ReceivedAt.AddDays(2), "Lê Thị Mỹ Duyên", "Phạm Minh Đức", OutcomeClass.OnTime, "Trình ký"),
            new("Lãnh đạo UBND xã", "Bộ phận tiếp nhận và trả kết quả", ReceivedAt.AddDays(2).AddHours(4), ReceivedAt.AddDays(3), "Phạm Minh Đức", "Trần Văn Bình", OutcomeClass.Late, "Lãnh đạo đi công tác"),
        ]);

    public static RegisterData Register(int rows = 30)
    {
        string[] names = ["Nguyễn Thị Hồng Nhung", "Trần Quốc Toản", "Lê Văn Ấn", "Phạm Thị Ngọc Ánh", "Võ Đức Thắng"];
        string[] procedures = ["Chứng thực bản sao từ bản chính giấy tờ, văn bản", "Đăng ký khai sinh", "Cấp bản sao trích lục hộ tịch", "Chứng thực chữ ký trong các giấy tờ, văn bản"];
        var list = Enumerable.Range(1, rows).Select(i => new RegisterRow(
            $"H48.26.10-261125-{i:0000}", procedures[i % procedures.Length], names[i % names.Length],
            $"Tổ {i % 9 + 1}, thôn Phước Thuận, xã Hòa An", "0905123456", "Công chức Tư pháp - Hộ tịch",
            ReceivedAt.AddMinutes(7 * i), DueAt.AddMinutes(7 * i), i % 3 == 0 ? null : DueAt.AddHours(-2),
            i % 4 == 0 ? "Bưu chính" : "Trực tiếp", i % 3 == 0 ? null : names[i % names.Length])).ToList();
        return new RegisterData(Centre, "Chứng thực", new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), list, new DateOnly(2026, 11, 30), "01");
    }
}
