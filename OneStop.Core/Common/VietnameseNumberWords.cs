using System.Text;

namespace OneStop.Core.Common;

/// <summary>
/// Numbers read out in Vietnamese, as written for amounts on official slips:
/// 15 → "mười lăm", 21 → "hai mươi mốt", 105 → "một trăm linh năm",
/// 1 005 000 → "một triệu không trăm linh năm nghìn".
/// </summary>
public static class VietnameseNumberWords
{
    private static readonly string[] Digits = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];
    private const long Billion = 1_000_000_000;

    /// <summary>The number in lower-case words: 8000 → "tám nghìn".</summary>
    public static string ToWords(long number)
    {
        if (number == 0) return Digits[0];
        var sb = new StringBuilder(64);
        if (number < 0)
        {
            sb.Append("âm ");
            // long.MinValue has no positive counterpart; read its magnitude through ulong.
            AppendNumber(sb, number == long.MinValue ? (ulong)long.MaxValue + 1 : (ulong)-number, leading: true);
        }
        else
        {
            AppendNumber(sb, (ulong)number, leading: true);
        }
        return sb.ToString();
    }

    /// <summary>An amount of money for a slip: 8000 → "Tám nghìn đồng".</summary>
    public static string Dong(long amount)
    {
        var words = ToWords(amount);
        return char.ToUpperInvariant(words[0]) + words[1..] + " đồng";
    }

    // Above a billion Vietnamese repeats "tỷ": 10^12 is "một nghìn tỷ", 10^18 "một tỷ tỷ".
    private static void AppendNumber(StringBuilder sb, ulong n, bool leading)
    {
        if (n >= Billion)
        {
            AppendNumber(sb, n / Billion, leading);
            sb.Append(" tỷ");
            var rest = n % Billion;
            if (rest > 0) AppendBelowBillion(sb, rest, leading: false);
        }
        else
        {
            AppendBelowBillion(sb, n, leading);
        }
    }

    private static void AppendBelowBillion(StringBuilder sb, ulong n, bool leading)
    {
        ReadOnlySpan<(ulong Group, string Unit)> groups =
        [
            (n / 1_000_000 % 1000, "triệu"),
            (n / 1000 % 1000, "nghìn"),
            (n % 1000, ""),
        ];
        var first = leading;
        foreach (var (group, unit) in groups)
        {
            if (group == 0) continue;
            AppendGroup(sb, (int)group, full: !first);
            if (unit.Length > 0) sb.Append(' ').Append(unit);
            first = false;
        }
    }

    /// <summary>
    /// One group of three digits. A group after another group is read in full
    /// ("không trăm linh năm"); the leading group drops its leading zeros ("năm").
    /// </summary>
    private static void AppendGroup(StringBuilder sb, int group, bool full)
    {
        int h = group / 100, t = group / 10 % 10, u = group % 10;
        var parts = new List<string>(4);
        if (full || h > 0) parts.Add(Digits[h] + " trăm");
        if (t == 0)
        {
            if (u != 0 && (full || h > 0)) parts.Add("linh");
        }
        else
        {
            parts.Add(t == 1 ? "mười" : Digits[t] + " mươi");
        }
        if (u != 0)
        {
            parts.Add(u switch
            {
                1 when t >= 2 => "mốt",
                5 when t >= 1 => "lăm",
                4 when t >= 2 => "tư",
                _ => Digits[u],
            });
        }
        if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
        sb.AppendJoin(' ', parts);
    }
}
