using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using OneStop.Core.Common;

namespace OneStop.Core.Payments;

/// <summary>
/// The content of a VietQR (NAPAS) transfer code. With an Amount it is dynamic (point of initiation 12),
/// without one static (11). Purpose is the memo (62.08); BillNumber the optional 62.01.
/// </summary>
public sealed record VietQrData
{
    public required string Bin { get; init; }
    public required string AccountNumber { get; init; }
    public string ServiceCode { get; init; } = VietQr.ServiceToAccount;
    /// <summary>Whole đồng; null for a static code.</summary>
    public long? Amount { get; init; }
    public string? Purpose { get; init; }
    public string? BillNumber { get; init; }
    public bool IsDynamic => Amount is not null;
}

/// <summary>Builds and reads VietQR payloads (EMVCo TLV, CRC-16/CCITT-FALSE).</summary>
public static class VietQr
{
    public const string NapasGuid = "A000000727";
    public const string ServiceToAccount = "QRIBFTTA";
    public const string ServiceToCard = "QRIBFTTC";
    /// <summary>The memo length that every banking app keeps.</summary>
    public const int MaxPurposeLength = 25;

    /// <summary>A dynamic code for one dossier's fee: the purpose carries the dossier code so statements can be matched.</summary>
    public static string ForPayment(string bin, string accountNumber, long amount, string purpose) =>
        Build(new VietQrData { Bin = bin, AccountNumber = accountNumber, Amount = amount, Purpose = purpose });

    /// <summary>The payload text. Purpose and bill number are made ASCII (diacritics stripped) and cut to 25 characters.</summary>
    /// <exception cref="ArgumentException">The bank BIN, account, service or amount is not valid (a settings error).</exception>
    public static string Build(VietQrData data)
    {
        var error = Validate(data.Bin, data.AccountNumber);
        if (error is not null) throw new ArgumentException(error, nameof(data));
        if (data.ServiceCode is not (ServiceToAccount or ServiceToCard))
            throw new ArgumentException("Mã dịch vụ VietQR phải là QRIBFTTA hoặc QRIBFTTC.", nameof(data));
        if (data.Amount is < 1)
            throw new ArgumentException("Số tiền trên mã VietQR phải lớn hơn 0.", nameof(data));

        // One pass into a stack buffer: every field is ASCII (BIN and account validated, texts made ASCII), so the UTF-8
        // bytes the CRC covers are the characters themselves. The payload string is the only allocation.
        var bill = AsciiText(data.BillNumber);
        var purpose = AsciiText(data.Purpose);
        Span<char> buf = stackalloc char[512];
        var n = 0;
        Put(buf, ref n, "00", "01");
        Put(buf, ref n, "01", data.IsDynamic ? "12" : "11");
        var beneficiaryLength = 4 + data.Bin.Length + 4 + data.AccountNumber.Length;
        var accountLength = 4 + NapasGuid.Length + 4 + beneficiaryLength + 4 + data.ServiceCode.Length;
        Head(buf, ref n, "38", accountLength);
        Put(buf, ref n, "00", NapasGuid);
        Head(buf, ref n, "01", beneficiaryLength);
        Put(buf, ref n, "00", data.Bin);
        Put(buf, ref n, "01", data.AccountNumber);
        Put(buf, ref n, "02", data.ServiceCode);
        Put(buf, ref n, "53", "704");
        if (data.Amount is { } amount)
        {
            Span<char> digits = stackalloc char[20];
            amount.TryFormat(digits, out var written, default, CultureInfo.InvariantCulture);
            Put(buf, ref n, "54", digits[..written]);
        }
        Put(buf, ref n, "58", "VN");
        if (bill.Length > 0 || purpose.Length > 0)
        {
            Head(buf, ref n, "62", (bill.Length > 0 ? 4 + bill.Length : 0) + (purpose.Length > 0 ? 4 + purpose.Length : 0));
            if (bill.Length > 0) Put(buf, ref n, "01", bill);
            if (purpose.Length > 0) Put(buf, ref n, "08", purpose);
        }
        "6304".CopyTo(buf[n..]);
        n += 4;
        var crc = Crc16Ascii(buf[..n]);
        const string hex = "0123456789ABCDEF";
        buf[n++] = hex[crc >> 12];
        buf[n++] = hex[(crc >> 8) & 0xF];
        buf[n++] = hex[(crc >> 4) & 0xF];
        buf[n++] = hex[crc & 0xF];
        return new string(buf[..n]);
    }

    private static void Head(Span<char> buf, ref int n, string id, int length)
    {
        if (length > 99) throw new ArgumentException($"Trường VietQR {id} dài quá 99 ký tự.", nameof(length));
        buf[n++] = id[0];
        buf[n++] = id[1];
        buf[n++] = (char)('0' + length / 10);
        buf[n++] = (char)('0' + length % 10);
    }

    private static void Put(Span<char> buf, ref int n, string id, ReadOnlySpan<char> value)
    {
        Head(buf, ref n, id, value.Length);
        value.CopyTo(buf[n..]);
        n += value.Length;
    }

    /// <summary>Checks a beneficiary from the centre's settings; null when valid, else a Vietnamese message.</summary>
    public static string? Validate(string? bin, string? accountNumber)
    {
        if (bin is null || bin.Length != 6 || !bin.All(char.IsAsciiDigit))
            return "Mã BIN ngân hàng phải gồm 6 chữ số (ví dụ 970436).";
        if (string.IsNullOrEmpty(accountNumber) || accountNumber.Length > 19 || !accountNumber.All(char.IsAsciiLetterOrDigit))
            return "Số tài khoản nhận chỉ gồm chữ và số, tối đa 19 ký tự.";
        return null;
    }

    /// <summary>"Nộp phí hồ sơ H48.26.10-261125-0007" → ASCII only, diacritics stripped (đ → d), at most 25 characters.</summary>
    public static string AsciiText(string? text, int maxLength = MaxPurposeLength)
    {
        if (string.IsNullOrWhiteSpace(text)) return string.Empty;
        if (IsCleanAscii(text)) return text.Length <= maxLength ? text : text[..maxLength].TrimEnd();
        var decomposed = VietnameseText.Clean(text).Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            var c = ch switch { 'đ' => 'd', 'Đ' => 'D', _ => ch };
            if (c is >= ' ' and <= '~') sb.Append(c);
        }
        var s = VietnameseText.Clean(sb.ToString());
        return s.Length <= maxLength ? s : s[..maxLength].TrimEnd();
    }

    /// <summary>Printable ASCII already as <see cref="VietnameseText.Clean"/> leaves it: no edge or double spaces.</summary>
    private static bool IsCleanAscii(string text)
    {
        if (text[0] == ' ' || text[^1] == ' ') return false;
        var lastSpace = false;
        foreach (var c in text)
        {
            if (c is < ' ' or > '~') return false;
            if (c == ' ' && lastSpace) return false;
            lastSpace = c == ' ';
        }
        return true;
    }

    /// <summary>CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF) of the UTF-8 bytes, as 4 upper-case hex digits.</summary>
    public static string Crc16(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        ushort crc = 0xFFFF;
        if (Ascii.IsValid(text)) crc = Crc16Ascii(text);
        else
            foreach (var b in Encoding.UTF8.GetBytes(text)) crc = (ushort)((crc << 8) ^ CrcTable[(crc >> 8) ^ b]);
        return crc.ToString("X4", CultureInfo.InvariantCulture);
    }

    /// <summary>The CRC of ASCII text (one byte per character), table-driven.</summary>
    private static ushort Crc16Ascii(ReadOnlySpan<char> text)
    {
        ushort crc = 0xFFFF;
        var table = CrcTable;
        foreach (var c in text) crc = (ushort)((crc << 8) ^ table[((crc >> 8) ^ c) & 0xFF]);
        return crc;
    }

    private static readonly ushort[] CrcTable = MakeCrcTable();

    private static ushort[] MakeCrcTable()
    {
        var table = new ushort[256];
        for (var i = 0; i < 256; i++)
        {
            var crc = (ushort)(i << 8);
            for (var k = 0; k < 8; k++) crc = (crc & 0x8000) != 0 ? (ushort)((crc << 1) ^ 0x1021) : (ushort)(crc << 1);
            table[i] = crc;
        }
        return table;
    }

    /// <summary>Reads a payload: checks the TLV structure, the CRC and the NAPAS beneficiary block.</summary>
    public static bool TryParse(string? payload, [NotNullWhen(true)] out VietQrData? data, out string error)
    {
        data = null;
        var p = payload?.Trim() ?? string.Empty;
        if (p.Length < 8 || p[^8..^4] != "6304")
        {
            error = "Mã VietQR không có trường CRC (63) ở cuối.";
            return false;
        }
        if (!string.Equals(Crc16(p[..^4]), p[^4..], StringComparison.OrdinalIgnoreCase))
        {
            error = "Mã VietQR sai mã kiểm tra (CRC).";
            return false;
        }
        if (!TryReadTlv(p[..^8], out var top))
        {
            error = "Mã VietQR sai cấu trúc (ID–độ dài–giá trị).";
            return false;
        }
        if (Get(top, "00") != "01" || Get(top, "01") is not ("11" or "12") || Get(top, "53") != "704" || Get(top, "58") != "VN")
        {
            error = "Mã VietQR thiếu hoặc sai các trường bắt buộc (00, 01, 53, 58).";
            return false;
        }
        if (!TryReadTlv(Get(top, "38") ?? string.Empty, out var account) || Get(account, "00") != NapasGuid ||
            !TryReadTlv(Get(account, "01") ?? string.Empty, out var beneficiary))
        {
            error = "Mã VietQR không có thông tin tài khoản NAPAS (38).";
            return false;
        }
        var bin = Get(beneficiary, "00");
        var acc = Get(beneficiary, "01");
        var validation = Validate(bin, acc);
        if (validation is not null)
        {
            error = "Mã VietQR: " + validation;
            return false;
        }
        long? amount = null;
        if (Get(top, "54") is { } amountText)
        {
            if (!long.TryParse(amountText, NumberStyles.None, CultureInfo.InvariantCulture, out var a) || a < 1)
            {
                error = "Mã VietQR: số tiền (54) không hợp lệ.";
                return false;
            }
            amount = a;
        }
        if ((Get(top, "01") == "12") != amount.HasValue)
        {
            error = "Mã VietQR: mã động (12) phải có số tiền, mã tĩnh (11) không có số tiền.";
            return false;
        }
        Dictionary<string, string>? additional = null;
        if (Get(top, "62") is { } add && !TryReadTlv(add, out additional))
        {
            error = "Mã VietQR: trường thông tin bổ sung (62) sai cấu trúc.";
            return false;
        }
        data = new VietQrData
        {
            Bin = bin!,
            AccountNumber = acc!,
            ServiceCode = Get(account, "02") ?? ServiceToAccount,
            Amount = amount,
            BillNumber = additional is null ? null : Get(additional, "01"),
            Purpose = additional is null ? null : Get(additional, "08"),
        };
        error = string.Empty;
        return true;
    }

    public static VietQrData Parse(string payload) =>
        TryParse(payload, out var d, out var error) ? d : throw new FormatException(error);

    private static string? Get(Dictionary<string, string> fields, string id) => fields.GetValueOrDefault(id);

    private static bool TryReadTlv(string text, [NotNullWhen(true)] out Dictionary<string, string>? fields)
    {
        fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var i = 0;
        while (i < text.Length)
        {
            if (i + 4 > text.Length || !text.AsSpan(i, 4).ToString().All(char.IsAsciiDigit)) return Fail(out fields);
            var id = text.Substring(i, 2);
            var len = int.Parse(text.AsSpan(i + 2, 2), NumberStyles.None, CultureInfo.InvariantCulture);
            if (i + 4 + len > text.Length || !fields.TryAdd(id, text.Substring(i + 4, len))) return Fail(out fields);
            i += 4 + len;
        }
        return true;
    }

    private static bool Fail(out Dictionary<string, string>? fields)
    {
        fields = null;
        return false;
    }
}
