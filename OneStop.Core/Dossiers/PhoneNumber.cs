using System.Diagnostics.CodeAnalysis;

namespace OneStop.Core.Dossiers;

/// <summary>
/// A Vietnamese phone number, stored as 0…: mobile 10 digits (03x, 05x, 07x, 08x, 09x) or landline
/// 02x with 10 or 11 digits. Input may use +84/84 and spaces, dots, dashes or brackets.
/// </summary>
public readonly record struct PhoneNumber
{
    public const string Rule = "Số điện thoại phải gồm 10 chữ số bắt đầu bằng 03, 05, 07, 08, 09 (di động) hoặc 02 (cố định, 10–11 chữ số); có thể viết +84.";

    private PhoneNumber(string value) => Value = value;

    /// <summary>Digits only, starting with 0 ("0912345678").</summary>
    public string Value { get; }

    public bool IsMobile => Value[1] != '2';

    /// <summary>"0912 345 678" (mobile and 10-digit landline), "024 3825 1234" (11-digit landline).</summary>
    public string Display => Value.Length == 11
        ? $"{Value[..3]} {Value[3..7]} {Value[7..]}"
        : $"{Value[..4]} {Value[4..7]} {Value[7..]}";

    /// <summary>The international form without separators: "+84912345678".</summary>
    public string International => "+84" + Value[1..];

    public static bool TryParse(string? text, [NotNullWhen(true)] out PhoneNumber? phone) => TryParse(text, out phone, out _);

    public static bool TryParse(string? text, [NotNullWhen(true)] out PhoneNumber? phone, out string error)
    {
        phone = null;
        var raw = (text ?? string.Empty).Trim();
        if (raw.Length == 0)
        {
            error = "Chưa nhập số điện thoại.";
            return false;
        }
        var plus = raw.StartsWith('+');
        var body = plus ? raw[1..] : raw;
        if (body.Any(c => !(char.IsAsciiDigit(c) || c is ' ' or '.' or '-' or '(' or ')')))
        {
            error = "Số điện thoại chỉ gồm chữ số (có thể có dấu cách, dấu chấm, dấu gạch).";
            return false;
        }
        var digits = string.Concat(body.Where(char.IsAsciiDigit));
        if (plus)
        {
            if (!digits.StartsWith("84", StringComparison.Ordinal))
            {
                error = "Chỉ nhận số điện thoại Việt Nam (+84).";
                return false;
            }
            digits = "0" + digits[2..];
        }
        else if (digits.StartsWith("84", StringComparison.Ordinal) && digits.Length is 11 or 12)
        {
            digits = "0" + digits[2..];
        }
        if (digits.StartsWith("00", StringComparison.Ordinal) || !digits.StartsWith('0'))
        {
            error = Rule;
            return false;
        }
        var ok = digits.Length >= 2 && digits[1] switch
        {
            '3' or '5' or '7' or '8' or '9' => digits.Length == 10,
            '2' => digits.Length is 10 or 11,
            _ => false,
        };
        if (!ok)
        {
            error = Rule;
            return false;
        }
        phone = new PhoneNumber(digits);
        error = string.Empty;
        return true;
    }

    public static PhoneNumber Parse(string text) =>
        TryParse(text, out var p, out var error) ? p.Value : throw new FormatException(error);

    public override string ToString() => Value ?? string.Empty;
}
