using OneStop.Core.Common;
using OneStop.Core.Documents.Rendering;

namespace OneStop.Core.Documents.Forms;

/// <summary>Mẫu 02 – Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ: everything missing, in one go.</summary>
public static class SupplementRequestForm
{
    public const string Title = "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ";

    public static byte[] Render(SupplementRequestData d)
    {
        ArgumentNullException.ThrowIfNull(d);
        if (d.Items.Count == 0) throw new ArgumentException("A supplement request lists at least one item.", nameof(d));
        using var c = new FormCanvas(PageMetrics.For(d.Size), Title);
        var f = c.Fonts;
        FormParts.CounterLetterOpening(c, Title, d.Centre, d.Number, d.IssuedOn, d.DossierCode, d.ReceivedAt, d.Applicant, d.ProcedureName);
        c.Space(3);
        c.Paragraph("Sau khi xem xét, đối chiếu thành phần hồ sơ, hồ sơ của ông/bà chưa đầy đủ, hợp lệ. "
            + "Đề nghị ông/bà bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:", f.Regular, after: 2);
        var n = 0;
        foreach (var item in d.Items)
        {
            n++;
            c.Paragraph([new Run($"{n}. ", f.Regular), new Run(item.Item, f.Bold)], indent: 8);
            c.Paragraph([new Run("Lý do: ", f.Italic), new Run(item.Reason, f.Regular)], indent: 20);
        }
        c.Space(3);
        List<Run> contact = [new Run("Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, ông/bà liên hệ với ", f.Regular), new Run(d.OfficerName, f.Bold)];
        if (!string.IsNullOrWhiteSpace(d.OfficerPhone)) contact.AddRange([new Run(", số điện thoại ", f.Regular), new Run(d.OfficerPhone, f.Bold)]);
        contact.Add(new Run(" để được hướng dẫn.", f.Regular));
        c.Paragraph(contact);
        c.Paragraph("Xin trân trọng cảm ơn!", f.Italic);
        c.Signatures(new Signature("", null, "", 0), new Signature("NGƯỜI HƯỚNG DẪN", d.OfficerName));
        return c.ToPdf();
    }
}

/// <summary>Mẫu 03 – Phiếu từ chối tiếp nhận giải quyết hồ sơ.</summary>
public static class RefusalForm
{
    public const string Title = "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ";

    public static byte[] Render(RefusalData d)
    {
        ArgumentNullException.ThrowIfNull(d);
        using var c = new FormCanvas(PageMetrics.For(d.Size), Title);
        var f = c.Fonts;
        FormParts.CounterLetterOpening(c, Title, d.Centre, d.Number, d.IssuedOn, d.DossierCode, d.ReceivedAt, d.Applicant, d.ProcedureName);
        c.Space(3);
        c.Paragraph("Căn cứ quy định của pháp luật hiện hành, cơ quan, đơn vị từ chối tiếp nhận giải quyết hồ sơ này với lý do cụ thể như sau:", f.Regular, after: 2);
        c.Paragraph(d.Reason, f.Bold, indent: 8, after: 3);
        c.Paragraph("Xin thông báo để ông/bà được biết và thực hiện.", f.Regular);
        c.Signatures(new Signature("", null, "", 0), new Signature("NGƯỜI TIẾP NHẬN HỒ SƠ", d.OfficerName));
        return c.ToPdf();
    }
}

/// <summary>
/// Mẫu 04 – Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết (the title of Circular 03/2025), signed by the leader.
/// It is issued at the latest one working day before the appointment, so it never says the result "was not returned on time".
/// </summary>
public static class ApologyForm
{
    public const string Title = "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT";

    public static byte[] Render(ApologyData d)
    {
        ArgumentNullException.ThrowIfNull(d);
        using var c = new FormCanvas(PageMetrics.For(d.Size), Title);
        var f = c.Fonts;
        c.NewPage();
        c.OfficialHeader(d.Centre, d.Number, d.IssuedOn);
        c.Title(Title);
        c.Paragraph([new Run("Kính gửi: ", f.Regular), new Run("Ông/Bà " + d.Addressee.FullName, f.Bold)], Align.Center, after: 1);
        if (!string.IsNullOrWhiteSpace(d.Addressee.Address))
            c.Paragraph([new Run("Địa chỉ: " + d.Addressee.Address, f.Regular)], Align.Center, after: 4);

        c.Paragraph([
            new Run($"Ngày {VnFormat.Date(d.ReceivedAt)}, {d.Centre.CentreName} tiếp nhận giải quyết hồ sơ đề nghị ", f.Regular),
            new Run(d.ProcedureName, f.Bold), new Run(" của ông/bà, mã hồ sơ ", f.Regular), new Run(d.DossierCode, f.Bold),
            new Run(". Thời gian hẹn trả kết quả: ", f.Regular), new Run(VnFormat.Spelled(d.OriginalDueAt), f.Bold), new Run(".", f.Regular)], after: 2);
        c.Paragraph([new Run("Tuy nhiên, hồ sơ của ông/bà không thể giải quyết xong đúng thời gian hẹn nêu trên. Lý do: ", f.Regular),
            new Run(d.Reason.TrimEnd('.'), f.Italic), new Run(".", f.Regular)], after: 2);
        c.Paragraph("Sự chậm trễ này có thể gây phiền hà, tốn kém chi phí đi lại của ông/bà. "
            + $"{d.Centre.CentreName} thành thật xin lỗi ông/bà, đề nghị gia hạn thời gian giải quyết và hẹn lại thời gian trả kết quả:", f.Regular, after: 2);
        c.Paragraph([new Run(VnFormat.Spelled(d.NewDueAt), f.Bold)], Align.Center, after: 2);
        c.Paragraph("Xin trân trọng cảm ơn sự thông cảm, hợp tác của ông/bà!", f.Italic);
        c.Signatures(new Signature("Nơi nhận:", "", "- Như trên;\n- Lưu: VT.", 0, Align.Left),
            new Signature(d.SignerTitle.ToUpper(FormCanvas.VnCulture), d.SignerName, "(Ký, ghi rõ họ tên, đóng dấu)", 46));
        return c.ToPdf();
    }
}

/// <summary>Mẫu 05 – Thông báo dừng giải quyết hồ sơ, when the citizen withdraws.</summary>
public static class StopNoticeForm
{
    public const string Title = "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ";

    public static byte[] Render(StopNoticeData d)
    {
        ArgumentNullException.ThrowIfNull(d);
        using var c = new FormCanvas(PageMetrics.For(d.Size), Title);
        var f = c.Fonts;
        c.NewPage();
        c.OfficialHeader(d.Centre, d.Number, d.IssuedOn);
        c.Title(Title);
        c.Paragraph([new Run("Kính gửi: ", f.Regular), new Run("Ông/Bà " + d.Applicant.FullName, f.Bold)], Align.Center, after: 4);
        c.Paragraph([
            new Run($"Ngày {VnFormat.Date(d.ReceivedAt)}, {d.Centre.CentreName} tiếp nhận hồ sơ đề nghị ", f.Regular),
            new Run(d.ProcedureName, f.Bold), new Run(", mã hồ sơ ", f.Regular), new Run(d.DossierCode, f.Bold),
            new Run(", của:", f.Regular)]);
        FormParts.ApplicantLines(c, d.Applicant);
        c.Space(2);
        c.Paragraph([
            new Run($"Ngày {VnFormat.Date(d.RequestedOn)}, ông/bà có yêu cầu dừng giải quyết hồ sơ nêu trên", f.Regular),
            new Run(string.IsNullOrWhiteSpace(d.Reason) ? "." : $" với lý do: {d.Reason.Trim().TrimEnd('.')}.", f.Regular)], after: 2);
        c.Paragraph([
            new Run(d.Centre.CentreName + " thông báo ", f.Regular), new Run("dừng giải quyết hồ sơ", f.Bold),
            new Run($" mã {d.DossierCode} kể từ ngày {VnFormat.Date(d.IssuedOn)}. Ông/bà có thể nhận lại hồ sơ đã nộp tại nơi tiếp nhận.", f.Regular)], after: 2);
        c.Paragraph("Xin thông báo để ông/bà được biết.", f.Italic);
        c.Signatures(new Signature("", null, "", 0),
            new Signature(d.SignerTitle.ToUpper(FormCanvas.VnCulture), d.SignerName, "(Ký, ghi rõ họ tên, đóng dấu)", 40));
        return c.ToPdf();
    }
}

/// <summary>
/// Thông báo về việc không giải quyết hồ sơ: a dossier received, then refused during processing. Not Mẫu 03, which is
/// the refusal at the counter; this one is signed by the leader and numbered in its own yearly series.
/// </summary>
public static class NonResolutionForm
{
    public const string Title = "THÔNG BÁO VỀ VIỆC KHÔNG GIẢI QUYẾT HỒ SƠ";

    public static byte[] Render(NonResolutionData d)
    {
        ArgumentNullException.ThrowIfNull(d);
        using var c = new FormCanvas(PageMetrics.For(d.Size), Title);
        var f = c.Fonts;
        c.NewPage();
        c.OfficialHeader(d.Centre, d.Number, d.IssuedOn);
        c.Title(Title);
        c.Paragraph([new Run("Kính gửi: ", f.Regular), new Run("Ông/Bà " + d.Applicant.FullName, f.Bold)], Align.Center, after: 4);
        c.Paragraph([
            new Run($"Ngày {VnFormat.Date(d.ReceivedAt)}, {d.Centre.CentreName} tiếp nhận hồ sơ đề nghị ", f.Regular),
            new Run(d.ProcedureName, f.Bold), new Run(", mã hồ sơ ", f.Regular), new Run(d.DossierCode, f.Bold),
            new Run(", của:", f.Regular)]);
        FormParts.ApplicantLines(c, d.Applicant);
        c.Space(2);
        c.Paragraph("Qua thẩm định, cơ quan có thẩm quyền không giải quyết hồ sơ nêu trên, lý do:", f.Regular, after: 2);
        c.Paragraph(d.Reason, f.Bold, indent: 8, after: 3);
        c.Paragraph("Ông/bà có thể nhận lại hồ sơ đã nộp tại nơi tiếp nhận. Xin thông báo để ông/bà được biết.", f.Italic);
        c.Signatures(new Signature("Nơi nhận:", "", "- Như trên;\n- Lưu: VT.", 0, Align.Left),
            new Signature(d.SignerTitle.ToUpper(FormCanvas.VnCulture), d.SignerName, "(Ký, ghi rõ họ tên, đóng dấu)", 40));
        return c.ToPdf();
    }
}

/// <summary>Mẫu 06 – Phiếu kiểm soát quá trình giải quyết hồ sơ.</summary>
public static class ControlSlipForm
{
    public const string Title = "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ";

    public static byte[] Render(ControlSlipData d)
    {
        ArgumentNullException.ThrowIfNull(d);
        using var c = new FormCanvas(PageMetrics.For(d.Size), $"{Title} {d.DossierCode}");
        var f = c.Fonts;
        c.NewPage();
        c.OfficialHeader(d.Centre, d.Number, VnTime.DateOf(d.ReceivedAt));
        c.Title(Title);
        FormParts.CodeStrip(c, d.DossierCode);
        c.Field("Tên thủ tục hành chính", d.ProcedureName);
        c.Field("Tổ chức/cá nhân", d.ApplicantName);
        c.Field("Cơ quan (bộ phận) giải quyết hồ sơ", d.HandlingBody);
        c.Field("Cơ quan phối hợp giải quyết", d.CoHandlingBodies.Count == 0 ? "Không" : string.Join("; ", d.CoHandlingBodies));
        c.Field("Thời gian nhận hồ sơ", VnFormat.Spelled(d.ReceivedAt));
        c.Field("Thời gian hẹn trả kết quả", VnFormat.Spelled(d.DueAt));
        c.Space(3);

        var table = new Table(
            [new Column(3.7), new Column(2.9, Align.Center), new Column(1.5, Align.Center), new Column(1.8)],
            [new HeaderCell("Tên cơ quan, đơn vị / người giao, nhận", 0),
             new HeaderCell("Thời gian giao, nhận hồ sơ (hạn / thực tế)", 1),
             new HeaderCell("Kết quả giải quyết hồ sơ", 2),
             new HeaderCell("Ghi chú", 3)])
        { BodyFont = f.Small, HeaderFont = f.SmallBold };
        var n = 0;
        foreach (var s in d.Steps)
        {
            n++;
            if (s.Action is { } action)
            {
                table.Row(
                    [new Run($"{n}. {action}", f.SmallBold), new Run($"\n{FormParts.Or(s.Giver)}", f.SmallItalic)],
                    [new Run("Thời điểm: " + (s.HandedOverAt is { } at ? VnFormat.DateTime(at) : "……"), f.SmallBold)],
                    [new Run("", f.Small)],
                    [new Run(s.Note ?? string.Empty, f.Small)]);
                continue;
            }
            table.Row(
                [new Run($"{n}. Giao: ", f.Small), new Run(s.From, f.SmallBold), new Run($"\n{FormParts.Or(s.Giver)}\n", f.SmallItalic),
                 new Run("Nhận: ", f.Small), new Run(s.To, f.SmallBold), new Run($"\n{FormParts.Or(s.Receiver)}", f.SmallItalic)],
                [new Run("Hạn: " + (s.PlannedAt is { } p ? VnFormat.DateTime(p) : "—") + "\n", f.Small),
                 new Run("Thực tế: " + (s.HandedOverAt is { } h ? VnFormat.DateTime(h) : "……"), f.SmallBold)],
                [new Run(s.Outcome is { } o ? Dossiers.OutcomeClasses.Vietnamese(o) : "", f.SmallBold)],
                [new Run(s.Note ?? string.Empty, f.Small)]);
        }
        if (n == 0) table.Row("", "", "", "");
        table.Draw(c);
        c.Paragraph("Quá trình giao, nhận được ghi nhận điện tử trên hệ thống OneStop thay cho chữ ký.", f.SmallItalic);
        return c.ToPdf();
    }
}
