namespace OneStop.Core.Dossiers;

/// <summary>The allowed status transitions (§6). Anything not in the table is refused.</summary>
public static class DossierLifecycle
{
    public static readonly IReadOnlyDictionary<DossierStatus, IReadOnlySet<DossierStatus>> Allowed =
        new Dictionary<DossierStatus, IReadOnlySet<DossierStatus>>
        {
            [DossierStatus.Received] = new HashSet<DossierStatus> { DossierStatus.InProgress, DossierStatus.Refused, DossierStatus.Withdrawn },
            // InProgress → InProgress is a hand-over between steps.
            [DossierStatus.InProgress] = new HashSet<DossierStatus>
                { DossierStatus.InProgress, DossierStatus.SupplementRequested, DossierStatus.ResultReady, DossierStatus.Refused, DossierStatus.Withdrawn },
            [DossierStatus.SupplementRequested] = new HashSet<DossierStatus> { DossierStatus.InProgress, DossierStatus.Refused, DossierStatus.Withdrawn },
            [DossierStatus.ResultReady] = new HashSet<DossierStatus> { DossierStatus.Returned },
            [DossierStatus.Returned] = new HashSet<DossierStatus>(),
            [DossierStatus.Refused] = new HashSet<DossierStatus>(),
            [DossierStatus.Withdrawn] = new HashSet<DossierStatus>(),
        };

    public static bool CanMove(DossierStatus from, DossierStatus to) => Allowed[from].Contains(to);

    public static string Refusal(DossierStatus from, DossierStatus to) =>
        $"Không thể chuyển hồ sơ từ trạng thái “{DossierStatuses.Vietnamese(from)}” sang “{DossierStatuses.Vietnamese(to)}”.";
}

