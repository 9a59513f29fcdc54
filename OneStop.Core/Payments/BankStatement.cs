using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using nietras.SeparatedValues;
using OneStop.Core.Common;

namespace OneStop.Core.Payments;

/// <summary>One credit or debit line of a bank statement.</summary>
/// <param name="Line">The line of the file it ends on (the header is line 1).</param>
/// <param name="Amount">Whole đồng; negative for a debit.</param>
public sealed record StatementLine(int Line, DateOnly Date, long Amount, string Description, string Reference);

/// <summary>
/// A bank statement exported as CSV. Columns (a header row, any order, names in English or Vietnamese, case and diacritics
/// ignored): <c>date</c> (ngày: dd/MM/yyyy or yyyy-MM-dd, a time after it is ignored), <c>amount</c> (số tiền: whole đồng,
/// <c>1.000.000</c>, <c>1,000,000</c> or <c>1000000</c>, a trailing <c>,00</c> allowed, minus for a debit), <c>description</c>
/// (nội dung / diễn giải) and <c>reference</c> (mã giao dịch / số tham chiếu). Comma, semicolon or tab separated;
/// a UTF-8 BOM, quoted fields and Windows line ends are accepted. Any malformed line refuses the whole file, naming the line.
/// </summary>
public static class BankStatementCsv
{
    private static readonly Dictionary<string, string> Columns = new(StringComparer.Ordinal)
    {
        ["date"] = "date", ["ngay"] = "date", ["ngay giao dich"] = "date", ["transaction date"] = "date",
        ["amount"] = "amount", ["so tien"] = "amount", ["credit"] = "amount", ["so tien ghi co"] = "amount",
        ["description"] = "description", ["noi dung"] = "description", ["dien giai"] = "description", ["noi dung giao dich"] = "description",
        ["reference"] = "reference", ["ma giao dich"] = "reference", ["so tham chieu"] = "reference", ["so but toan"] = "reference",
    };

    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "dd-MM-yyyy", "dd.MM.yyyy"];

    /// <summary>SHA-256 of the file's bytes, lower-case hex: the same statement imported twice has the same hash.</summary>
    public static string Hash(byte[] file) => Convert.ToHexStringLower(SHA256.HashData(file));

    public static Result<IReadOnlyList<StatementLine>> Parse(byte[] file)
    {
        ArgumentNullException.ThrowIfNull(file);
        // StreamReader drops a UTF-8 BOM; Sep detects the separator from the header and unescapes quoted fields.
        string text;
        using (var reader = new StreamReader(new MemoryStream(file), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true))
            text = reader.ReadToEnd();
        if (string.IsNullOrWhiteSpace(text)) return Fail(1, "tệp rỗng, cần dòng tiêu đề date, amount, description, reference.");
        var lines = new List<StatementLine>();
        try
        {
            using var csv = Sep.Reader(o => o with { Unescape = true, Trim = SepTrim.All, DisableColCountCheck = true }).FromText(text);
            var header = csv.Header.ColNames;
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
                if (Columns.TryGetValue(VietnameseText.Fold(header[i]).Trim(), out var name)) index.TryAdd(name, i);
            var missing = new[] { "date", "amount", "description", "reference" }.Where(c => !index.ContainsKey(c)).ToList();
            if (missing.Count > 0) return Fail(1, "thiếu cột " + string.Join(", ", missing) + " trong dòng tiêu đề.");

            foreach (var row in csv)
            {
                var line = row.LineNumberFrom;
                var cells = new string[row.ColCount];
                for (var i = 0; i < cells.Length; i++) cells[i] = row[i].ToString();
                if (cells.All(string.IsNullOrWhiteSpace)) continue;
                if (cells.Length != header.Count) return Fail(line, $"có {cells.Length} cột, dòng tiêu đề có {header.Count}.");
                var dateText = cells[index["date"]].Split(' ', 2)[0];
                if (!DateOnly.TryParseExact(dateText, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    return Fail(line, $"ngày “{cells[index["date"]]}” không đúng dạng dd/MM/yyyy.");
                if (!TryAmount(cells[index["amount"]], out var amount))
                    return Fail(line, $"số tiền “{cells[index["amount"]]}” không phải số đồng.");
                var reference = PaymentService.NormaliseReference(cells[index["reference"]]);
                if (reference.Length == 0) return Fail(line, "thiếu mã giao dịch (reference).");
                if (reference.Length > Payment.ReferenceMaxLength) return Fail(line, $"mã giao dịch dài quá {Payment.ReferenceMaxLength} ký tự.");
                lines.Add(new StatementLine(line, date, amount, cells[index["description"]], reference));
            }
        }
        catch (InvalidDataException e)
        {
            return Fail(lines.Count + 2, "sai cấu trúc CSV: " + e.Message);
        }
        return Result<IReadOnlyList<StatementLine>>.Ok(lines);
    }

    /// <summary>"1.000.000", "1,000,000", "1 000 000 VND", "+8.000", "8.000,00" → whole đồng; "-50.000" is a debit.</summary>
    public static bool TryAmount(string? text, out long amount)
    {
        amount = 0;
        var s = (text ?? "").Trim().Replace("VND", "", StringComparison.OrdinalIgnoreCase).Replace("đ", "", StringComparison.Ordinal).Trim();
        var negative = s.StartsWith('-');
        if (negative || s.StartsWith('+')) s = s[1..];
        // With both marks in one amount ("1.000.000,00", "1,000,000.00") the last is a decimal mark and must be followed by
        // zeros only (fees are whole đồng); with one kind of mark it groups thousands ("1.000.000").
        if (s.Contains('.', StringComparison.Ordinal) && s.Contains(',', StringComparison.Ordinal))
        {
            var mark = s.LastIndexOfAny(['.', ',']);
            if (s[(mark + 1)..].Any(c => c != '0')) return false;
            s = s[..mark];
        }
        var digits = s.Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (digits.Length is 0 or > 15 || !digits.All(char.IsAsciiDigit)) return false;
        amount = long.Parse(digits, CultureInfo.InvariantCulture) * (negative ? -1 : 1);
        return true;
    }

    private static Result<IReadOnlyList<StatementLine>> Fail(int line, string what) =>
        Result<IReadOnlyList<StatementLine>>.Invalid($"Tệp sao kê không hợp lệ, không ghi nhận dòng nào: dòng {line} {what}");
}
