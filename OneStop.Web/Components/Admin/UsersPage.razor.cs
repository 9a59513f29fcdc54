using Microsoft.AspNetCore.Components;
using MudBlazor;
using OneStop.Core.Accounts;
using OneStop.Web.Hosting;

namespace OneStop.Web.Components.Admin;

public partial class UsersPage
{
    [Inject] public required ScopedRunner Scoped { get; init; }
    [Inject] public required ISnackbar Snackbar { get; init; }

    private IReadOnlyList<UserRow>? rows;
    private bool showCreate;
    private FormModel form = new();
    private IReadOnlyDictionary<string, string> errors = new Dictionary<string, string>();
    private UserRow? resetFor;
    private string? newPassword;
    private string? resetError;
    private UserRow? profileFor;
    private string? jobTitle;
    private string? phone;
    private string? profileError;

    private sealed class FormModel
    {
        public string UserName { get; set; } = "";
        public string FullName { get; set; } = "";
        public string? Email { get; set; }
        public string Password { get; set; } = "";
        public HashSet<string> Roles { get; } = [];
    }

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync() =>
        rows = await Scoped.RunAsync(sp => sp.GetRequiredService<AccountService>().ListAsync());

    private bool Has(string key) => errors.ContainsKey(key);
    private string Err(string key) => errors.TryGetValue(key, out var e) ? e : "";

    private static void Toggle(HashSet<string> set, string role, bool on)
    {
        if (on) set.Add(role); else set.Remove(role);
    }

    private async Task CreateAsync()
    {
        var r = await Scoped.RunAsync(sp => sp.GetRequiredService<AccountService>()
            .CreateAsync(new NewUser(form.UserName, form.FullName, form.Email, form.Password, form.Roles.ToList())));
        if (!r.IsSuccess)
        {
            errors = r.FieldErrors;
            Snackbar.Add(r.Error ?? "Không tạo được tài khoản.", Severity.Error);
            return;
        }
        Snackbar.Add($"Đã tạo tài khoản {form.UserName}.", Severity.Success);
        form = new();
        errors = new Dictionary<string, string>();
        showCreate = false;
        await LoadAsync();
    }

    private async Task ToggleRoleAsync(UserRow row, string role)
    {
        var wanted = row.Roles.ToHashSet();
        if (!wanted.Remove(role)) wanted.Add(role);
        var r = await Scoped.RunAsync(sp => sp.GetRequiredService<AccountService>().SetRolesAsync(row.Id, wanted));
        Snackbar.Add(r.IsSuccess ? "Đã cập nhật vai trò." : r.Error!, r.IsSuccess ? Severity.Success : Severity.Error);
        await LoadAsync();
    }

    private void StartReset(UserRow row)
    {
        resetFor = row;
        newPassword = "";
        resetError = null;
    }

    private async Task ResetAsync()
    {
        if (resetFor is null) return;
        var id = resetFor.Id;
        var r = await Scoped.RunAsync(sp => sp.GetRequiredService<AccountService>().ResetPasswordAsync(id, newPassword ?? ""));
        if (!r.IsSuccess)
        {
            resetError = r.Error;
            return;
        }
        Snackbar.Add($"Đã đặt lại mật khẩu cho {resetFor.UserName}.", Severity.Success);
        resetFor = null;
        await LoadAsync();
    }

    private void StartProfile(UserRow row)
    {
        profileFor = row;
        jobTitle = row.JobTitle;
        phone = row.Phone;
        profileError = null;
    }

    private async Task SaveProfileAsync()
    {
        if (profileFor is null) return;
        var id = profileFor.Id;
        var r = await Scoped.RunAsync(sp => sp.GetRequiredService<AccountService>().SetProfileAsync(id, jobTitle, phone));
        if (!r.IsSuccess)
        {
            profileError = r.Error;
            return;
        }
        Snackbar.Add($"Đã lưu chức vụ, điện thoại của {profileFor.UserName}.", Severity.Success);
        profileFor = null;
        await LoadAsync();
    }

    private async Task SetDisabledAsync(UserRow row, bool disabled)
    {
        var r = await Scoped.RunAsync(sp => sp.GetRequiredService<AccountService>().SetDisabledAsync(row.Id, disabled));
        Snackbar.Add(r.IsSuccess ? (disabled ? "Đã vô hiệu hóa tài khoản." : "Đã kích hoạt lại tài khoản.") : r.Error!,
            r.IsSuccess ? Severity.Success : Severity.Error);
        await LoadAsync();
    }
}
