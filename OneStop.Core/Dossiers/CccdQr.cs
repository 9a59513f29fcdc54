using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using OneStop.Core.Common;

namespace OneStop.Core.Dossiers;

public enum Sex { Male, Female }

/// <summary>What the front QR code of a CCCD card carries.</summary>
public sealed record CccdQrData(
    CitizenId CitizenId,
    OldIdNumber? OldId,
    string FullName,
    DateOnly BirthDate,
    Sex Sex,
    string Address,
    DateOnly IssueDate)
{
    public string SexText => Sex == Sex.Female ? "Nữ" : "Nam";
}

/// <summary>
/// Reads the line a USB scanner types from the CCCD card's QR code:
/// <c>&lt;12-digit id&gt;|&lt;old 9-digit id or empty&gt;|&lt;full name&gt;|&lt;ddMMyyyy&gt;|&lt;Nam/Nữ&gt;|&lt;address&gt;|&lt;ddMMyyyy&gt;</c>.
/// All or nothing: a line with any bad field is refused as a whole.
/// </summary>
public static class CccdQr
{
    private const int FieldCount = 7;

    /// <summary>
    /// Does this text have the whole shape of a scanner line: 12 digits, a bar, and at least the card's
    /// <see cref="FieldCount"/> fields? Typed text is never taken for a scan: an address with a '|' in it
    /// ("Tổ 3 | Khu 2") stays the address, and only a line of this shape is parsed (all or nothing, with its error).
    /// </summary>
    public static bool Looks(string? text)
    {
        if (string.IsNullOrEmpty(text)) return false;
        var t = text.Trim();
        return t.Length > 12 && t[12] == '|' && t.AsSpan(0, 12).IndexOfAnyExceptInRange('0', '9') < 0
            && t.AsSpan().Count('|') >= FieldCount - 1;
    }

    public static bool TryParse(string? line, [NotNullWhen(true)] out CccdQrData? data, out string error)
    {
        data = null;
        var t = (line ?? string.Empty).Normalize(NormalizationForm.FormC).Trim();
        if (t.Length == 0)
        {
            error = "Chưa có dữ liệu quét từ mã QR trên CCCD.";
            return false;
        }
        var f = t.Split('|');
        if (f.Length < FieldCount)
        {
            error = $"Dữ liệu mã QR CCCD thiếu trường: cần {FieldCount} trường ngăn cách bằng dấu |, nhận được {f.Length}.";
            return false;
        }
        // Some card generations append further fields: they are not used.
        if (!CitizenId.TryParse(f[0], out var id, out var idError))
        {
            error = "Mã QR CCCD: " + idError;
            return false;
        }
        OldIdNumber? oldId = null;
        if (!string.IsNullOrWhiteSpace(f[1]))
        {
            if (!OldIdNumber.TryParse(f[1], out oldId, out var oldError))
            {
                error = "Mã QR CCCD: " + oldError;
                return false;
            }
        }
        var name = VietnameseText.Clean(f[2]);
        if (name.Length == 0 || !VietnameseText.IsPersonName(name))
        {
            error = "Mã QR CCCD: họ tên trống hoặc không hợp lệ.";
            return false;
        }
        if (!TryDate(f[3], out var birth))
        {
            error = "Mã QR CCCD: ngày sinh không hợp lệ (ddMMyyyy).";
            return false;
        }
        Sex sex;
        switch (VietnameseText.Fold(f[4]))
        {
            case "nam": sex = Sex.Male; break;
            case "nu": sex = Sex.Female; break;
            default:
                error = "Mã QR CCCD: giới tính phải là Nam hoặc Nữ.";
                return false;
        }
        var address = VietnameseText.Clean(f[5]);
        if (address.Length == 0 || VietnameseText.HasHiddenCharacters(address))
        {
            error = "Mã QR CCCD: thiếu nơi thường trú.";
            return false;
        }
        if (!TryDate(f[6], out var issued))
        {
            error = "Mã QR CCCD: ngày cấp không hợp lệ (ddMMyyyy).";
            return false;
        }
        if (issued < birth)
        {
            error = "Mã QR CCCD: ngày cấp trước ngày sinh.";
            return false;
        }
        data = new CccdQrData(id.Value, oldId, name, birth, sex, address, issued);
        error = string.Empty;
        return true;
    }

    public static CccdQrData Parse(string line) =>
        TryParse(line, out var d, out var error) ? d : throw new FormatException(error);

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), "ddMMyyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
        && date.Year >= 1900;
}
