using OneStop.Core.Calendar;
using OneStop.Core.Catalog;

namespace OneStop.Core.Dossiers;

/// <summary>One step as it happened: planned end by its budget, actual end, and the step's outcome class.</summary>
public sealed record StepProgress(int Index, string Name, string Role, string? HandledBy, DateTimeOffset StartedAt,
    DateTimeOffset PlannedEnd, DateTimeOffset? ActualEnd, OutcomeClass? Outcome);

public static class StepProgressBuilder
{
    /// <summary>Reads the trail: each hand-over ends one step and starts another; "result ready" and "returned" end the current one.</summary>
    public static IReadOnlyList<StepProgress> Build(DossierDetails x, IReadOnlyList<StepTemplate> steps, WorkingCalendar calendar)
    {
        var list = new List<StepProgress>();
        var d = x.Dossier;
        int current = 0;
        var start = d.ReceivedAt;
        string? by = d.ReceivedByName;

        StepProgress Make(int i, DateTimeOffset s, string? who, DateTimeOffset? end)
        {
            var t = steps[Math.Min(i, steps.Count - 1)];
            var planned = calendar.AddWorkingMinutes(calendar.StartOfClock(s), (double)(t.BudgetHours * 60));
            return new StepProgress(i, t.Name, t.Role, who, s, planned, end, end is { } e ? WorkingCalendar.Outcome(e, planned) : null);
        }

        var open = true;
        foreach (var e in x.Events)
        {
            switch (e.Kind)
            {
                case DossierEventKinds.HandedOver:
                    if (open) list.Add(Make(current, start, by, e.At));
                    var h = DossierEventData.Read<HandedOverData>(e);
                    current = h?.ToStep ?? current + 1;
                    by = h?.ToUserName;
                    start = e.At;
                    open = true;
                    break;
                case DossierEventKinds.Accepted:
                    by = e.ActorName;
                    break;
                case DossierEventKinds.ResultReady:
                    if (open) list.Add(Make(current, start, by ?? e.ActorName, e.At));
                    current = steps.Count - 1;
                    start = e.At;
                    by = null;
                    open = true;
                    break;
                case DossierEventKinds.Returned or DossierEventKinds.Refused or DossierEventKinds.Withdrawn:
                    if (open) list.Add(Make(current, start, by ?? e.ActorName, e.At));
                    open = false;
                    break;
            }
        }
        if (open && DossierStatuses.IsOpen(d.Status) || open && d.Status == DossierStatus.ResultReady) list.Add(Make(current, start, by, null));
        return list;
    }
}
