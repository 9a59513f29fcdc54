namespace OneStop.Core.Accounts;

/// <summary>One account per role on a demo database. The passwords are printed in the README.</summary>
public static class DemoAccounts
{
    public sealed record Account(string UserName, string Password, string FullName, string Role, string JobTitle, string Phone);

    public static readonly IReadOnlyList<Account> All =
    [
        new("tiepnhan", "Tiepnhan@2026", "Lò Thị Hương", Roles.CounterOfficer, "Công chức Văn phòng – Thống kê", "0912345601"),
        new("chuyenvien", "Chuyenvien@2026", "Cầm Văn Đức", Roles.Specialist, "Công chức Tư pháp – Hộ tịch", "0912345602"),
        new("lanhdao", "Lanhdao@2026", "Nguyễn Quang Trung", Roles.Leader, "Phó Giám đốc", "0912345603"),
        new("giamsat", "Giamsat@2026", "Quàng Thị Mai", Roles.Supervisor, "Giám đốc", "0912345604"),
        new("quantri", "Quantri@2026", "Hoàng Minh Tuấn", Roles.Admin, "Chuyên viên Công nghệ thông tin", "0912345605"),
    ];
}
