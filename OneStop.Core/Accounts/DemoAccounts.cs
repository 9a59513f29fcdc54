namespace OneStop.Core.Accounts;

/// <summary>One account per role on a demo database. The passwords are printed in the README.</summary>
public static class DemoAccounts
{
    public sealed record Account(string UserName, string Password, string FullName, string Role);

    public static readonly IReadOnlyList<Account> All =
    [
        new("tiepnhan", "Tiepnhan@2026", "Lò Thị Hương", Roles.CounterOfficer),
        new("chuyenvien", "Chuyenvien@2026", "Cầm Văn Đức", Roles.Specialist),
        new("lanhdao", "Lanhdao@2026", "Nguyễn Quang Trung", Roles.Leader),
        new("giamsat", "Giamsat@2026", "Quàng Thị Mai", Roles.Supervisor),
        new("quantri", "Quantri@2026", "Hoàng Minh Tuấn", Roles.Admin),
    ];
}
