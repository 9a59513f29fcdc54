using Microsoft.AspNetCore.Identity;

namespace OneStop.Core.Accounts;

/// <summary>A centre account. Disabled accounts keep their history but cannot sign in.</summary>
public sealed class AppUser : IdentityUser
{
    public string FullName { get; set; } = string.Empty;

    /// <summary>Chức vụ as printed under a signature ("Phó Giám đốc", "Công chức Tư pháp – Hộ tịch"); null when not set.</summary>
    public string? JobTitle { get; set; }
    public bool IsDisabled { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// The password was set by someone else (an administrator's new account or reset, the first admin's random one): the
    /// account must choose its own on "Đổi mật khẩu" before any other page opens.
    /// </summary>
    public bool MustChangePassword { get; set; }
}
