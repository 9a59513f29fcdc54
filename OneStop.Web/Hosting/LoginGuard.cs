using Microsoft.AspNetCore.Identity;
using OneStop.Core.Accounts;

namespace OneStop.Web.Hosting;

/// <summary>
/// Makes a failed login cost the same whatever the reason: an unknown, disabled or locked-out account gets the same
/// password hashing as a wrong password (Identity answers those without hashing, ~20 ms against ~400 ms).
/// </summary>
public sealed class LoginGuard(IPasswordHasher<AppUser> hasher)
{
    private static readonly AppUser Nobody = new() { UserName = "-" };
    private static string? dummyHash;

    public void VerifyDummy(string? password)
    {
        dummyHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N"));
        hasher.VerifyHashedPassword(Nobody, dummyHash, password ?? "");
    }
}
