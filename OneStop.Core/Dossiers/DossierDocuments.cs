using OneStop.Core.Centre;
using OneStop.Core.Common;
using OneStop.Core.Documents;

namespace OneStop.Core.Dossiers;

/// <summary>Maps dossiers and counter slips onto the official forms' data.</summary>
public static class DossierDocuments
{
    public static CentreHeader Header(CentreSettings c) =>
        new(c.ParentBody, c.CentreName, string.IsNullOrWhiteSpace(c.PlaceName) ? "…" : c.PlaceName, c.Address, c.Phone);

    public static string DeliveryText(ResultDelivery delivery, string? postalAddress) => delivery == ResultDelivery.ByPost
        ? $"Qua dịch vụ bưu chính công ích, địa chỉ: {postalAddress}"
        : "Nhận trực tiếp tại Trung tâm";

    public static string ChannelText(ReceptionChannel c) => c switch
    {
        ReceptionChannel.Direct => "Trực tiếp",
        ReceptionChannel.Postal => "Bưu chính",
        _ => "Trực tuyến",
    };

    public static ReceiptData Receipt(Dossier d, CentreSettings centre) => new(
        Header(centre),
        d.Code,
        new Applicant(d.ApplicantName, d.ApplicantIdNumber, d.ApplicantAddress, d.ApplicantPhone, d.ApplicantEmail),
        d.ProcedureName,
        d.Checklist.Where(c => c.Provided).Select(c => new ReceiptDocumentLine(c.Name, c.Form, c.Count)).ToList(),
        d.Sets,
        d.DeadlineText,
        d.ReceivedAt,
        d.DueAt,
        d.FeeTotal,
        DeliveryText(d.Delivery, d.PostalAddress),
        d.ReceivedByName,
        d.OnBehalfName is null ? null : new Authoriser(d.OnBehalfName, d.OnBehalfIdNumber),
        FeeNote(d),
        d.RegisterBook,
        d.RegisterLine,
        Size: centre.ReceiptPaper);

    private static string? FeeNote(Dossier d) =>
        d.FeeExemptReason is { } reason ? $"Miễn: {reason}"
        : d.FeeLines.Count > 1 ? string.Join("; ", d.FeeLines.Where(l => l.Amount > 0).Select(l => $"{l.Name}: {VnFormat.Money(l.Amount)}"))
        : null;

    public static SupplementRequestData Guidance(CounterSlip s, CentreSettings centre) => new(
        Header(centre),
        new Applicant(s.ApplicantName, s.ApplicantIdNumber, s.ApplicantAddress, s.ApplicantPhone, s.ApplicantEmail),
        s.ProcedureName,
        s.At,
        s.Items.Select(i => new SupplementItem(i.Item, i.Reason)).ToList(),
        s.OfficerName,
        string.IsNullOrWhiteSpace(centre.Phone) ? null : centre.Phone,
        VnTime.DateOf(s.At),
        Number: s.NumberText,
        Size: centre.ReceiptPaper);

    public static RefusalData Refusal(CounterSlip s, CentreSettings centre) => new(
        Header(centre),
        new Applicant(s.ApplicantName, s.ApplicantIdNumber, s.ApplicantAddress, s.ApplicantPhone, s.ApplicantEmail),
        s.ProcedureName,
        s.At,
        s.Reason ?? "",
        s.OfficerName,
        VnTime.DateOf(s.At),
        Number: s.NumberText,
        Size: centre.ReceiptPaper);
}
