namespace OneStop.Core.Accounts;

/// <summary>The five roles of a centre, with the names officers know them by.</summary>
public static class Roles
{
    public const string CounterOfficer = nameof(CounterOfficer);
    public const string Specialist = nameof(Specialist);
    public const string Leader = nameof(Leader);
    public const string Supervisor = nameof(Supervisor);
    public const string Admin = nameof(Admin);

    /// <summary>Width of a stored role name.</summary>
    public const int MaxLength = 20;

    public static readonly IReadOnlyList<string> All = [CounterOfficer, Specialist, Leader, Supervisor, Admin];

    public static string DisplayName(string role) => role switch
    {
        CounterOfficer => "Cán bộ tiếp nhận",
        Specialist => "Chuyên viên xử lý",
        Leader => "Lãnh đạo",
        Supervisor => "Giám sát",
        Admin => "Quản trị",
        _ => role,
    };

    /// <summary>Comma lists for [Authorize(Roles = ...)].</summary>
    public const string Staff = "CounterOfficer,Specialist,Leader,Supervisor,Admin";
    public const string CounterOrSupervisor = "CounterOfficer,Supervisor";
    public const string SupervisorOrAdmin = "Supervisor,Admin";
}
