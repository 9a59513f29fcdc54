using System.Globalization;
using System.Text;

namespace OneStop.Core.Common;

/// <summary>Text helpers for Vietnamese: NFC storage and a diacritic-free search key.</summary>
public static class VietnameseText
{
    /// <summary>Trims, collapses inner whitespace and normalises to NFC (how names are stored).</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return string.Empty;
        var nfc = text.Normalize(NormalizationForm.FormC).Trim();
        var sb = new StringBuilder(nfc.Length);
        var lastSpace = false;
        foreach (var ch in nfc)
        {
            if (char.IsWhiteSpace(ch))
            {
                if (!lastSpace) sb.Append(' ');
                lastSpace = true;
            }
            else
            {
                sb.Append(ch);
                lastSpace = false;
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// The search key: lower case, without diacritics, đ → d, whitespace collapsed.
    /// "Nguyễn Văn Ân" and "nguyen van an" have the same key.
    /// </summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return string.Empty;
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var lastSpace = true;
        foreach (var ch in decomposed)
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (cat == UnicodeCategory.NonSpacingMark) continue;
            var c = ch switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(ch),
            };
            if (char.IsWhiteSpace(c))
            {
                if (!lastSpace) sb.Append(' ');
                lastSpace = true;
                continue;
            }
            sb.Append(c);
            lastSpace = false;
        }
        if (sb.Length > 0 && sb[^1] == ' ') sb.Length--;
        return sb.ToString();
    }

    /// <summary>True when every word of the query (folded) occurs in the folded text.</summary>
    public static bool Matches(string foldedText, string query)
    {
        var q = Fold(query);
        if (q.Length == 0) return true;
        foreach (var word in q.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (!foldedText.Contains(word, StringComparison.Ordinal)) return false;
        return true;
    }
}
