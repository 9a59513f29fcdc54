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
    /// True when the text holds a character that hides, reorders or breaks text: control characters, format characters
    /// (bidi overrides and isolates U+202A–U+202E/U+2066–U+2069, zero-width U+200B–U+200D, U+FEFF, soft hyphen), line and
    /// paragraph separators, private-use, unpaired surrogates and unassigned code points. Such text prints differently
    /// from how it reads on screen (a name that shows one way and sorts or searches another).
    /// </summary>
    public static bool HasHiddenCharacters(string? text)
    {
        if (string.IsNullOrEmpty(text)) return false;
        foreach (var ch in text)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(ch))
            {
                case UnicodeCategory.Control when !(ch is ' ' or '\t' or '\r' or '\n'):
                case UnicodeCategory.Format:
                case UnicodeCategory.LineSeparator:
                case UnicodeCategory.ParagraphSeparator:
                case UnicodeCategory.PrivateUse:
                case UnicodeCategory.OtherNotAssigned:
                    return true;
            }
        }
        // Unpaired surrogates: a high without its low, or a low alone.
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])) return true;
                i++;
            }
            else if (char.IsLowSurrogate(text[i])) return true;
        }
        return false;
    }

    /// <summary>
    /// A person's name as people write it: letters (any script, with their marks), spaces, and the dot, hyphen and
    /// apostrophe some names carry. No digits, symbols or hidden characters.
    /// </summary>
    public static bool IsPersonName(string? cleaned)
    {
        if (string.IsNullOrEmpty(cleaned) || HasHiddenCharacters(cleaned)) return false;
        foreach (var ch in cleaned)
        {
            if (char.IsLetter(ch) || ch is ' ' or '.' or '-' or '\'' or '\u2019') continue;
            var cat = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
            return false;
        }
        return true;
    }

    public const string NameCharactersError =
        "Họ tên chỉ gồm chữ cái và dấu cách (có thể có dấu chấm, gạch nối, nháy đơn); không chứa chữ số, ký hiệu, ký tự ẩn hay ký tự đảo chiều văn bản.";
    public const string HiddenCharactersError =
        "Có ký tự ẩn, ký tự điều khiển hoặc ký tự đảo chiều văn bản (thường do sao chép từ nơi khác): hãy xóa và gõ lại.";

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
