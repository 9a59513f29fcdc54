using System.Reflection;
using Microsoft.AspNetCore.Identity;

namespace OneStop.Core.Accounts;

/// <summary>
/// The centre's password rule, on creating an account, on an administrator's reset and on "Đổi mật khẩu": at least
/// <see cref="MinimumLength"/> characters, not containing the user name, not a common password (the shipped list,
/// Vietnamese ones included) nor a common word with digits and symbols tacked on (Matkhau@2026). Length and
/// uncommonness are what make a password hard to guess; there is no rule of "one capital, one digit, one symbol".
/// </summary>
public sealed class PasswordPolicy : IPasswordValidator<AppUser>
{
    public const int MinimumLength = 10;
    public const string TooShortCode = "PasswordTooShort";
    public const string ContainsUserNameCode = "PasswordContainsUserName";
    public const string TooCommonCode = "PasswordTooCommon";

    public const string TooShort = "Mật khẩu phải có ít nhất 10 ký tự.";
    public const string ContainsUserName = "Mật khẩu không được chứa tên đăng nhập.";
    public const string TooCommon = "Mật khẩu quá phổ biến, dễ bị đoán (ví dụ matkhau123, 1234567890). Hãy chọn một cụm từ khác.";

    private static readonly Lazy<HashSet<string>> Banned = new(Load);

    /// <summary>How many passwords the shipped list holds.</summary>
    public static int BannedCount => Banned.Value.Count;

    /// <summary>The Vietnamese reason the password is refused for this user name, or null when it is acceptable.</summary>
    public static string? Check(string? userName, string? password) => CheckCode(userName, password) switch
    {
        null => null,
        TooShortCode => TooShort,
        ContainsUserNameCode => ContainsUserName,
        _ => TooCommon,
    };

    private static string? CheckCode(string? userName, string? password)
    {
        var p = password ?? "";
        if (p.Length < MinimumLength) return TooShortCode;
        var user = (userName ?? "").Trim();
        if (user.Length >= 3 && p.Contains(user, StringComparison.OrdinalIgnoreCase)) return ContainsUserNameCode;
        var lower = p.ToLowerInvariant();
        if (Banned.Value.Contains(lower)) return TooCommonCode;
        // "Matkhau@2026", "password!123": a listed word with digits and symbols tacked on.
        var end = lower.Length;
        while (end > 0 && !char.IsLetter(lower[end - 1])) end--;
        if (end >= 3 && end < lower.Length && Banned.Value.Contains(lower[..end])) return TooCommonCode;
        // One character repeated ("aaaaaaaaaa", "1111111111").
        if (lower.All(c => c == lower[0])) return TooCommonCode;
        return null;
    }

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        var code = CheckCode(user.UserName, password);
        return Task.FromResult(code is null
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = code, Description = Check(user.UserName, password)! }));
    }

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("OneStop.Data.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is not embedded.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var w = line.Trim();
            if (w.Length > 0 && w[0] != '#') set.Add(w.ToLowerInvariant());
        }
        return set;
    }
}
