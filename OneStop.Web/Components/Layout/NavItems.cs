using MudBlazor;
using OneStop.Core.Accounts;

namespace OneStop.Web.Components.Layout;

/// <summary>The navigation of the shell, by role.</summary>
public static class NavItems
{
    public sealed record Item(string Title, string Href, string Icon, IReadOnlyList<string> Roles, bool Exact = false);

    public static readonly IReadOnlyList<Item> All =
    [
        new("Trang chủ", "/", Icons.Material.Filled.Home, OneStop.Core.Accounts.Roles.All, Exact: true),
        new("Tiếp nhận", "/tiep-nhan", Icons.Material.Filled.MoveToInbox, [Roles.CounterOfficer]),
        new("Hồ sơ", "/ho-so", Icons.Material.Filled.FolderOpen, [Roles.CounterOfficer, Roles.Specialist, Roles.Leader, Roles.Supervisor]),
        new("Trả kết quả", "/tra-ket-qua", Icons.Material.Filled.Outbox, [Roles.CounterOfficer]),
        new("Chưa in giấy tiếp nhận", "/ho-so/chua-in-giay-tiep-nhan", Icons.Material.Filled.PrintDisabled, [Roles.CounterOfficer, Roles.Supervisor]),
        new("Thống kê", "/thong-ke", Icons.Material.Filled.BarChart, [Roles.Supervisor, Roles.Leader]),
        new("Chỉ số 766", "/giam-sat/chi-so-766", Icons.Material.Filled.Insights, [Roles.Supervisor, Roles.Leader]),
        new("Hiệu suất cán bộ", "/giam-sat/can-bo", Icons.Material.Filled.Groups, [Roles.Supervisor, Roles.Leader, Roles.Specialist, Roles.CounterOfficer]),
        new("Danh mục TTHC", "/danh-muc", Icons.Material.Filled.MenuBook, OneStop.Core.Accounts.Roles.All),
        new("Tính hạn", "/tinh-han", Icons.Material.Filled.Calculate, OneStop.Core.Accounts.Roles.All),
        new("Sổ theo dõi", "/bao-cao/so-theo-doi", Icons.Material.Filled.MenuBook, [Roles.CounterOfficer, Roles.Supervisor, Roles.Leader]),
        new("Đối soát sao kê", "/thu-phi/doi-soat", Icons.Material.Filled.AccountBalance, [Roles.Supervisor]),
        new("Tổng hợp thu phí", "/thu-phi/tong-hop", Icons.Material.Filled.Payments, [Roles.Supervisor]),
        new("Nhật ký", "/giam-sat/nhat-ky", Icons.Material.Filled.VerifiedUser, [Roles.Supervisor, Roles.Admin]),
        new("Truy cập dữ liệu", "/giam-sat/truy-cap", Icons.Material.Filled.ManageSearch, [Roles.Supervisor, Roles.Admin]),
        new("Sao lưu", "/quan-tri/sao-luu", Icons.Material.Filled.Backup, [Roles.Supervisor, Roles.Admin]),
        new("Lịch làm việc", "/lich-lam-viec", Icons.Material.Filled.CalendarMonth, [Roles.Supervisor, Roles.Admin]),
        new("Quản trị", "/quan-tri", Icons.Material.Filled.AdminPanelSettings, [Roles.Admin]),
    ];

    public static IReadOnlyList<Item> For(Func<string, bool> isInRole) =>
        All.Where(i => i.Roles.Any(isInRole)).ToList();
}
