using OneStop.Core.Catalog;
using OneStop.Core.Common;
using F = OneStop.Core.Dossiers.ReceptionService.Fields;

namespace OneStop.Core.Dossiers;

/// <summary>
/// The reception page's form as the officer fills it: the applicant, the papers, how the dossier came and how the result
/// goes back, and what the fee depends on. <see cref="ToRequest"/> turns it into the <see cref="ReceptionRequest"/> the
/// service validates and saves.
/// </summary>
public sealed class ReceptionForm
{
    public const string SubmittedAtFormatError = "Thời điểm có dạng dd/MM/yyyy HH:mm.";

    public ApplicantForm Applicant { get; } = new();
    public IReadOnlyList<ChecklistItem> Checklist { get; set; } = [];
    public int Sets { get; set; } = 1;
    public ReceptionChannel Channel { get; set; } = ReceptionChannel.Direct;
    /// <summary>For an online dossier: when the citizen submitted it, as typed (dd/MM/yyyy HH:mm, Viet Nam time).</summary>
    public string? SubmittedAt { get; set; }
    public ResultDelivery Delivery { get; set; } = ResultDelivery.AtCounter;
    public string? PostalAddress { get; set; }
    public int Units { get; set; } = 1;
    public int Copies { get; set; } = 1;
    public HashSet<string> SelectedOptional { get; } = [];
    public bool Exempt { get; set; }
    /// <summary>One of the centre's exemption reasons.</summary>
    public string? ExemptReason { get; set; }
    /// <summary>A free note beside the reason (the household book number, the card...).</summary>
    public string? ExemptNote { get; set; }

    /// <summary>
    /// What the fee depends on; counts below one count as one while the officer is still typing. A ticked exemption
    /// without a reason is sent as a blank reason, which the service refuses (no reason is made up for the officer).
    /// </summary>
    public FeeRequest Fee => new(Math.Max(1, Units), Math.Max(1, Copies), [.. SelectedOptional],
        Exempt ? ExemptReason?.Trim() ?? "" : null);

    /// <summary>The papers of a newly chosen procedure: the required ones ticked as handed in, the optional ones not.</summary>
    public void StartChecklist(Procedure? procedure)
    {
        Checklist = procedure?.Documents.Select(d => new ChecklistItem(d.Name, d.Form, d.Count, Provided: !d.Optional, d.Optional)).ToList() ?? [];
        SelectedOptional.Clear();
    }

    /// <summary>The request to save, or the format errors of the typed dates (keyed like the service's field errors).</summary>
    public (ReceptionRequest? Request, Dictionary<string, string> Errors) ToRequest(int procedureId)
    {
        var (applicant, errors) = Applicant.ToRequest();
        DateTimeOffset? submitted = null;
        if (Channel == ReceptionChannel.Online && !string.IsNullOrWhiteSpace(SubmittedAt))
        {
            if (VnParse.TryDateTime(SubmittedAt, out var s)) submitted = s;
            else errors[F.SubmittedAt] = SubmittedAtFormatError;
        }
        if (applicant is null || errors.Count > 0) return (null, errors);
        return (applicant with
        {
            ProcedureId = procedureId, Checklist = Checklist, Sets = Sets, Channel = Channel, SubmittedAt = submitted,
            Delivery = Delivery, PostalAddress = PostalAddress, Fee = Fee,
            ExemptionNote = Exempt ? ExemptNote : null,
        }, errors);
    }
}
