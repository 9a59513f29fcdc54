using OneStop.Core.Accounts;
using OneStop.Core.Centre;
using OneStop.Core.Common;
using OneStop.Core.Documents;

namespace OneStop.Core.Dossiers;

/// <summary>Maps dossiers and counter slips onto the official forms' data.</summary>
public static partial class DossierDocuments
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
        var due = d.FeeLines.Where(l => l.Amount > 0).ToList();
        var parts = due.Select(l => FeeBasis(l, named: due.Count > 1)).OfType<string>().ToList();
        var lines = parts.Count == 0 ? null : string.Join("; ", parts);
        var paid = payment?.ReceiptNumber is { } number ? $"đã nộp ({Payments.PaymentMethods.Vietnamese(payment.Method).ToLower(VnTime.Culture)}), biên lai {number}" : null;
        return lines is null ? paid : paid is null ? lines : $"{lines}; {paid}";
    }

    /// <summary>
    /// How a fee line was reached, as the receipt prints it: "5 trang × 3 bản = 21.000 đ" for a per-unit line, the line's
    /// name and amount for a fixed one among several (a fixed fee alone needs no basis). Never the catalogue's own notes.
    /// </summary>
    public static string? FeeBasis(Catalog.FeeQuoteLine l, bool named)
    {
        ArgumentNullException.ThrowIfNull(l);
        var name = CatalogNote().Replace(l.Name, "").Trim();
        if (!string.IsNullOrWhiteSpace(l.Unit))
        {
            var basis = l.Copies > 1 ? $"{l.Units} {l.Unit} × {l.Copies} bản" : $"{l.Units} {l.Unit}";
            return (named ? $"{name}: " : "") + $"{basis} = {VnFormat.Money(l.Amount)}";
        }
        return named ? $"{name}: {VnFormat.Money(l.Amount)}" : null;
    }

    /// <summary>An English note the sample catalogue keeps in a fee's name, e.g. "(provincial)".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\s*\([A-Za-z][A-Za-z ]*\)")]
    private static partial System.Text.RegularExpressions.Regex CatalogNote();

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
            VnTime.DateOf(e.At), x.Dossier.Code, DossierEventData.Read<SupplementRequestedData>(e)?.NumberText, Size: c.ReceiptPaper);
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
            VnTime.DateOf(e.At), DossierEventData.Read<ApologyDecidedData>(e)?.NumberText, Size: c.ReceiptPaper);
    }

    public static StopNoticeData? StopNotice(DossierDetails x, CentreSettings c, IReadOnlyList<Signer>? staff = null)
    {
        var e = x.Events.LastOrDefault(v => v.Kind == DossierEventKinds.Withdrawn);
        if (e is null) return null;
        var data = DossierEventData.Read<WithdrawnData>(e);
        var requested = data?.RequestedOn ?? VnTime.DateOf(e.At);
        var leader = LeaderFor(e, staff ?? []);
        return new StopNoticeData(DossierDocuments.Header(c), ApplicantOf(x.Dossier), x.Dossier.Code, x.Dossier.ProcedureName, x.Dossier.ReceivedAt,
            // The counter officer records the withdrawal; the notice is the leader's. The reason is the citizen's own words
            // (the event's note), not the closing note that repeats the date of the request.
            requested, DossierDocuments.SignatureTitle(leader?.JobTitle), leader?.FullName ?? "", VnTime.DateOf(e.At), e.Note,
            data?.NumberText, Size: c.ReceiptPaper);
    }

    /// <summary>
    /// Mẫu 06: one block per hand-over, the step's outcome judged against its planned time, and a row for every turn of the
    /// story (supplement asked and handed in, apology and new date, refusal, withdrawal), each with its time and who.
    /// </summary>
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
                var returned = e.Kind == DossierEventKinds.Returned;
                steps.Add(new HandOverStep(returned ? "Bộ phận trả kết quả" : "Bộ phận giải quyết",
                    returned ? "Tổ chức, cá nhân" : "Bộ phận trả kết quả", d.OriginalDueAt, e.At, e.ActorName,
                    returned ? d.CollectorName : null,
                    Calendar.WorkingCalendar.Outcome(e.At, d.OriginalDueAt),
                    Join(e.Note, returned ? DossierEventKinds.Details(e) : null)));
            }
            else if (StoryRow(e) is { } story)
            {
                steps.Add(story);
            }
        }
        return new ControlSlipData(DossierDocuments.Header(c), d.Code, d.ProcedureName, d.ApplicantName, c.CentreName, [], d.ReceivedAt, d.DueAt,
            steps, Size: c.ReceiptPaper);
    }

    /// <summary>A turn of the story that is not a hand-over: what happened (with its letter's number), when, who, and the note.</summary>
    private static HandOverStep? StoryRow(DossierEvent e)
    {
        (string? action, string? note) = e.Kind switch
        {
            DossierEventKinds.SupplementRequested => (("Yêu cầu bổ sung, hoàn thiện hồ sơ" + Numbered("Mẫu 02", DossierEventData.Read<SupplementRequestedData>(e)?.NumberText)), e.Note),
            DossierEventKinds.SupplementCompleted => (("Nhận đủ hồ sơ bổ sung, tính lại thời hạn"),
                DossierEventData.Read<SupplementCompletedData>(e) is { } s ? $"Hẹn trả mới: {VnFormat.DateTime(s.NewDueAt)}" : e.Note),
            DossierEventKinds.ApologyProposed => (("Đề nghị xin lỗi, gia hạn thời gian giải quyết"),
                Join(e.Note, DossierEventData.Read<ApologyProposedData>(e) is { } a ? $"Đề nghị hẹn lại: {VnFormat.DateTime(a.NewDueAt)}" : null)),
            DossierEventKinds.ApologyApproved => (("Lãnh đạo ký văn bản xin lỗi, hẹn lại" + Numbered("Mẫu 04", DossierEventData.Read<ApologyDecidedData>(e)?.NumberText)),
                DossierEventData.Read<ApologyDecidedData>(e)?.NewDueAt is { } n ? $"Hẹn trả mới: {VnFormat.DateTime(n)}" : e.Note),
            DossierEventKinds.ApologyRejected => (("Lãnh đạo không duyệt hẹn lại"), e.Note),
            DossierEventKinds.Refused => (("Không giải quyết hồ sơ" + Numbered("thông báo", DossierEventData.Read<RefusedData>(e)?.NumberText)), e.Note),
            DossierEventKinds.Withdrawn => (("Dừng giải quyết theo đề nghị của công dân" + Numbered("Mẫu 05", DossierEventData.Read<WithdrawnData>(e)?.NumberText)), e.Note),
            _ => (null, null),
        };
        return action is null ? null : new HandOverStep("", "", null, e.At, e.ActorName, null, null, note, action);
    }

    private static string Numbered(string form, string? number) => number is null ? $" ({form})" : $" ({form} số {number})";

    private static string? Join(params string?[] parts)
    {
        var text = string.Join("; ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
        return text.Length == 0 ? null : text;
    }

    /// <summary>
    /// The hand-over list of the hand-over <paramref name="e"/>: every dossier handed over in the same batch (by the batch id
    /// its events share), or that dossier alone for a single hand-over. Null when <paramref name="e"/> is not a hand-over.
    /// </summary>
    public static Documents.Forms.HandOverListData? HandOverList(DossierEvent e, IReadOnlyList<(DossierEvent Event, Dossier Dossier)> batch, CentreSettings c)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(batch);
        if (DossierEventData.Read<HandedOverData>(e) is not { } h) return null;
        var rows = batch.OrderBy(b => b.Event.Id)
            .Select(b => new Documents.Forms.HandOverListRow(b.Dossier.Code, b.Dossier.ProcedureName, b.Dossier.ApplicantName,
                b.Dossier.DueAt)).ToList();
        return new Documents.Forms.HandOverListData(DossierDocuments.Header(c), e.ActorName, h.ToUserName ?? Accounts.Roles.DisplayName(h.ToRole),
            e.At, rows, e.Note);
    }
}
