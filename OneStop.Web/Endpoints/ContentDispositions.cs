using System.Text;
using OneStop.Core.Common;

namespace OneStop.Web.Endpoints;

/// <summary>
/// Content-Disposition values that any file name survives: an ASCII <c>filename</c> (diacritics dropped, anything else
/// that is not a plain file-name character replaced by '_') for old clients, and <c>filename*</c> (RFC 6266/5987,
/// UTF-8, percent-encoded) with the real name when the two differ. A raw non-ASCII or control character in a header
/// makes Kestrel fail the response; a quote would end the value early.
/// </summary>
public static class ContentDispositions
{
    public static string Inline(string fileName) => Build("inline", fileName);

    public static string Attachment(string fileName) => Build("attachment", fileName);

    private static string Build(string type, string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var ascii = AsciiFallback(fileName);
        return ascii == fileName
            ? $"{type}; filename=\"{ascii}\""
            : $"{type}; filename=\"{ascii}\"; filename*=UTF-8''{Uri.EscapeDataString(fileName)}";
    }

    /// <summary>The name in plain ASCII: "Sổ-HỘ TỊCH.pdf" → "So-HO_TICH.pdf".</summary>
    public static string AsciiFallback(string fileName)
    {
        var sb = new StringBuilder(fileName.Length);
        foreach (var ch in fileName.Normalize(NormalizationForm.FormD))
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            var c = ch switch { 'đ' => 'd', 'Đ' => 'D', _ => ch };
            sb.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' ? c : '_');
        }
        var s = sb.ToString().Trim('.');
        return s.Length == 0 ? "tep" : s;
    }
}
