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
    /// <summary>The appointment statistics judge against: an apology's new date does not replace it (rule 6).</summary>
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
        string registerBook, int registerLine)
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
            DeadlineText = procedure.Deadline.Describe(),
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
            RegisterBook = registerBook,
            RegisterLine = registerLine,
        };
    }

    public bool IsOverdue(DateTimeOffset now) => DossierStatuses.IsOpen(Status) && now > DueAt;
}
