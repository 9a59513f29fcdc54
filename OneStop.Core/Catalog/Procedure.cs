using OneStop.Core.Common;

namespace OneStop.Core.Catalog;

/// <summary>A field (lĩnh vực) of procedures: Hộ tịch, Chứng thực, ...</summary>
public sealed class ProcedureField
{
    public const int CodeMaxLength = 20;
    public const int NameMaxLength = 200;

    private ProcedureField() { }
    public ProcedureField(string code, string name) { Code = code.Trim().ToUpperInvariant(); Name = VietnameseText.Clean(name); }
    public string Code { get; private set; } = string.Empty;
    public string Name { get; private set; } = string.Empty;
    public void Rename(string name) => Name = VietnameseText.Clean(name);
}

public enum DeadlineKind { SameDay, WorkingDays, WorkingHours }

/// <summary>The processing time a procedure publishes.</summary>
public sealed record Deadline(DeadlineKind Kind, decimal Value, TimeOnly? Cutoff = null, string? Note = null)
{
    public const int NoteMaxLength = 500;

    /// <summary>Same day; without a cut-off of its own the centre's setting applies (<see cref="Centre.CentreSettings.SameDayCutoff"/>).</summary>
    public static Deadline SameDay(TimeOnly? cutoff = null) => new(DeadlineKind.SameDay, 0, cutoff);

    /// <summary>The cut-off that applies: the procedure's own if it has one, otherwise the centre's.</summary>
    public TimeOnly CutoffOr(TimeOnly centreCutoff) => Cutoff ?? centreCutoff;

    /// <summary>The deadline in working hours (a same-day procedure counts as one working day).</summary>
    public decimal WorkingHoursBudget() => Kind switch
    {
        DeadlineKind.WorkingDays => Value * Calendar.WorkingCalendar.HoursPerWorkingDay,
        DeadlineKind.WorkingHours => Value,
        _ => Calendar.WorkingCalendar.HoursPerWorkingDay,
    };

    /// <summary>
    /// "Trong ngày (nhận trước 16:00)", "03 ngày làm việc", "4 giờ làm việc". A same-day deadline names the cut-off that applies
    /// (its own, else <paramref name="centreCutoff"/>); with neither known it says only "Trong ngày".
    /// </summary>
    public string Describe(TimeOnly? centreCutoff = null) => Kind switch
    {
        DeadlineKind.SameDay => (Cutoff ?? centreCutoff) is { } c ? $"Trong ngày (nhận trước {c:HH\\:mm})" : "Trong ngày",
        DeadlineKind.WorkingDays => $"{FormatNumber(Value)} ngày làm việc",
        _ => $"{FormatNumber(Value)} giờ làm việc",
    };

    private static string FormatNumber(decimal v) =>
        v == decimal.Truncate(v) ? ((int)v).ToString("00", System.Globalization.CultureInfo.InvariantCulture)
                                 : v.ToString("0.#", VnTime.Culture);
}

public enum DocumentForm { Original, Copy, CertifiedCopy, Shown }

public static class DocumentForms
{
    public static string Vietnamese(DocumentForm f) => f switch
    {
        DocumentForm.Original => "Bản chính",
        DocumentForm.Copy => "Bản sao",
        DocumentForm.CertifiedCopy => "Bản sao chứng thực",
        _ => "Xuất trình",
    };
}

public static class RequiredDocuments
{
    public const string IfAny = "(nếu có)";

    /// <summary>The paper's name with "(nếu có)" when it is optional, once: a catalogue name may already say it.</summary>
    public static string Label(string name, bool optional)
    {
        var clean = (name ?? string.Empty).Trim();
        return optional && !clean.EndsWith(IfAny, StringComparison.OrdinalIgnoreCase) ? $"{clean} {IfAny}" : clean;
    }
}

/// <summary>A paper the procedure requires (thành phần hồ sơ).</summary>
public sealed record RequiredDocument(string Name, DocumentForm Form, int Count, bool Optional = false);

/// <summary>One band of a tiered fee: units From..To (inclusive; To null = no upper bound) at a price each.</summary>
public sealed record FeeTier(int FromUnit, int? ToUnit, long AmountPerUnit);

/// <summary>
/// One fee line: fixed (Amount), per unit (Unit + AmountPerUnit), tiered (Tiers, with MaxPerCopy),
/// or free (Amount 0). Optional lines apply only when the officer ticks them.
/// </summary>
public sealed record FeeRule(
    string Name,
    long? Amount = null,
    string? Unit = null,
    long? AmountPerUnit = null,
    IReadOnlyList<FeeTier>? Tiers = null,
    long? MaxPerCopy = null,
    bool Optional = false)
{
    public bool IsPerUnit => Unit is not null && (AmountPerUnit is not null || Tiers is { Count: > 0 });
    public bool IsFree => !IsPerUnit && (Amount ?? 0) == 0;
}

/// <summary>A catalogued administrative procedure (TTHC).</summary>
public sealed class Procedure
{
    public const int CodeMaxLength = 40;
    public const int NameMaxLength = 500;

    private Procedure() { }

    public Procedure(string code, string fieldCode, string name, Deadline deadline,
        IReadOnlyList<FeeRule> fees, IReadOnlyList<RequiredDocument> documents, string? codeNote = null)
    {
        Code = code.Trim();
        Update(fieldCode, name, deadline, fees, documents, codeNote, isActive: true);
    }

    public int Id { get; private set; }
    public string Code { get; private set; } = string.Empty;
    public string FieldCode { get; private set; } = string.Empty;
    public string Name { get; private set; } = string.Empty;
    public Deadline Deadline { get; private set; } = Deadline.SameDay();
    public IReadOnlyList<FeeRule> Fees { get; private set; } = [];
    public IReadOnlyList<RequiredDocument> Documents { get; private set; } = [];
    public string? CodeNote { get; private set; }
    public bool IsActive { get; private set; } = true;
    /// <summary>Folded code + name, for search with or without diacritics.</summary>
    public string SearchKey { get; private set; } = string.Empty;
    /// <summary>How many dossiers were received for it: "most used first" at the counter.</summary>
    public int UseCount { get; private set; }
    /// <summary>The processing steps (admin-editable); empty means <see cref="StepTemplates.Default"/>.</summary>
    public IReadOnlyList<StepTemplate> Steps { get; private set; } = [];

    /// <summary>The steps this procedure's dossiers go through, with budgets in working hours.</summary>
    public IReadOnlyList<StepTemplate> EffectiveSteps => Steps.Count > 0 ? Steps : StepTemplates.Default(Deadline.WorkingHoursBudget());

    public void SetSteps(IReadOnlyList<StepTemplate> steps)
    {
        Steps = steps.Select(s => s with { Name = VietnameseText.Clean(s.Name) }).ToList();
        Version++;
    }
    public int Version { get; private set; }

    public void Update(string fieldCode, string name, Deadline deadline, IReadOnlyList<FeeRule> fees,
        IReadOnlyList<RequiredDocument> documents, string? codeNote, bool isActive)
    {
        FieldCode = fieldCode.Trim().ToUpperInvariant();
        Name = VietnameseText.Clean(name);
        Deadline = deadline;
        Fees = fees;
        Documents = documents.Select(d => d with { Name = VietnameseText.Clean(d.Name) }).ToList();
        CodeNote = string.IsNullOrWhiteSpace(codeNote) ? null : codeNote.Trim();
        IsActive = isActive;
        SearchKey = VietnameseText.Fold($"{Code} {Name}");
        Version++;
    }

    public void CountUse() => UseCount++;

    /// <summary>Replaces the code (a local code replaced by the national one); the caller checks uniqueness.</summary>
    public void Recode(string code)
    {
        if (string.IsNullOrWhiteSpace(code)) throw new DomainException("Mã thủ tục không được để trống.");
        Code = code.Trim();
        SearchKey = VietnameseText.Fold($"{Code} {Name}");
    }

    public void SetActive(bool isActive)
    {
        if (IsActive == isActive) return;
        IsActive = isActive;
        Version++;
    }
}
