using OneStop.Core.Calendar;
using OneStop.Core.Dossiers;

namespace OneStop.Core.Supervision;

/// <summary>Where one dossier falls in report II.06a for a period; <see cref="NotCounted"/> when the period does not include it.</summary>
public enum Ii06aClass { NotCounted, Early, OnTime, Late, InProgressWithin, InProgressOverdue }

/// <summary>What the indicators read of a dossier.</summary>
public sealed record DossierFacts(long Id, ReceptionChannel Channel, DossierStatus Status, DateTimeOffset ReceivedAt,
    DateTimeOffset OriginalDueAt, DateTimeOffset? ResultReadyAt, DateTimeOffset? FinishedAt, OutcomeClass? Outcome);

/// <summary>
/// The per-dossier form of <see cref="Reports.ResolutionReportService"/>'s counts, for the lists behind a number: the same
/// house rules (a result is judged against the appointment before any apology; a refusal or a withdrawal is resolved in
/// the period it ends, on time by the original appointment). A test holds the two to the same totals.
/// </summary>
public static class Ii06a
{
    /// <param name="start">First instant of the period (inclusive).</param>
    /// <param name="end">First instant after the period (exclusive).</param>
    public static Ii06aClass Classify(DossierFacts d, DateTimeOffset start, DateTimeOffset end)
    {
        var endedWithoutResult = d.Status is DossierStatus.Refused or DossierStatus.Withdrawn && d.ResultReadyAt is null;
        if (d.ReceivedAt >= end) return Ii06aClass.NotCounted;
        if (d.ResultReadyAt is { } r && r < start) return Ii06aClass.NotCounted;
        if (endedWithoutResult && d.FinishedAt < start) return Ii06aClass.NotCounted;

        if (d.ResultReadyAt is { } ready && ready < end)
            return d.Outcome switch
            {
                OutcomeClass.Early => Ii06aClass.Early,
                OutcomeClass.OnTime => Ii06aClass.OnTime,
                OutcomeClass.Late => Ii06aClass.Late,
                _ => WorkingCalendar.Outcome(ready, d.OriginalDueAt) switch
                {
                    OutcomeClass.Early => Ii06aClass.Early,
                    OutcomeClass.OnTime => Ii06aClass.OnTime,
                    _ => Ii06aClass.Late,
                },
            };
        if (endedWithoutResult && d.FinishedAt is { } finished && finished < end)
            return finished <= d.OriginalDueAt ? Ii06aClass.OnTime : Ii06aClass.Late;
        return d.OriginalDueAt >= end ? Ii06aClass.InProgressWithin : Ii06aClass.InProgressOverdue;
    }

    public static bool IsResolved(Ii06aClass c) => c is Ii06aClass.Early or Ii06aClass.OnTime or Ii06aClass.Late;

    /// <summary>Handled early or on time, or still within its deadline at the period's end (the progress numerator, §8).</summary>
    public static bool IsTimely(Ii06aClass c) => c is Ii06aClass.Early or Ii06aClass.OnTime or Ii06aClass.InProgressWithin;
}
