using System.Diagnostics.CodeAnalysis;

namespace OneStop.Core.Dossiers;

/// <summary>
/// Số định danh cá nhân (CCCD): exactly 12 digits. Digits 1–3: province of birth; digit 4: century and sex;
/// digits 5–6: last two digits of the birth year.
/// </summary>
public readonly record struct CitizenId
{
    public const string Rule = "Số định danh cá nhân phải gồm đúng 12 chữ số.";

    private CitizenId(string value) => Value = value;

    public string Value { get; }

    /// <summary>The province-of-birth code, the first 3 digits ("001" Hà Nội).</summary>
    public string ProvinceCode => Value[..3];

    /// <summary>The 4th digit: 0/1 born 1900–1999 (male/female), 2/3 born 2000–2099, 4/5 2100s, 6/7 2200s, 8/9 2300s.</summary>
    public int CenturySexDigit => Value[3] - '0';

    /// <summary>True when the century/sex digit is odd (female).</summary>
    public bool IsFemale => CenturySexDigit % 2 == 1;

    /// <summary>The first year of the century of birth: 1900, 2000, 2100...</summary>
    public int CenturyStart => 1900 + (CenturySexDigit / 2 * 100);

    /// <summary>Digits 5–6: the last two digits of the birth year.</summary>
    public int BirthYearTwoDigits => ((Value[4] - '0') * 10) + (Value[5] - '0');

    /// <summary>The birth year the number encodes (CenturyStart + BirthYearTwoDigits).</summary>
    public int BirthYear => CenturyStart + BirthYearTwoDigits;

    public static bool TryParse(string? text, [NotNullWhen(true)] out CitizenId? id) => TryParse(text, out id, out _);

    /// <summary>Spaces inside the number (typed in groups) are ignored.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out CitizenId? id, out string error)
    {
        id = null;
        var t = string.Concat((text ?? string.Empty).Where(c => !char.IsWhiteSpace(c)));
        if (t.Length == 0)
        {
            error = "Chưa nhập số định danh cá nhân.";
            return false;
        }
        if (!t.All(char.IsAsciiDigit))
        {
            error = "Số định danh cá nhân chỉ gồm chữ số.";
            return false;
        }
        if (t.Length != 12)
        {
            error = Rule;
            return false;
        }
        id = new CitizenId(t);
        error = string.Empty;
        return true;
    }

    public static CitizenId Parse(string text) =>
        TryParse(text, out var id, out var error) ? id.Value : throw new FormatException(error);

    public override string ToString() => Value ?? string.Empty;
}

/// <summary>The old 9-digit identity card number (CMND), which the CCCD's QR code may carry.</summary>
public readonly record struct OldIdNumber
{
    public const string Rule = "Số CMND cũ phải gồm đúng 9 chữ số.";

    private OldIdNumber(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? text, [NotNullWhen(true)] out OldIdNumber? id) => TryParse(text, out id, out _);

    public static bool TryParse(string? text, [NotNullWhen(true)] out OldIdNumber? id, out string error)
    {
        id = null;
        var t = string.Concat((text ?? string.Empty).Where(c => !char.IsWhiteSpace(c)));
        if (t.Length != 9 || !t.All(char.IsAsciiDigit))
        {
            error = Rule;
            return false;
        }
        id = new OldIdNumber(t);
        error = string.Empty;
        return true;
    }

    public static OldIdNumber Parse(string text) =>
        TryParse(text, out var id, out var error) ? id.Value : throw new FormatException(error);

    public override string ToString() => Value ?? string.Empty;
}
