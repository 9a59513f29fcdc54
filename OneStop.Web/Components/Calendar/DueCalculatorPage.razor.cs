using Microsoft.AspNetCore.Components;
using OneStop.Core.Calendar;
using OneStop.Core.Catalog;
using OneStop.Core.Common;

namespace OneStop.Web.Components.Calendar;

public partial class DueCalculatorPage
{
    [Inject] public required CalendarService Calendars { get; init; }
    [Inject] public required CatalogService Catalog { get; init; }
    [Inject] public required TimeProvider Clock { get; init; }

    private ProcedureSummary? procedure;
    private Deadline? procedureDeadline;
    private DeadlineKind kind = DeadlineKind.WorkingDays;
    private decimal? value = 3;
    private DateTime? date;
    private string? timeText;
    private string cutoffText = "";
    private TimeOnly? centreCutoff;
    private string sessionsText = "";
    private DueExplanation? explanation;
    private string deadlineText = "";
    private Dictionary<string, string> errors = [];

    protected override async Task OnInitializedAsync()
    {
        SetNow();
        var calendar = await Calendars.LoadAsync();
        centreCutoff = calendar.SameDayCutoff;
        cutoffText = calendar.SameDayCutoff.ToString("HH:mm", VnTime.Culture);
        var monday = calendar.Schedule.For(DayOfWeek.Monday).Where(s => !s.ReceptionOnly)
            .Select(s => $"{s.Start.ToString("HH:mm", VnTime.Culture)}–{s.End.ToString("HH:mm", VnTime.Culture)}");
        sessionsText = $"{string.Join(", ", monday)} từ thứ Hai đến thứ Sáu";
    }

    private void SetNow()
    {
        var now = VnTime.Now(Clock);
        date = now.Date;
        timeText = now.ToString("HH:mm", VnTime.Culture);
    }

    private async Task<IEnumerable<ProcedureSummary>> SearchAsync(string? text, CancellationToken ct) =>
        (await Catalog.SearchAsync(text, includeInactive: false, fieldCode: null, ct)).Take(20);

    private async Task OnProcedureAsync(ProcedureSummary? p)
    {
        procedure = p;
        procedureDeadline = null;
        if (p is null) return;
        var full = await Catalog.GetAsync(p.Id);
        if (full is null) return;
        procedureDeadline = full.Deadline;
        kind = full.Deadline.Kind;
        value = full.Deadline.Kind == DeadlineKind.SameDay ? null : full.Deadline.Value;
        errors.Remove("value");
    }

    // A kind or value typed by hand no longer follows the chosen procedure.
    private void OnKindChanged(DeadlineKind k)
    {
        kind = k;
        if (k != DeadlineKind.SameDay && value is null) value = 1;
        ForgetProcedure();
    }

    private void OnValueChanged(decimal? v)
    {
        value = v;
        ForgetProcedure();
    }

    private void ForgetProcedure()
    {
        if (procedureDeadline is not null && (procedureDeadline.Kind != kind || (kind != DeadlineKind.SameDay && procedureDeadline.Value != value)))
        {
            procedure = null;
            procedureDeadline = null;
        }
    }

    private bool Has(string key) => errors.ContainsKey(key);
    private string Err(string key) => errors.TryGetValue(key, out var e) ? e : "";

    private async Task CalculateAsync()
    {
        errors = [];
        if (DeadlineInput.Validate(kind, value) is { } bad) errors["value"] = bad;
        if (date is null) errors["date"] = "Vui lòng nhập ngày nhận (dd/MM/yyyy).";
        else if (!CalendarLimits.Supports(date.Value.Year)) errors["date"] = CalendarLimits.OutOfRangeMessage;
        var time = DeadlineInput.ParseTime(timeText);
        if (time is null) errors["time"] = "Giờ có dạng HH:mm, ví dụ 16:00.";
        if (errors.Count > 0)
        {
            explanation = null;
            return;
        }
        var deadline = DeadlineInput.ToDeadline(kind, value, procedureDeadline?.Kind == DeadlineKind.SameDay ? procedureDeadline.Cutoff : null);
        var calendar = await Calendars.LoadAsync();
        var receivedAt = VnTime.At(DateOnly.FromDateTime(date!.Value), time!.Value);
        try
        {
            explanation = calendar.Explain(receivedAt, deadline);
        }
        catch (OutsideCalendarRangeException e)
        {
            errors["date"] = e.Message;   // the due falls after the last supported year
            explanation = null;
            return;
        }
        deadlineText = procedure is null ? deadline.Describe(calendar.SameDayCutoff) : $"{procedure.Code}: {deadline.Describe(calendar.SameDayCutoff)}";
    }

    private static string StepStyle(ExplainStepKind kind) => kind switch
    {
        ExplainStepKind.Skipped => "color: #757575",
        ExplainStepKind.Due => "font-weight: 600; color: #0d47a1",
        _ => "",
    };
}
