using OneStop.Core.Common;

namespace OneStop.Core.Dossiers;

public enum CounterSlipKind
{
    /// <summary>Mẫu 02 at the counter: the dossier is incomplete, everything missing is listed at once.</summary>
    Guidance,
    /// <summary>Mẫu 03 at the counter: the dossier is not accepted.</summary>
    Refusal,
}

/// <summary>
/// A dossier turned back at the counter (guided to supplement or refused). It gets a slip number per kind and year,
/// not a dossier code: a dossier code means "received", and the II.06a statistics count received dossiers only.
/// </summary>
public sealed class CounterSlip
{
    private CounterSlip() { }

    internal CounterSlip(CounterSlipKind kind, int number, int year, DateTimeOffset at, Officer officer, int? procedureId, string procedureName,
        string fieldCode, ApplicantInfo applicant, IReadOnlyList<SlipItem> items, string? reason)
    {
        Kind = kind;
        Number = number;
        Year = year;
        At = at;
        OfficerUserName = officer.UserName;
        OfficerName = officer.FullName;
        ProcedureId = procedureId;
        ProcedureName = procedureName;
        FieldCode = fieldCode;
        ApplicantName = VietnameseText.Clean(applicant.FullName);
        ApplicantIdNumber = applicant.IdNumber;
        ApplicantPhone = applicant.Phone;
        ApplicantAddress = applicant.Address;
        ApplicantEmail = applicant.Email;
        Items = items;
        Reason = reason;
    }

    public long Id { get; private set; }
    public CounterSlipKind Kind { get; private set; }
    public int Number { get; private set; }
    public int Year { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string OfficerUserName { get; private set; } = string.Empty;
    public string OfficerName { get; private set; } = string.Empty;
    public int? ProcedureId { get; private set; }
    public string ProcedureName { get; private set; } = string.Empty;
    public string FieldCode { get; private set; } = string.Empty;
    public string ApplicantName { get; private set; } = string.Empty;
    public string? ApplicantIdNumber { get; private set; }
    public string? ApplicantPhone { get; private set; }
    public string? ApplicantAddress { get; private set; }
    public string? ApplicantEmail { get; private set; }
    public IReadOnlyList<SlipItem> Items { get; private set; } = [];
    public string? Reason { get; private set; }

    /// <summary>"12/PHD" style number printed on the slip.</summary>
    public string NumberText => $"{Number:00}/{(Kind == CounterSlipKind.Guidance ? "PHD" : "PTC")}";
}

/// <summary>One missing or incorrect item on a guidance slip, with why.</summary>
public sealed record SlipItem(string Item, string Reason);
