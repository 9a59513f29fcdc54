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
}
