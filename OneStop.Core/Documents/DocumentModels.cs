using OneStop.Core.Catalog;

namespace OneStop.Core.Documents;

/// <summary>
/// Paper for forms 01–06. The official design is A5; A4 is accepted. <see cref="A4TwoCopies"/> is for a counter with one A4
/// printer: the forms printed in two copies (Mẫu 01) put both A5 copies on one A4 sheet with a cut line between, the
/// letters print on A4. Stored as text: a value added at the end needs no migration.
/// </summary>
public enum PaperSize { A5, A4, A4TwoCopies }

/// <summary>The issuing centre, printed in the header of every form.</summary>
/// <param name="ParentBody">The body above the centre, e.g. "UBND XÃ HÒA AN".</param>
/// <param name="CentreName">e.g. "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG".</param>
/// <param name="PlaceName">The place in the place-and-date line, e.g. "Hòa An".</param>
public sealed record CentreHeader(string ParentBody, string CentreName, string PlaceName, string? Address = null, string? Phone = null);

/// <summary>The person or organisation a form is about.</summary>
/// <param name="IdentityNumber">Số định danh cá nhân (12-digit CCCD) or the organisation's identifier.</param>
public sealed record Applicant(string FullName, string? IdentityNumber = null, string? Address = null, string? Phone = null, string? Email = null);

/// <summary>Whoever authorised the applicant to file on their behalf.</summary>
public sealed record Authoriser(string FullName, string? IdentityNumber = null);

/// <summary>One line of "thành phần hồ sơ" on the receipt.</summary>
public sealed record ReceiptDocumentLine(string Name, DocumentForm Form, int Count);

/// <summary>Mẫu 01 – Giấy tiếp nhận hồ sơ và hẹn trả kết quả.</summary>
/// <param name="ProcessingTime">As published, e.g. "03 ngày làm việc" (<see cref="Deadline.Describe"/>).</param>
/// <param name="Fee">Whole đồng; 0 prints "Không thu phí".</param>
/// <param name="ResultDelivery">Nơi/hình thức nhận kết quả, e.g. "Tại Trung tâm" or "Qua dịch vụ bưu chính".</param>
/// <param name="Number">The "Số: …" line; null prints a blank "Số: ……/……".</param>
public sealed record ReceiptData(
    CentreHeader Centre,
    string DossierCode,
    Applicant Applicant,
    string ProcedureName,
    IReadOnlyList<ReceiptDocumentLine> Documents,
    int SetCount,
    string ProcessingTime,
    DateTimeOffset ReceivedAt,
    DateTimeOffset DueAt,
    long Fee,
    string ResultDelivery,
    string OfficerName,
    Authoriser? OnBehalfOf = null,
    string? FeeNote = null,
    string? RegisterBook = null,
    int? RegisterLine = null,
    string? Number = null,
    PaperSize Size = PaperSize.A5,
    PaymentQrBlock? PaymentQr = null);

/// <summary>
/// The bank transfer QR for a fee (a dynamic VietQR: amount, and the dossier code as purpose) and what a person reads
/// beside it. Printed on the payment slip and, when a fee is due, on the receipt (Mẫu 01).
/// </summary>
public sealed record PaymentQrBlock(string Payload, long Amount, string BankName, string AccountNumber, string AccountHolder, string Purpose);

/// <summary>Paper of the payment slip: A5, or A6 to save paper.</summary>
public enum SlipPaper { A5, A6 }

/// <summary>One fee line on the payment slip.</summary>
public sealed record FeeLine(string Name, long Amount);

/// <summary>Phiếu thanh toán phí, lệ phí: what to pay and the QR to pay it with.</summary>
public sealed record PaymentSlipData(
    CentreHeader Centre,
    string DossierCode,
    string ApplicantName,
    string ProcedureName,
    IReadOnlyList<FeeLine> Lines,
    long Total,
    PaymentQrBlock Qr,
    DateOnly IssuedOn,
    SlipPaper Size = SlipPaper.A5);

/// <summary>Biên lai thu phí, lệ phí: issued when a fee is recorded as paid (cash or transfer).</summary>
public sealed record FeeReceiptData(
    CentreHeader Centre,
    string ReceiptNumber,
    string DossierCode,
    string PayerName,
    string ProcedureName,
    long Amount,
    string MethodText,
    string? BankReference,
    string CollectorName,
    DateTimeOffset PaidAt);

/// <summary>One thing the citizen must add or correct (Mẫu 02).</summary>
public sealed record SupplementItem(string Item, string Reason);

/// <summary>Mẫu 02 – Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ.</summary>
public sealed record SupplementRequestData(
    CentreHeader Centre,
    Applicant Applicant,
    string ProcedureName,
    DateTimeOffset ReceivedAt,
    IReadOnlyList<SupplementItem> Items,
    string OfficerName,
    string? OfficerPhone,
    DateOnly IssuedOn,
    string? DossierCode = null,
    string? Number = null,
    PaperSize Size = PaperSize.A5);

/// <summary>Mẫu 03 – Phiếu từ chối tiếp nhận giải quyết hồ sơ.</summary>
public sealed record RefusalData(
    CentreHeader Centre,
    Applicant Applicant,
    string ProcedureName,
    DateTimeOffset ReceivedAt,
    string Reason,
    string OfficerName,
    DateOnly IssuedOn,
    string? DossierCode = null,
    string? Number = null,
    PaperSize Size = PaperSize.A5);

/// <summary>Mẫu 04 – Văn bản xin lỗi và hẹn lại ngày trả kết quả. Signed by the leader.</summary>
/// <param name="SignerTitle">e.g. "GIÁM ĐỐC" or "CHỦ TỊCH".</param>
public sealed record ApologyData(
    CentreHeader Centre,
    Applicant Addressee,
    DateTimeOffset ReceivedAt,
    string ProcedureName,
    string DossierCode,
    DateTimeOffset OriginalDueAt,
    string Reason,
    DateTimeOffset NewDueAt,
    string SignerTitle,
    string SignerName,
    DateOnly IssuedOn,
    string? Number = null,
    PaperSize Size = PaperSize.A5);

/// <summary>Mẫu 05 – Thông báo dừng giải quyết hồ sơ.</summary>
public sealed record StopNoticeData(
    CentreHeader Centre,
    Applicant Applicant,
    string DossierCode,
    string ProcedureName,
    DateTimeOffset ReceivedAt,
    DateOnly RequestedOn,
    string SignerTitle,
    string SignerName,
    DateOnly IssuedOn,
    string? Reason = null,
    string? Number = null,
    PaperSize Size = PaperSize.A5);

/// <summary>Thông báo về việc không giải quyết hồ sơ: a received dossier refused after processing, signed by the leader.</summary>
public sealed record NonResolutionData(
    CentreHeader Centre,
    Applicant Applicant,
    string DossierCode,
    string ProcedureName,
    DateTimeOffset ReceivedAt,
    string Reason,
    string SignerTitle,
    string SignerName,
    DateOnly IssuedOn,
    string? Number = null,
    PaperSize Size = PaperSize.A5);

/// <summary>One hand-over on the control slip: "Giao: From" / "Nhận: To".</summary>
/// <param name="PlannedAt">When the step was due by the step template.</param>
/// <param name="HandedOverAt">When it actually happened; null while pending.</param>
/// <param name="Action">
/// A turn of the story that is not a hand-over ("Yêu cầu bổ sung…", "Dừng giải quyết…"): printed instead of Giao/Nhận,
/// with <see cref="Giver"/> as who did it.
/// </param>
public sealed record HandOverStep(
    string From,
    string To,
    DateTimeOffset? PlannedAt,
    DateTimeOffset? HandedOverAt,
    string? Giver,
    string? Receiver,
    Calendar.OutcomeClass? Outcome,
    string? Note = null,
    string? Action = null);

/// <summary>Mẫu 06 – Phiếu kiểm soát quá trình giải quyết hồ sơ.</summary>
public sealed record ControlSlipData(
    CentreHeader Centre,
    string DossierCode,
    string ProcedureName,
    string ApplicantName,
    string HandlingBody,
    IReadOnlyList<string> CoHandlingBodies,
    DateTimeOffset ReceivedAt,
    DateTimeOffset DueAt,
    IReadOnlyList<HandOverStep> Steps,
    string? Number = null,
    PaperSize Size = PaperSize.A5);

/// <summary>One line of the dossier register (Mẫu 07).</summary>
/// <param name="SignedBy">Ký nhận: who signed for the result, if recorded.</param>
/// <param name="RegisterLine">The line printed on the receipt ("Số thứ tự"); the register's STT, so the two reconcile.</param>
/// <param name="Closing">How a dossier ended without a result ("Từ chối giải quyết", "Dừng giải quyết"), with <paramref name="ClosedAt"/>.</param>
public sealed record RegisterRow(
    string DossierCode,
    string ProcedureName,
    string ApplicantName,
    string? Address,
    string? Phone,
    string HandlingBody,
    DateTimeOffset ReceivedAt,
    DateTimeOffset DueAt,
    DateTimeOffset? ReturnedAt,
    string? DeliveryMethod,
    string? SignedBy = null,
    int? RegisterLine = null,
    string? Closing = null,
    DateTimeOffset? ClosedAt = null);

/// <summary>Mẫu 07 – Sổ theo dõi hồ sơ, for one field of procedures over a period (A4 landscape).</summary>
public sealed record RegisterData(
    CentreHeader Centre,
    string FieldName,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<RegisterRow> Rows,
    DateOnly IssuedOn,
    string? BookNumber = null);

/// <summary>Report II.06a ready to print: the figures, the named or custom period, who prepared it and when.</summary>
public sealed record ResolutionReportData(
    CentreHeader Centre,
    Reports.ReportPeriod Period,
    Reports.ResolutionReport Report,
    DateOnly IssuedOn,
    string? PreparedBy = null);
