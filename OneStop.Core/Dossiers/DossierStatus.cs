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
    public static bool IsFinished(DossierStatus s) =>
        s is DossierStatus.Returned or DossierStatus.Refused or DossierStatus.Withdrawn;

    /// <summary>Open means the centre still owes work: the result is not ready yet.</summary>
    public static bool IsOpen(DossierStatus s) =>
        s is DossierStatus.Received or DossierStatus.InProgress or DossierStatus.SupplementRequested;

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
