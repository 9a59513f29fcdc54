using OneStop.Core.Common;

namespace OneStop.Core.Dossiers;

/// <summary>One citizen's application for one procedure, from reception to return.</summary>
public sealed class Dossier
{
    private Dossier() { }

    internal Dossier(string code, int procedureId, string procedureCode, string procedureName, string fieldCode,
        string applicantName, string? applicantIdNumber, string? applicantPhone,
        ReceptionChannel channel, DateTimeOffset receivedAt, DateTimeOffset dueAt, string receivedBy)
    {
        Code = code;
        ProcedureId = procedureId;
        ProcedureCode = procedureCode;
        ProcedureName = procedureName;
        FieldCode = fieldCode;
        ApplicantName = VietnameseText.Clean(applicantName);
        ApplicantNameKey = VietnameseText.Fold(applicantName);
        ApplicantIdNumber = applicantIdNumber;
        ApplicantPhone = applicantPhone;
        Channel = channel;
        ReceivedAt = receivedAt;
        ReceivedDate = VnTime.DateOf(receivedAt);
        DueAt = dueAt;
        DueDate = VnTime.DateOf(dueAt);
        Status = DossierStatus.Received;
        ReceivedBy = receivedBy;
    }

    public long Id { get; private set; }
    public string Code { get; private set; } = string.Empty;
    public int ProcedureId { get; private set; }
    public string ProcedureCode { get; private set; } = string.Empty;
    public string ProcedureName { get; private set; } = string.Empty;
    public string FieldCode { get; private set; } = string.Empty;
    public string ApplicantName { get; private set; } = string.Empty;
    public string ApplicantNameKey { get; private set; } = string.Empty;
    public string? ApplicantIdNumber { get; private set; }
    public string? ApplicantPhone { get; private set; }
    public ReceptionChannel Channel { get; private set; }
    public DateTimeOffset ReceivedAt { get; private set; }
    public DateOnly ReceivedDate { get; private set; }
    public DateTimeOffset DueAt { get; private set; }
    /// <summary>Viet Nam date of the due instant: the "due today" list is an index seek on it.</summary>
    public DateOnly DueDate { get; private set; }
    public DossierStatus Status { get; private set; }
    public string ReceivedBy { get; private set; } = string.Empty;
    public string? AssignedTo { get; private set; }
    public DateTimeOffset? ResultReadyAt { get; private set; }
    public DateTimeOffset? FinishedAt { get; private set; }
    public int Version { get; private set; }

    /// <summary>Synthetic rows for the benchmark and demo data generator.</summary>
    internal static Dossier Synthetic(string code, int procedureId, string procedureCode, string procedureName, string fieldCode,
        string applicantName, string idNumber, string phone, DateTimeOffset receivedAt, DateTimeOffset dueAt,
        DossierStatus status, DateTimeOffset? resultReadyAt, DateTimeOffset? finishedAt, string receivedBy) =>
        new(code, procedureId, procedureCode, procedureName, fieldCode, applicantName, idNumber, phone,
            ReceptionChannel.Direct, receivedAt, dueAt, receivedBy)
        {
            Status = status,
            ResultReadyAt = resultReadyAt,
            FinishedAt = finishedAt,
        };
}
