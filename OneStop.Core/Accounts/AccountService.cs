using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OneStop.Core.Common;

namespace OneStop.Core.Accounts;

public sealed record UserRow(string Id, string UserName, string FullName, string? Email, IReadOnlyList<string> Roles,
    bool IsDisabled, bool IsLockedOut, string? JobTitle = null, string? Phone = null);

public sealed record NewUser(string UserName, string FullName, string? Email, string Password, IReadOnlyList<string> Roles);

/// <summary>Account administration. Construct with a UserManager from a short-lived scope (one per operation).</summary>
public sealed class AccountService(UserManager<AppUser> users, RoleManager<IdentityRole> roles, TimeProvider clock)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var r in Roles.All)
            if (!await roles.RoleExistsAsync(r))
                await roles.CreateAsync(new IdentityRole(r));
    }

    public async Task<IReadOnlyList<UserRow>> ListAsync()
    {
        var all = await users.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync();
        var rows = new List<UserRow>(all.Count);
        var now = clock.GetUtcNow();
        foreach (var u in all)
        {
            var r = await users.GetRolesAsync(u);
            rows.Add(new UserRow(u.Id, u.UserName ?? "", u.FullName, u.Email, r.OrderBy(x => Roles.All.ToList().IndexOf(x)).ToList(),
                u.IsDisabled, u.LockoutEnd is { } end && end > now && !u.IsDisabled, u.JobTitle, u.PhoneNumber));
        }
        return rows;
    }

    public async Task<Result<string>> CreateAsync(NewUser input)
    {
        var errors = new Dictionary<string, string>();
        var userName = (input.UserName ?? "").Trim().ToLowerInvariant();
        if (userName.Length < 3 || !userName.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
            errors["UserName"] = "Tên đăng nhập gồm ít nhất 3 ký tự: chữ không dấu, chữ số, dấu chấm, gạch dưới.";
        if (string.IsNullOrWhiteSpace(input.FullName))
            errors["FullName"] = "Nhập họ và tên.";
        if (input.Roles.Count == 0)
            errors["Roles"] = "Chọn ít nhất một vai trò.";
        if (input.Roles.Any(r => !Roles.All.Contains(r)))
            errors["Roles"] = "Vai trò không hợp lệ.";
        if (errors.Count == 0 && await users.FindByNameAsync(userName) is not null)
            errors["UserName"] = "Tên đăng nhập đã được dùng.";
        if (errors.Count > 0) return Result<string>.Invalid(errors);

        var user = new AppUser
        {
            UserName = userName,
            FullName = VietnameseText.Clean(input.FullName),
            Email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim(),
            EmailConfirmed = true,
            LockoutEnabled = true,
            CreatedAt = clock.GetUtcNow(),
            // The administrator chose this password: the officer picks their own at the first sign-in.
            MustChangePassword = true,
        };
        var created = await users.CreateAsync(user, input.Password ?? "");
        if (!created.Succeeded)
            return Result<string>.Invalid(new Dictionary<string, string> { ["Password"] = Describe(created) });
        await users.AddToRolesAsync(user, input.Roles.Distinct());
        return Result<string>.Ok(user.Id);
    }

    public async Task<Result> SetRolesAsync(string userId, IReadOnlyCollection<string> wanted)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null) return Result.Invalid("Không tìm thấy tài khoản.");
        if (wanted.Count == 0) return Result.Invalid("Chọn ít nhất một vai trò.");
        if (wanted.Any(r => !Roles.All.Contains(r))) return Result.Invalid("Vai trò không hợp lệ.");
        var current = await users.GetRolesAsync(user);
        if (current.Contains(Roles.Admin) && !wanted.Contains(Roles.Admin) && await IsLastActiveAdminAsync(user))
            return Result.Invalid("Không thể bỏ vai trò Quản trị của tài khoản quản trị cuối cùng.");
        var remove = current.Except(wanted).ToList();
        var add = wanted.Except(current).ToList();
        if (remove.Count > 0) await users.RemoveFromRolesAsync(user, remove);
        if (add.Count > 0) await users.AddToRolesAsync(user, add);
        await users.UpdateSecurityStampAsync(user);
        return Result.Ok();
    }

    /// <summary>Sets the chức vụ printed under the account's signature and the phone printed in its contact lines.</summary>
    public async Task<Result> SetProfileAsync(string userId, string? jobTitle, string? phone)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null) return Result.Invalid("Không tìm thấy tài khoản.");
        string? cleanPhone = null;
        if (!string.IsNullOrWhiteSpace(phone))
        {
            if (!Dossiers.PhoneNumber.TryParse(phone, out var parsed)) return Result.Invalid("Số điện thoại không hợp lệ.");
            cleanPhone = parsed.ToString();
        }
        user.JobTitle = string.IsNullOrWhiteSpace(jobTitle) ? null : VietnameseText.Clean(jobTitle);
        user.PhoneNumber = cleanPhone;
        var r = await users.UpdateAsync(user);
        return r.Succeeded ? Result.Ok() : Result.Invalid(Describe(r));
    }

    public async Task<Result> ResetPasswordAsync(string userId, string newPassword)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null) return Result.Invalid("Không tìm thấy tài khoản.");
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var r = await users.ResetPasswordAsync(user, token, newPassword ?? "");
        if (!r.Succeeded) return Result.Invalid(Describe(r));
        user.MustChangePassword = true;
        await users.UpdateAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return Result.Ok();
    }

    /// <summary>
    /// "Đổi mật khẩu": the account's own change, with its current password. Clears the must-change flag; the security
    /// stamp changes, so every other session of the account ends (the caller signs this one in again).
    /// </summary>
    public async Task<Result> ChangePasswordAsync(string userId, string? currentPassword, string? newPassword, string? confirmPassword)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null || user.IsDisabled) return Result.Invalid("Không tìm thấy tài khoản.");
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrEmpty(currentPassword)) errors[PasswordChangeFields.Current] = "Nhập mật khẩu hiện tại.";
        if (PasswordPolicy.Check(user.UserName, newPassword) is { } policy) errors[PasswordChangeFields.New] = policy;
        else if (string.Equals(currentPassword, newPassword, StringComparison.Ordinal)) errors[PasswordChangeFields.New] = "Mật khẩu mới phải khác mật khẩu hiện tại.";
        if (!string.Equals(newPassword, confirmPassword, StringComparison.Ordinal)) errors[PasswordChangeFields.Confirm] = "Mật khẩu nhập lại không khớp.";
        if (errors.Count > 0) return Result.Invalid(errors);

        var r = await users.ChangePasswordAsync(user, currentPassword!, newPassword!);
        if (!r.Succeeded)
        {
            if (r.Errors.Any(e => e.Code == "PasswordMismatch"))
            {
                // A wrong current password counts towards the lockout like a wrong sign-in.
                await users.AccessFailedAsync(user);
                return Result.Invalid(new Dictionary<string, string> { [PasswordChangeFields.Current] = "Mật khẩu hiện tại không đúng." });
            }
            return Result.Invalid(new Dictionary<string, string> { [PasswordChangeFields.New] = Describe(r) });
        }
        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await users.ResetAccessFailedCountAsync(user);
        return Result.Ok();
    }

    public async Task<Result> SetDisabledAsync(string userId, bool disabled)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null) return Result.Invalid("Không tìm thấy tài khoản.");
        if (disabled && await users.IsInRoleAsync(user, Roles.Admin) && await IsLastActiveAdminAsync(user))
            return Result.Invalid("Không thể vô hiệu hóa tài khoản quản trị cuối cùng.");
        user.IsDisabled = disabled;
        await users.UpdateAsync(user);
        // A new security stamp signs the account out of every open session.
        await users.UpdateSecurityStampAsync(user);
        return Result.Ok();
    }

    private async Task<bool> IsLastActiveAdminAsync(AppUser user)
    {
        var admins = await users.GetUsersInRoleAsync(Roles.Admin);
        return !admins.Any(a => !a.IsDisabled && a.Id != user.Id);
    }

    /// <summary>Identity's errors in Vietnamese.</summary>
    public static string Describe(IdentityResult r) => string.Join(" ", r.Errors.Select(e => e.Code switch
    {
        PasswordPolicy.TooShortCode => PasswordPolicy.TooShort,
        PasswordPolicy.ContainsUserNameCode => PasswordPolicy.ContainsUserName,
        PasswordPolicy.TooCommonCode => PasswordPolicy.TooCommon,
        "PasswordRequiresDigit" => "Mật khẩu phải có chữ số.",
        "PasswordRequiresLower" => "Mật khẩu phải có chữ thường.",
        "PasswordRequiresUpper" => "Mật khẩu phải có chữ hoa.",
        "PasswordRequiresNonAlphanumeric" => "Mật khẩu phải có ký tự đặc biệt (ví dụ @, #, !).",
        "DuplicateUserName" => "Tên đăng nhập đã được dùng.",
        "InvalidUserName" => "Tên đăng nhập không hợp lệ.",
        _ => "Không lưu được tài khoản (" + e.Code + ").",
    }).Distinct());
}

/// <summary>Field keys of <see cref="AccountService.ChangePasswordAsync"/>'s errors.</summary>
public static class PasswordChangeFields
{
    public const string Current = "CurrentPassword";
    public const string New = "NewPassword";
    public const string Confirm = "ConfirmPassword";
}
