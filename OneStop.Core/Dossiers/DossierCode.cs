using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using OneStop.Core.Centre;

namespace OneStop.Core.Dossiers;

/// <summary>
/// The dossier code printed on the receipt: <c>&lt;agency identifier&gt;-&lt;YYMMDD&gt;-&lt;sequence&gt;</c>
/// (H48.26.10-261125-0007). The sequence is zero-padded to at least 4 digits and never capped.
/// </summary>
public readonly record struct DossierCode
{
    /// <summary>Width of the code's column: a 35-character agency identifier, the date and a sequence of up to 17 digits.</summary>
    public const int MaxLength = 60;

    public const string Rule = "Mã hồ sơ có dạng <mã định danh>-<YYMMDD>-<số thứ tự>, ví dụ H48.26.10-261125-0007.";

    private DossierCode(AgencyCode agency, DateOnly date, long sequence)
    {
        Agency = agency;
        Date = date;
        Sequence = sequence;
        Value = string.Create(CultureInfo.InvariantCulture, $"{agency.Value}-{date:yyMMdd}-{sequence:0000}");
    }

    public AgencyCode Agency { get; }
    /// <summary>The Viet Nam date of receipt.</summary>
    public DateOnly Date { get; }
    /// <summary>Per agency per day, from 1.</summary>
    public long Sequence { get; }
    public string Value { get; }

    /// <param name="vnDate">The date of receipt in Viet Nam time (VnTime.DateOf(receivedAt)).</param>
    public static DossierCode Create(AgencyCode agency, DateOnly vnDate, long sequence)
    {
        if (agency.Value is null) throw new ArgumentException("Thiếu mã định danh cơ quan.", nameof(agency));
        if (sequence < 1) throw new ArgumentOutOfRangeException(nameof(sequence), "Số thứ tự hồ sơ bắt đầu từ 1.");
        if (vnDate.Year is < 2000 or > 2099) throw new ArgumentOutOfRangeException(nameof(vnDate), "Năm nhận hồ sơ phải trong khoảng 2000–2099.");
        return new DossierCode(agency, vnDate, sequence);
    }

    public static bool TryParse(string? text, [NotNullWhen(true)] out DossierCode? code) => TryParse(text, out code, out _);

    /// <summary>Accepts lower case (a scanned or typed code) and surrounding spaces; the result is canonical.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out DossierCode? code, out string error)
    {
        code = null;
        var t = text?.Trim() ?? string.Empty;
        if (t.Length == 0)
        {
            error = "Chưa nhập mã hồ sơ.";
            return false;
        }
        var parts = t.Split('-');
        if (parts.Length != 3 || !AgencyCode.TryParse(parts[0], out var agency))
        {
            error = "Mã hồ sơ không đúng dạng. " + Rule;
            return false;
        }
        if (parts[1].Length != 6 || !parts[1].All(char.IsAsciiDigit) ||
            !DateOnly.TryParseExact("20" + parts[1], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            error = "Ngày trong mã hồ sơ không hợp lệ (YYMMDD). " + Rule;
            return false;
        }
        var seq = parts[2];
        // Canonical only: at least 4 digits, and no extra leading zero beyond the padding (00010 is not 0010).
        if (seq.Length < 4 || seq.Length > 18 || !seq.All(char.IsAsciiDigit) || (seq.Length > 4 && seq[0] == '0') ||
            !long.TryParse(seq, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) || sequence < 1)
        {
            error = "Số thứ tự trong mã hồ sơ không hợp lệ (ít nhất 4 chữ số, từ 0001). " + Rule;
            return false;
        }
        code = new DossierCode(agency.Value, date, sequence);
        error = string.Empty;
        return true;
    }

    public static DossierCode Parse(string text) =>
        TryParse(text, out var c, out var error) ? c.Value : throw new FormatException(error);

    public override string ToString() => Value ?? string.Empty;
}
