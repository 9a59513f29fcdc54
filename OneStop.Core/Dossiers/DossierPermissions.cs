using OneStop.Core.Accounts;

namespace OneStop.Core.Dossiers;

/// <summary>What a person can do with a dossier. Each action is checked by the service that performs it.</summary>
public enum DossierAction
{
    /// <summary>Open the dossier, its documents and PDFs (they carry the applicant's personal data).</summary>
    View,
    HandOver,
    Accept,
    RequestSupplement,
    CompleteSupplement,
    ProposeApology,
    DecideApology,
    MarkResultReady,
    Return,
    Withdraw,
    Refuse,
    EditApplicant,
    /// <summary>Record the fee paid in cash or by transfer (with the bank reference).</summary>
    RecordPayment,
    /// <summary>Exempt the dossier from its fee (miễn phí, lệ phí) with a reason from the centre's list.</summary>
    Exempt,
    /// <summary>Confirm bank statement lines as transfers (reconciliation) and read the fee summaries.</summary>
    Reconcile,
    /// <summary>Attach, remove or move a scan of a checklist paper.</summary>
    AttachScan,
    /// <summary>Attach or remove the digitised result.</summary>
    AttachResult,
}

/// <summary>The answer for one action: allowed, or refused with the reason in Vietnamese.</summary>
public sealed record Permission(DossierAction Action, bool Allowed, string? Reason)
{
    public static Permission Yes(DossierAction a) => new(a, true, null);
    public static Permission No(DossierAction a, string reason) => new(a, false, reason);
}

/// <summary>
/// Who may do what with a dossier, by the actor's roles (all of them), the dossier's status and who holds it.
/// This is the one place the rule is written: every <see cref="ProcessingService"/> action enforces it, the dossier page
/// shows the buttons it allows, the PDF endpoints ask it before sending personal data. The entity's verbs still guard
/// the lifecycle (an action allowed here can still be refused by the dossier, e.g. a second supplement).
/// </summary>
public static class DossierPermissions
{
    /// <summary>Roles that may read dossiers and their documents (personal data). The administrator manages accounts
    /// and settings and has no need to read citizens' data.</summary>
    public static readonly IReadOnlyList<string> Readers = [Roles.CounterOfficer, Roles.Specialist, Roles.Leader, Roles.Supervisor];

    /// <summary>The same list for <c>[Authorize(Roles = ...)]</c>.</summary>
    public const string ReaderRoles = "CounterOfficer,Specialist,Leader,Supervisor";

    public static bool CanRead(Officer by) => Readers.Any(by.Has);

    /// <summary>Receiving a dossier, and guidance or refusal slips at the counter, are the counter officer's.</summary>
    public static Permission CanReceive(Officer by) => by.Has(Roles.CounterOfficer)
        ? Permission.Yes(DossierAction.View)
        : Permission.No(DossierAction.View, "Chỉ cán bộ tiếp nhận được tiếp nhận hồ sơ và lập phiếu tại quầy.");

    public const string NoReadAccess = "Tài khoản của bạn không được xem hồ sơ của công dân.";

    /// <summary>Every action with its answer, in display order.</summary>
    public static IReadOnlyDictionary<DossierAction, Permission> For(Dossier d, Officer by) =>
        Enum.GetValues<DossierAction>().ToDictionary(a => a, a => Check(a, d, by));

    public static Permission Check(DossierAction action, Dossier d, Officer by)
    {
        if (!CanRead(by)) return Permission.No(action, NoReadAccess);
        var reason = action switch
        {
            DossierAction.View => null,
            DossierAction.HandOver => HandOver(d, by),
            DossierAction.Accept => Accept(d, by),
            DossierAction.RequestSupplement => RequestSupplement(d, by),
            DossierAction.CompleteSupplement => Role(by, "Chỉ cán bộ tiếp nhận hoặc chuyên viên xử lý nhận hồ sơ bổ sung.", Roles.CounterOfficer, Roles.Specialist)
                ?? (d.Status == DossierStatus.SupplementRequested ? null : "Hồ sơ không ở trạng thái chờ bổ sung."),
            DossierAction.ProposeApology => Role(by, "Chỉ chuyên viên xử lý được đề nghị xin lỗi và hẹn lại.", Roles.Specialist)
                ?? Open(d) ?? (d.Apology is ApologyState.None or ApologyState.Rejected
                    ? null : "Chỉ được xin lỗi và hẹn lại ngày trả kết quả một lần cho mỗi hồ sơ."),
            DossierAction.DecideApology => Role(by, "Chỉ lãnh đạo được ký duyệt hẹn lại.", Roles.Leader)
                ?? (d.Apology == ApologyState.Proposed ? null : "Không có đề nghị xin lỗi nào chờ phê duyệt."),
            DossierAction.MarkResultReady => Role(by, "Chỉ chuyên viên xử lý hoặc lãnh đạo được xác nhận đã có kết quả.", Roles.Specialist, Roles.Leader)
                ?? (d.Status == DossierStatus.InProgress ? null : StatusRefusal(d, "xác nhận có kết quả"))
                ?? Holder(d, by),
            DossierAction.Return => Role(by, "Chỉ cán bộ tiếp nhận được trả kết quả cho công dân.", Roles.CounterOfficer)
                ?? (d.Status == DossierStatus.ResultReady ? null : StatusRefusal(d, "trả kết quả")),
            DossierAction.Withdraw => Role(by, "Chỉ cán bộ tiếp nhận được ghi nhận công dân xin dừng giải quyết.", Roles.CounterOfficer) ?? Open(d),
            DossierAction.Refuse => Role(by, "Chỉ chuyên viên xử lý hoặc lãnh đạo được từ chối giải quyết hồ sơ.", Roles.Specialist, Roles.Leader) ?? Open(d),
            DossierAction.EditApplicant => Role(by, "Chỉ cán bộ tiếp nhận hoặc giám sát được sửa thông tin đã tiếp nhận.", Roles.CounterOfficer, Roles.Supervisor)
                ?? (DossierStatuses.IsFinished(d.Status) ? "Hồ sơ đã kết thúc, không sửa được thông tin." : null),
            DossierAction.RecordPayment => Role(by, "Chỉ cán bộ tiếp nhận được thu phí, lệ phí.", Roles.CounterOfficer) ?? FeeOpen(d),
            DossierAction.Exempt => Role(by, "Chỉ cán bộ tiếp nhận hoặc giám sát được quyết định miễn phí, lệ phí.", Roles.CounterOfficer, Roles.Supervisor) ?? FeeOpen(d),
            DossierAction.Reconcile => CanReconcile(by).Reason ?? FeeOpen(d),
            DossierAction.AttachScan => AttachScan(d, by),
            DossierAction.AttachResult => AttachResult(d, by),
            _ => "Thao tác không được hỗ trợ.",
        };
        return reason is null ? Permission.Yes(action) : Permission.No(action, reason);
    }

    /// <summary>Importing bank statements and confirming transfers: supervisors (counter officers record payments one by one).</summary>
    public static Permission CanReconcile(Officer by) => by.Has(Roles.Supervisor)
        ? Permission.Yes(DossierAction.Reconcile)
        : Permission.No(DossierAction.Reconcile, "Chỉ giám sát được đối soát sao kê ngân hàng.");

    /// <summary>The fee summaries per counter and per centre, and the cashless share: supervisors.</summary>
    public static Permission CanSeeFeeSummary(Officer by) => by.Has(Roles.Supervisor)
        ? Permission.Yes(DossierAction.Reconcile)
        : Permission.No(DossierAction.Reconcile, "Chỉ giám sát được xem tổng hợp thu phí, lệ phí.");

    /// <summary>The centre's list of exemption reasons: the administrator (centre settings) and supervisors.</summary>
    public static Permission CanEditExemptionReasons(Officer by) => by.HasAny([Roles.Supervisor, Roles.Admin])
        ? Permission.Yes(DossierAction.Exempt)
        : Permission.No(DossierAction.Exempt, "Chỉ quản trị hoặc giám sát được sửa danh sách lý do miễn, giảm phí.");

    /// <summary>A fee can still be settled: the dossier has one, it is not exempt, and it was not refused or withdrawn.</summary>
    private static string? FeeOpen(Dossier d) =>
        d.FeeTotal <= 0 || d.FeeExemptReason is not null ? "Hồ sơ không phải nộp phí, lệ phí."
        : d.Status is DossierStatus.Refused or DossierStatus.Withdrawn ? $"Hồ sơ đã “{DossierStatuses.Vietnamese(d.Status)}”, không thu phí."
        : null;

    /// <summary>The officer has accepted the dossier and is working on it.</summary>
    public static bool Holds(Dossier d, Officer by) => d.Accepted && d.AssignedTo == by.UserName;

    private static string? HandOver(Dossier d, Officer by)
    {
        if (d.Status == DossierStatus.Received)
            return Holds(d, by) || by.Has(Roles.CounterOfficer) ? null : "Hồ sơ mới tiếp nhận do bộ phận tiếp nhận bàn giao.";
        if (d.Status != DossierStatus.InProgress) return StatusRefusal(d, "bàn giao");
        return Holder(d, by);
    }

    private static string? Accept(Dossier d, Officer by)
    {
        if (d.Status != DossierStatus.InProgress || d.Accepted) return "Hồ sơ không chờ nhận bàn giao.";
        if (d.AssignedTo is not null)
            return d.AssignedTo == by.UserName ? null : $"Hồ sơ được bàn giao cho {d.AssignedToName}, không phải cho bạn.";
        return d.HolderRole is { } role && by.Has(role) ? null : "Hồ sơ được bàn giao cho bộ phận khác.";
    }

    private static string? RequestSupplement(Dossier d, Officer by)
    {
        if (d.Status != DossierStatus.InProgress) return StatusRefusal(d, "yêu cầu bổ sung");
        if (Holder(d, by) is { } notHolder) return notHolder;
        return d.SupplementCount >= 1 ? "Chỉ được yêu cầu bổ sung hồ sơ một lần trong quá trình giải quyết." : null;
    }

    private static string? Holder(Dossier d, Officer by)
    {
        if (Holds(d, by)) return null;
        if (!d.Accepted) return "Hồ sơ đang chờ nhận bàn giao; người nhận phải bấm “Nhận hồ sơ” trước.";
        return $"Hồ sơ do {d.AssignedToName ?? d.AssignedTo} đang giữ; chỉ người đang giữ hồ sơ được thao tác này.";
    }

    /// <summary>The counter digitises papers of any open dossier; a specialist or leader only while holding it.</summary>
    private static string? AttachScan(Dossier d, Officer by)
    {
        if (!DossierStatuses.IsOpen(d.Status)) return "Hồ sơ đã có kết quả hoặc đã kết thúc, không đính kèm giấy tờ được.";
        if (by.Has(Roles.CounterOfficer)) return null;
        if (!by.HasAny(Roles.Specialist, Roles.Leader)) return "Chỉ cán bộ tiếp nhận hoặc người đang giữ hồ sơ được số hóa giấy tờ.";
        return Holder(d, by);
    }

    /// <summary>The result is digitised once it is ready (at the counter or by whoever processed it), or by the holder about to mark it ready.</summary>
    private static string? AttachResult(Dossier d, Officer by)
    {
        if (Role(by, "Chỉ cán bộ tiếp nhận, chuyên viên hoặc lãnh đạo được số hóa kết quả.", Roles.CounterOfficer, Roles.Specialist, Roles.Leader) is { } r) return r;
        if (d.Status is DossierStatus.ResultReady or DossierStatus.Returned) return null;
        if (d.Status == DossierStatus.InProgress && by.HasAny(Roles.Specialist, Roles.Leader)) return Holder(d, by);
        return "Chỉ số hóa kết quả khi hồ sơ đã có kết quả.";
    }

    private static string? Role(Officer by, string refusal, params ReadOnlySpan<string> roles) => by.HasAny(roles) ? null : refusal;

    private static string? Open(Dossier d) => DossierStatuses.IsOpen(d.Status) ? null : "Hồ sơ đã có kết quả hoặc đã kết thúc.";

    private static string StatusRefusal(Dossier d, string what) =>
        $"Hồ sơ đang “{DossierStatuses.Vietnamese(d.Status)}”, không {what} được.";
}
