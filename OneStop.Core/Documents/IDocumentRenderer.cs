using OneStop.Core.Documents.Forms;

namespace OneStop.Core.Documents;

/// <summary>
/// The forms of Circular 03/2025/TT-VPCP as pure functions from data to PDF bytes.
/// OneStop ships <see cref="PdfSharpDocumentRenderer"/>; another engine (QuestPDF) can be dropped in.
/// </summary>
public interface IDocumentRenderer
{
    /// <summary>Mẫu 01, both copies (Liên 1, Liên 2) in one PDF.</summary>
    byte[] Receipt(ReceiptData data);
    /// <summary>Mẫu 02.</summary>
    byte[] SupplementRequest(SupplementRequestData data);
    /// <summary>Mẫu 03.</summary>
    byte[] Refusal(RefusalData data);
    /// <summary>Mẫu 04.</summary>
    byte[] Apology(ApologyData data);
    /// <summary>Mẫu 05.</summary>
    byte[] StopNotice(StopNoticeData data);

    byte[] NonResolution(NonResolutionData data);
    /// <summary>Mẫu 06.</summary>
    byte[] ControlSlip(ControlSlipData data);
    /// <summary>Phiếu thanh toán phí, lệ phí with the dynamic VietQR (A5 or A6).</summary>
    byte[] PaymentSlip(PaymentSlipData data);
    /// <summary>Biên lai thu phí, lệ phí (A5).</summary>
    byte[] FeeReceipt(FeeReceiptData data);
    /// <summary>Mẫu 07, A4 landscape.</summary>
    byte[] Register(RegisterData data);
    /// <summary>Mẫu 07 as an XLSX workbook.</summary>
    Task<byte[]> RegisterXlsxAsync(RegisterData data, CancellationToken ct = default);
    /// <summary>Report II.06a, A4 landscape.</summary>
    byte[] ResolutionReport(ResolutionReportData data);
    /// <summary>Report II.06a as an XLSX workbook with numeric cells.</summary>
    Task<byte[]> ResolutionReportXlsxAsync(ResolutionReportData data, CancellationToken ct = default);
}

/// <summary>The PDFsharp implementation; stateless and thread-safe, register it as a singleton.</summary>
public sealed class PdfSharpDocumentRenderer : IDocumentRenderer
{
    public byte[] Receipt(ReceiptData data) => ReceiptForm.Render(data);
    public byte[] SupplementRequest(SupplementRequestData data) => SupplementRequestForm.Render(data);
    public byte[] Refusal(RefusalData data) => RefusalForm.Render(data);
    public byte[] Apology(ApologyData data) => ApologyForm.Render(data);
    public byte[] StopNotice(StopNoticeData data) => StopNoticeForm.Render(data);

    public byte[] NonResolution(NonResolutionData data) => NonResolutionForm.Render(data);
    public byte[] ControlSlip(ControlSlipData data) => ControlSlipForm.Render(data);
    public byte[] Register(RegisterData data) => RegisterForm.Render(data);
    public byte[] PaymentSlip(PaymentSlipData data) => PaymentSlipForm.Render(data);
    public byte[] FeeReceipt(FeeReceiptData data) => FeeReceiptForm.Render(data);
    public Task<byte[]> RegisterXlsxAsync(RegisterData data, CancellationToken ct = default) => RegisterForm.RenderXlsxAsync(data, ct);
    public byte[] ResolutionReport(ResolutionReportData data) => ResolutionReportForm.Render(data);
    public Task<byte[]> ResolutionReportXlsxAsync(ResolutionReportData data, CancellationToken ct = default) => ResolutionReportForm.RenderXlsxAsync(data, ct);
}
