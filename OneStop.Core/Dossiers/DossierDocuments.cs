using OneStop.Core.Accounts;
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

    /// <param name="payment">The fee's settlement, when there is one: an exemption prints its reason, a payment its fee receipt number, and neither prints the QR.</param>
    public static ReceiptData Receipt(Dossier d, CentreSettings centre, Payments.Payment? payment = null) => new(
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
        FeeNote(d, payment),
        d.RegisterBook,
        d.RegisterLine,
        Size: centre.ReceiptPaper,
        PaymentQr: payment is null ? Payments.PaymentSlips.QrFor(d, centre) : null);

    private static string? FeeNote(Dossier d, Payments.Payment? payment)
    {
        if (d.FeeExemptReason is { } reason) return $"Miễn: {reason}";
        if (payment is { Method: Payments.PaymentMethod.Exempt } p) return $"Miễn: {p.ExemptionReason}{(p.Note is { } n ? " - " + n : "")}";
        var lines = d.FeeLines.Count > 1 ? string.Join("; ", d.FeeLines.Where(l => l.Amount > 0).Select(l => $"{l.Name}: {VnFormat.Money(l.Amount)}")) : null;
        var paid = payment?.ReceiptNumber is { } number ? $"đã nộp ({Payments.PaymentMethods.Vietnamese(payment.Method).ToLower(VnTime.Culture)}), biên lai {number}" : null;
        return lines is null ? paid : paid is null ? lines : $"{lines}; {paid}";
    }

    /// <summary>
    /// The title above a signature, upper-cased: "GIÁM ĐỐC" for the head, "KT. GIÁM ĐỐC" over "PHÓ GIÁM ĐỐC" when a deputy
    /// signs for the head (ký thay). An account without a chức vụ signs as <paramref name="fallback"/>.
    /// </summary>
    public static string SignatureTitle(string? jobTitle, string fallback = "Giám đốc")
    {
        var title = (string.IsNullOrWhiteSpace(jobTitle) ? fallback : jobTitle.Trim()).Normalize().ToUpper(VnTime.Culture);
        const string deputy = "PHÓ ";
        return title.StartsWith(deputy.Normalize(), StringComparison.Ordinal) && title.Length > deputy.Length
            ? $"KT. {title[deputy.Length..]}\n{title}"
            : title;
    }

    /// <summary>The officer's own phone for a contact line; the centre's switchboard only when the account has none.</summary>
    public static string? ContactPhone(string? officerPhone, CentreSettings centre) =>
        !string.IsNullOrWhiteSpace(officerPhone) ? officerPhone.Trim()
        : string.IsNullOrWhiteSpace(centre.Phone) ? null : centre.Phone;

    public static SupplementRequestData Guidance(CounterSlip s, CentreSettings centre, string? officerPhone = null) => new(
        Header(centre),
        new Applicant(s.ApplicantName, s.ApplicantIdNumber, s.ApplicantAddress, s.ApplicantPhone, s.ApplicantEmail),
        s.ProcedureName,
        s.At,
        s.Items.Select(i => new SupplementItem(i.Item, i.Reason)).ToList(),
        s.OfficerName,
        ContactPhone(officerPhone, centre),
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

/// <summary>The forms that come out of a dossier's trail during processing (Mẫu 02–06).</summary>
public static class TrailDocuments
{
    private static Applicant ApplicantOf(Dossier d) => new(d.ApplicantName, d.ApplicantIdNumber, d.ApplicantAddress, d.ApplicantPhone, d.ApplicantEmail);

    /// <summary>
    /// Who signs a letter the leader decides: the leader who recorded <paramref name="e"/> if a leader did, else the
    /// centre's first leader; null when the centre has no leader account (the letter is then signed by hand).
    /// </summary>
    public static Signer? LeaderFor(DossierEvent e, IReadOnlyList<Signer> staff)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(staff);
        return staff.FirstOrDefault(s => s.IsLeader && s.UserName == e.Actor) ?? staff.FirstOrDefault(s => s.IsLeader);
    }

    public static SupplementRequestData? Supplement(DossierDetails x, CentreSettings c, IReadOnlyList<Signer>? staff = null)
    {
        var e = x.Events.LastOrDefault(v => v.Kind == DossierEventKinds.SupplementRequested);
        if (e is null) return null;
        var items = DossierEventData.Read<SupplementRequestedData>(e)?.Items ?? [];
        return new SupplementRequestData(DossierDocuments.Header(c), ApplicantOf(x.Dossier), x.Dossier.ProcedureName, x.Dossier.ReceivedAt,
            items.Select(i => new SupplementItem(i.Item, i.Reason)).ToList(), e.ActorName,
            DossierDocuments.ContactPhone(staff?.FirstOrDefault(s => s.UserName == e.Actor)?.Phone, c),
            VnTime.DateOf(e.At), x.Dossier.Code, Size: c.ReceiptPaper);
    }

    /// <summary>The notice of non-resolution of a dossier refused during processing, signed by the leader.</summary>
    public static NonResolutionData? NonResolution(DossierDetails x, CentreSettings c, IReadOnlyList<Signer>? staff = null)
    {
        var e = x.Events.LastOrDefault(v => v.Kind == DossierEventKinds.Refused);
        if (e is null) return null;
        var leader = LeaderFor(e, staff ?? []);
        return new NonResolutionData(DossierDocuments.Header(c), ApplicantOf(x.Dossier), x.Dossier.Code, x.Dossier.ProcedureName,
            x.Dossier.ReceivedAt, x.Dossier.ClosingNote ?? e.Note ?? "", DossierDocuments.SignatureTitle(leader?.JobTitle),
            leader?.FullName ?? "", VnTime.DateOf(e.At), DossierEventData.Read<RefusedData>(e)?.NumberText, Size: c.ReceiptPaper);
    }

    public static ApologyData? Apology(DossierDetails x, CentreSettings c, IReadOnlyList<Signer>? staff = null)
    {
        var d = x.Dossier;
        var e = x.Events.LastOrDefault(v => v.Kind == DossierEventKinds.ApologyApproved);
        if (e is null || d.ProposedDueAt is null) return null;
        return new ApologyData(DossierDocuments.Header(c), ApplicantOf(d), d.ReceivedAt, d.ProcedureName, d.Code, d.OriginalDueAt,
            d.ApologyReason ?? "", d.ProposedDueAt.Value,
            // The leader who approved the new date signs, with their own chức vụ.
            DossierDocuments.SignatureTitle(staff?.FirstOrDefault(s => s.UserName == e.Actor)?.JobTitle), e.ActorName,
            VnTime.DateOf(e.At), Size: c.ReceiptPaper);
    }

    public static StopNoticeData? StopNotice(DossierDetails x, CentreSettings c, IReadOnlyList<Signer>? staff = null)
    {
        var e = x.Events.LastOrDefault(v => v.Kind == DossierEventKinds.Withdrawn);
        if (e is null) return null;
        var requested = DossierEventData.Read<WithdrawnData>(e)?.RequestedOn ?? VnTime.DateOf(e.At);
        var leader = LeaderFor(e, staff ?? []);
        return new StopNoticeData(DossierDocuments.Header(c), ApplicantOf(x.Dossier), x.Dossier.Code, x.Dossier.ProcedureName, x.Dossier.ReceivedAt,
            // The counter officer records the withdrawal; the notice is the leader's.
            requested, DossierDocuments.SignatureTitle(leader?.JobTitle), leader?.FullName ?? "", VnTime.DateOf(e.At), x.Dossier.ClosingNote,
            Size: c.ReceiptPaper);
    }

    /// <summary>Mẫu 06: one block per hand-over, the step's outcome judged against its planned time.</summary>
    public static ControlSlipData ControlSlip(DossierDetails x, CentreSettings c)
    {
        var d = x.Dossier;
        var steps = new List<HandOverStep>();
        for (var i = 0; i < x.Events.Count; i++)
        {
            var e = x.Events[i];
            if (e.Kind == DossierEventKinds.HandedOver && DossierEventData.Read<HandedOverData>(e) is { } h)
            {
                var to = h.ToUserName ?? Accounts.Roles.DisplayName(h.ToRole);
                // A hand-over to a desk names its receiver only when someone confirms it ("Nhận").
                var receiver = h.ToUserName ?? x.Events.Skip(i + 1).TakeWhile(n => n.Kind != DossierEventKinds.HandedOver)
                    .FirstOrDefault(n => n.Kind == DossierEventKinds.Accepted)?.ActorName;
                steps.Add(new HandOverStep(h.FromName, $"{h.ToName} – {to}", h.PlannedAt, e.At, e.ActorName, receiver,
                    h.PlannedAt is { } p ? Calendar.WorkingCalendar.Outcome(e.At, p) : null, e.Note));
            }
            else if (e.Kind is DossierEventKinds.ResultReady or DossierEventKinds.Returned)
            {
                steps.Add(new HandOverStep(e.Kind == DossierEventKinds.ResultReady ? "Bộ phận giải quyết" : "Bộ phận trả kết quả",
                    e.Kind == DossierEventKinds.ResultReady ? "Bộ phận trả kết quả" : "Tổ chức, cá nhân", d.OriginalDueAt, e.At, e.ActorName,
                    e.Kind == DossierEventKinds.Returned ? d.CollectorName : null,
                    Calendar.WorkingCalendar.Outcome(e.At, d.OriginalDueAt), e.Note));
            }
        }
        return new ControlSlipData(DossierDocuments.Header(c), d.Code, d.ProcedureName, d.ApplicantName, c.CentreName, [], d.ReceivedAt, d.DueAt,
            steps, Size: c.ReceiptPaper);
    }
}
