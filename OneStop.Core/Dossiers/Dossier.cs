using OneStop.Core.Catalog;
using OneStop.Core.Common;

namespace OneStop.Core.Dossiers;

public enum ResultDelivery { AtCounter, ByPost }

/// <summary>One line of the reception checklist: a required paper, its form and count, and whether it was handed in.</summary>
public sealed record ChecklistItem(string Name, DocumentForm Form, int Count, bool Provided, bool Optional = false);

/// <summary>The applicant as received (NFC, validated by the reception service).</summary>
public sealed record ApplicantInfo(
    string FullName, string? IdNumber, DateOnly? BirthDate, string? Phone, string? Email, string? Address,
    string? OnBehalfName = null, string? OnBehalfIdNumber = null);

/// <summary>One citizen's application for one procedure, from reception to return.</summary>
public sealed class Dossier
{
    private Dossier() { }

    public long Id { get; private set; }
    public string Code { get; private set; } = string.Empty;
    public int ProcedureId { get; private set; }
    public string ProcedureCode { get; private set; } = string.Empty;
    public string ProcedureName { get; private set; } = string.Empty;
    public string FieldCode { get; private set; } = string.Empty;
    /// <summary>The processing time as published when received ("03 ngày làm việc").</summary>
    public string DeadlineText { get; private set; } = string.Empty;

    public string ApplicantName { get; private set; } = string.Empty;
    public string ApplicantNameKey { get; private set; } = string.Empty;
    public string? ApplicantIdNumber { get; private set; }
    public DateOnly? ApplicantBirthDate { get; private set; }
    public string? ApplicantPhone { get; private set; }
    public string? ApplicantEmail { get; private set; }
    public string? ApplicantAddress { get; private set; }
    public string? OnBehalfName { get; private set; }
    public string? OnBehalfIdNumber { get; private set; }

    public IReadOnlyList<ChecklistItem> Checklist { get; private set; } = [];
    public int Sets { get; private set; } = 1;
    public ReceptionChannel Channel { get; private set; }
    public ResultDelivery Delivery { get; private set; }
    public string? PostalAddress { get; private set; }
    public IReadOnlyList<FeeQuoteLine> FeeLines { get; private set; } = [];
    public long FeeTotal { get; private set; }
    public string? FeeExemptReason { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }
    public DateOnly ReceivedDate { get; private set; }
    public DateTimeOffset DueAt { get; private set; }
    /// <summary>Viet Nam date of the due instant: the "due today" list is an index seek on it.</summary>
    public DateOnly DueDate { get; private set; }
    /// <summary>The appointment statistics judge against: restarted by a supplement (rule 5), never moved by an apology (rule 6).</summary>
    public DateTimeOffset OriginalDueAt { get; private set; }
    public DossierStatus Status { get; private set; }
    public string ReceivedBy { get; private set; } = string.Empty;
    public string ReceivedByName { get; private set; } = string.Empty;
    public string? AssignedTo { get; private set; }
    public string RegisterBook { get; private set; } = string.Empty;
    public int RegisterLine { get; private set; }
    public DateTimeOffset? ResultReadyAt { get; private set; }
    public DateTimeOffset? FinishedAt { get; private set; }
    public int Version { get; private set; }

    /// <summary>Creates a received dossier. The reception service has validated every input.</summary>
    internal static Dossier Receive(DossierCode code, Procedure procedure, ApplicantInfo applicant,
        IReadOnlyList<ChecklistItem> checklist, int sets, ReceptionChannel channel, ResultDelivery delivery, string? postalAddress,
        FeeQuote fee, DateTimeOffset receivedAt, DateTimeOffset dueAt, string officerUserName, string officerName,
        string registerBook, int registerLine, TimeOnly centreCutoff)
    {
        if (sets < 1) throw new DomainException("Số bộ hồ sơ phải từ 1 trở lên.");
        if (dueAt < receivedAt) throw new DomainException("Hạn trả không thể trước thời điểm tiếp nhận.");
        if (delivery == ResultDelivery.ByPost && string.IsNullOrWhiteSpace(postalAddress))
            throw new DomainException("Trả kết quả qua bưu chính cần địa chỉ nhận.");
        return new Dossier
        {
            Code = code.Value,
            ProcedureId = procedure.Id,
            ProcedureCode = procedure.Code,
            ProcedureName = procedure.Name,
            FieldCode = procedure.FieldCode,
            DeadlineText = procedure.Deadline.Describe(centreCutoff),   // printed on the receipt: the cut-off that applied
            ApplicantName = VietnameseText.Clean(applicant.FullName),
            ApplicantNameKey = VietnameseText.Fold(applicant.FullName),
            ApplicantIdNumber = applicant.IdNumber,
            ApplicantBirthDate = applicant.BirthDate,
            ApplicantPhone = applicant.Phone,
            ApplicantEmail = applicant.Email,
            ApplicantAddress = applicant.Address is null ? null : VietnameseText.Clean(applicant.Address),
            OnBehalfName = applicant.OnBehalfName is null ? null : VietnameseText.Clean(applicant.OnBehalfName),
            OnBehalfIdNumber = applicant.OnBehalfIdNumber,
            Checklist = checklist,
            Sets = sets,
            Channel = channel,
            Delivery = delivery,
            PostalAddress = delivery == ResultDelivery.ByPost ? VietnameseText.Clean(postalAddress) : null,
            FeeLines = fee.Lines,
            FeeTotal = fee.Total,
            FeeExemptReason = fee.ExemptionReason,
            ReceivedAt = VnTime.ToVn(receivedAt),
            ReceivedDate = VnTime.DateOf(receivedAt),
            DueAt = VnTime.ToVn(dueAt),
            DueDate = VnTime.DateOf(dueAt),
            OriginalDueAt = VnTime.ToVn(dueAt),
            Status = DossierStatus.Received,
            ReceivedBy = officerUserName,
            ReceivedByName = officerName,
            HolderRole = Accounts.Roles.CounterOfficer,
            AssignedTo = officerUserName,
            AssignedToName = officerName,
            Accepted = true,
            CurrentStep = 0,
            StepStartedAt = VnTime.ToVn(receivedAt),
            RegisterBook = registerBook,
            RegisterLine = registerLine,
        };
    }

    /// <summary>Rule 8, while the centre's clock runs: a dossier waiting for the citizen's supplement is not overdue (rule 5).</summary>
    public bool IsOverdue(DateTimeOffset now) => DossierRules.IsOverdue(Status, DueAt, now);

    // ---- Processing (§5 rules 5–8, §6) ----

    /// <summary>Role expected to act next (hand-over to a role or a person).</summary>
    public string? HolderRole { get; private set; }
    public string? AssignedToName { get; private set; }
    /// <summary>The receiver confirmed the hand-over ("Nhận").</summary>
    public bool Accepted { get; private set; }
    /// <summary>Index in the procedure's step template of the current step.</summary>
    public int CurrentStep { get; private set; }
    public DateTimeOffset? StepStartedAt { get; private set; }
    public int SupplementCount { get; private set; }
    public DateTimeOffset? SupplementRequestedAt { get; private set; }
    public ApologyState Apology { get; private set; }
    public DateTimeOffset? ProposedDueAt { get; private set; }
    public string? ApologyReason { get; private set; }
    public string? ApologyProposedBy { get; private set; }
    public string? ApologyApprovedBy { get; private set; }
    public DateTimeOffset? ApologyIssuedAt { get; private set; }
    public string? CollectorName { get; private set; }
    public string? CollectorIdNumber { get; private set; }
    public string? PostalTrackingNumber { get; private set; }
    public Calendar.OutcomeClass? Outcome { get; private set; }
    /// <summary>Reason of a refusal, or the citizen's request date and reason of a withdrawal.</summary>
    public string? ClosingNote { get; private set; }

    /// <summary>
    /// A fee was paid or exempted (<see cref="Payments.PaymentService"/>): the dossier's status does not change, but a page
    /// that showed it unpaid is now stale, so the version moves.
    /// </summary>
    internal void FeeSettled() => Version++;

    private Common.Result Move(DossierStatus to)
    {
        if (!DossierLifecycle.CanMove(Status, to)) return Common.Result.Invalid(DossierLifecycle.Refusal(Status, to));
        Status = to;
        Version++;
        return Common.Result.Ok();
    }

    internal Common.Result HandOver(int toStep, string toRole, string? toUser, string? toUserName, DateTimeOffset now)
    {
        if (Status is not (DossierStatus.Received or DossierStatus.InProgress))
            return Common.Result.Invalid($"Hồ sơ đang “{DossierStatuses.Vietnamese(Status)}”, không bàn giao được.");
        var r = Move(DossierStatus.InProgress);
        if (!r.IsSuccess) return r;
        CurrentStep = toStep;
        HolderRole = toRole;
        AssignedTo = toUser;
        AssignedToName = toUserName;
        Accepted = false;
        StepStartedAt = now;
        return r;
    }

    internal Common.Result Accept(string user, string userName, IReadOnlyCollection<string> roles, DateTimeOffset now)
    {
        if (Status != DossierStatus.InProgress || Accepted) return Common.Result.Invalid("Hồ sơ không chờ nhận bàn giao.");
        if (AssignedTo is not null && AssignedTo != user) return Common.Result.Invalid($"Hồ sơ được bàn giao cho {AssignedToName}, không phải cho bạn.");
        if (AssignedTo is null && (HolderRole is null || !roles.Contains(HolderRole)))
            return Common.Result.Invalid("Hồ sơ được bàn giao cho bộ phận khác.");
        AssignedTo = user;
        AssignedToName = userName;
        Accepted = true;
        StepStartedAt = now;
        Version++;
        return Common.Result.Ok();
    }

    internal Common.Result RequestSupplement(DateTimeOffset now)
    {
        if (SupplementCount >= 1) return Common.Result.Invalid("Chỉ được yêu cầu bổ sung hồ sơ một lần trong quá trình giải quyết.");
        var r = Move(DossierStatus.SupplementRequested);
        if (!r.IsSuccess) return r;
        SupplementCount++;
        SupplementRequestedAt = now;
        return r;
    }

    /// <summary>Rule 5: the complete supplement restarts the processing time from this moment.</summary>
    internal Common.Result CompleteSupplement(DateTimeOffset newDueAt, DateTimeOffset now)
    {
        if (Status != DossierStatus.SupplementRequested) return Common.Result.Invalid("Hồ sơ không ở trạng thái chờ bổ sung.");
        var r = Move(DossierStatus.InProgress);
        if (!r.IsSuccess) return r;
        DueAt = Common.VnTime.ToVn(newDueAt);
        DueDate = Common.VnTime.DateOf(newDueAt);
        OriginalDueAt = DueAt;
        StepStartedAt = now;
        return r;
    }

    /// <summary>Rule 6: proposed by the specialist at the latest one working day before the due instant; once per dossier.</summary>
    internal Common.Result ProposeApology(DateTimeOffset newDueAt, string reason, string by, double workingMinutesLeft)
    {
        if (Apology != ApologyState.None && Apology != ApologyState.Rejected)
            return Common.Result.Invalid("Chỉ được xin lỗi và hẹn lại ngày trả kết quả một lần cho mỗi hồ sơ.");
        if (!DossierStatuses.IsOpen(Status)) return Common.Result.Invalid("Hồ sơ đã có kết quả hoặc đã kết thúc.");
        if (workingMinutesLeft < Calendar.WorkingCalendar.MinutesPerWorkingDay)
            return Common.Result.Invalid("Văn bản xin lỗi phải lập chậm nhất 01 ngày làm việc trước hạn trả kết quả; nay đã quá thời điểm đó.");
        if (newDueAt <= DueAt) return Common.Result.Invalid("Ngày hẹn mới phải sau ngày hẹn hiện tại.");
        if (string.IsNullOrWhiteSpace(reason)) return Common.Result.Invalid("Ghi rõ lý do chậm trả kết quả.");
        Apology = ApologyState.Proposed;
        ProposedDueAt = Common.VnTime.ToVn(newDueAt);
        ApologyReason = Common.VietnameseText.Clean(reason);
        ApologyProposedBy = by;
        Version++;
        return Common.Result.Ok();
    }

    /// <summary>The leader signs: the new appointment is in force; statistics keep the old one (OriginalDueAt).</summary>
    internal Common.Result DecideApology(bool approve, string leader, DateTimeOffset now)
    {
        if (Apology != ApologyState.Proposed || ProposedDueAt is null) return Common.Result.Invalid("Không có đề nghị xin lỗi nào chờ phê duyệt.");
        Apology = approve ? ApologyState.Approved : ApologyState.Rejected;
        ApologyApprovedBy = leader;
        if (approve)
        {
            ApologyIssuedAt = now;
            DueAt = ProposedDueAt.Value;
            DueDate = Common.VnTime.DateOf(DueAt);
        }
        Version++;
        return Common.Result.Ok();
    }

    internal Common.Result MarkResultReady(DateTimeOffset now)
    {
        var r = Move(DossierStatus.ResultReady);
        if (!r.IsSuccess) return r;
        ResultReadyAt = now;
        Outcome = Calendar.WorkingCalendar.Outcome(now, OriginalDueAt);
        HolderRole = Accounts.Roles.CounterOfficer;
        AssignedTo = null;
        AssignedToName = null;
        Accepted = false;
        return r;
    }

    internal Common.Result Return(string collectorName, string? collectorId, string? trackingNumber, DateTimeOffset now)
    {
        var r = Move(DossierStatus.Returned);
        if (!r.IsSuccess) return r;
        CollectorName = collectorName;
        CollectorIdNumber = collectorId;
        PostalTrackingNumber = trackingNumber;
        FinishedAt = now;
        HolderRole = null;
        return r;
    }

    /// <summary>The applicant as currently recorded (for an edit form and its before/after trail).</summary>
    public ApplicantInfo Applicant => new(ApplicantName, ApplicantIdNumber, ApplicantBirthDate, ApplicantPhone, ApplicantEmail, ApplicantAddress,
        OnBehalfName, OnBehalfIdNumber);

    /// <summary>Corrects the received applicant data; the service records before and after in the trail.</summary>
    internal Common.Result EditApplicant(ApplicantInfo a)
    {
        if (DossierStatuses.IsFinished(Status)) return Common.Result.Invalid("Hồ sơ đã kết thúc, không sửa được thông tin.");
        ApplicantName = Common.VietnameseText.Clean(a.FullName);
        ApplicantNameKey = Common.VietnameseText.Fold(a.FullName);
        ApplicantIdNumber = a.IdNumber;
        ApplicantBirthDate = a.BirthDate;
        ApplicantPhone = a.Phone;
        ApplicantEmail = a.Email;
        ApplicantAddress = a.Address;
        OnBehalfName = a.OnBehalfName;
        OnBehalfIdNumber = a.OnBehalfIdNumber;
        Version++;
        return Common.Result.Ok();
    }

    internal Common.Result Close(DossierStatus to, string note, DateTimeOffset now)
    {
        if (to is not (DossierStatus.Refused or DossierStatus.Withdrawn)) throw new Common.DomainException("Close only refuses or withdraws.");
        var r = Move(to);
        if (!r.IsSuccess) return r;
        ClosingNote = note;
        FinishedAt = now;
        HolderRole = null;
        return r;
    }
}

public enum ApologyState { None, Proposed, Approved, Rejected }

public static class OutcomeClasses
{
    public static string Vietnamese(Calendar.OutcomeClass c) => c switch
    {
        Calendar.OutcomeClass.Early => "Trước hạn",
        Calendar.OutcomeClass.OnTime => "Đúng hạn",
        _ => "Quá hạn",
    };
}
