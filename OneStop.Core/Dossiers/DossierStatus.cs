namespace OneStop.Core.Dossiers;

/// <summary>Stored lifecycle status. "Overdue" is derived from the due instant, never stored.</summary>
public enum DossierStatus
{
    Received,
    InProgress,
    SupplementRequested,
    ResultReady,
    Returned,
    Refused,
    Withdrawn,
}

public static class DossierStatuses
{
    // The one list of each; queries use them through DossierRules, memory through IsOpen / ClockRuns.
    internal static readonly DossierStatus[] Open = [DossierStatus.Received, DossierStatus.InProgress, DossierStatus.SupplementRequested];
    // Rule 5: while the centre waits for the citizen's supplement the old due is void (a new one starts on completion).
    internal static readonly DossierStatus[] ClockRunning = [DossierStatus.Received, DossierStatus.InProgress];

    public static bool IsFinished(DossierStatus s) =>
        s is DossierStatus.Returned or DossierStatus.Refused or DossierStatus.Withdrawn;

    /// <summary>Open means the centre still owes work: the result is not ready yet.</summary>
    public static bool IsOpen(DossierStatus s) => Array.IndexOf(Open, s) >= 0;

    /// <summary>The centre's clock runs: open and not waiting for the citizen's supplement (rule 5).</summary>
    public static bool ClockRuns(DossierStatus s) => Array.IndexOf(ClockRunning, s) >= 0;

    public static string Vietnamese(DossierStatus s) => s switch
    {
        DossierStatus.Received => "Đã tiếp nhận",
        DossierStatus.InProgress => "Đang xử lý",
        DossierStatus.SupplementRequested => "Chờ bổ sung",
        DossierStatus.ResultReady => "Chờ trả kết quả",
        DossierStatus.Returned => "Đã trả kết quả",
        DossierStatus.Refused => "Từ chối",
        _ => "Dừng giải quyết",
    };
}

public enum ReceptionChannel { Direct, Postal, Online }
