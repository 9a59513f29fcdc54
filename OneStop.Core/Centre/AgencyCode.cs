using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace OneStop.Core.Centre;

/// <summary>The centre's electronic identifier: dot-separated groups of letters and digits, at most 35 characters (H48.26.10).</summary>
public readonly partial record struct AgencyCode
{
    public string Value { get; }
    private AgencyCode(string value) => Value = value;

    /// <summary>Longest identifier accepted (and the width of its column).</summary>
    public const int MaxLength = 35;

    public const string Rule = "Mã định danh gồm các nhóm chữ cái và chữ số ngăn cách bằng dấu chấm, tối đa 35 ký tự (ví dụ H48.26.10).";

    [GeneratedRegex(@"^[A-Za-z0-9]+(\.[A-Za-z0-9]+)*$")]
    private static partial Regex Shape();

    public static bool TryParse(string? text, [NotNullWhen(true)] out AgencyCode? code)
    {
        code = null;
        var t = text?.Trim() ?? string.Empty;
        if (t.Length == 0 || t.Length > MaxLength || !Shape().IsMatch(t)) return false;
        code = new AgencyCode(t.ToUpperInvariant());
        return true;
    }

    public static AgencyCode Parse(string text) =>
        TryParse(text, out var c) ? c.Value : throw new FormatException(Rule);

    public override string ToString() => Value;
}
