using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using OneStop.Core.Common;

namespace OneStop.Core.Calendar;

/// <summary>
/// Reads and writes the public-sector calendar file (holidays-vn.json):
/// <c>{"years": {"2026": {"confirmed": true, "daysOff": [{"date"|"from","to", "name", "confirmed"?}], "workingDays": [...]}}}</c>.
/// A file with any error is refused as a whole, with every error listed in Vietnamese.
/// </summary>
public static class OfficialCalendar
{
    public const string ResourceName = "OneStop.Data.holidays-vn.json";
    private const int MaxRangeDays = 31;
    private const int MaxNameLength = 200;

    /// <summary>The calendar shipped with the application.</summary>
    public static string EmbeddedJson()
    {
        using var stream = typeof(OfficialCalendar).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new DomainException($"Thiếu tài nguyên {ResourceName}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The shipped calendar, parsed; it is part of the build, so an error is a programming error.</summary>
    public static CalendarData LoadEmbedded()
    {
        var r = Parse(EmbeddedJson());
        return r.IsSuccess ? r.Value! : throw new DomainException(r.Error!);
    }

    public static async Task<Result<CalendarData>> ParseAsync(Stream json, CancellationToken ct = default)
    {
        using var reader = new StreamReader(json, Encoding.UTF8);
        return Parse(await reader.ReadToEndAsync(ct));
    }

    public static Result<CalendarData> Parse(string json)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            return Result<CalendarData>.Invalid($"Tệp lịch không phải JSON hợp lệ (dòng {ex.LineNumber + 1}).");
        }
        using (doc)
        {
            var errors = new List<string>();
            var entries = new List<CalendarEntry>();
            var years = new List<CalendarYear>();
            ReadRoot(doc.RootElement, errors, entries, years);
            if (errors.Count > 0)
            {
                var shown = errors.Take(10).Select(e => "- " + e);
                var more = errors.Count > 10 ? $"\n… và {errors.Count - 10} lỗi khác." : "";
                return Result<CalendarData>.Invalid("Tệp lịch có lỗi, chưa nhập gì:\n" + string.Join("\n", shown) + more);
            }
            return Result<CalendarData>.Ok(new CalendarData(entries, years));
        }
    }

    private static void ReadRoot(JsonElement root, List<string> errors, List<CalendarEntry> entries, List<CalendarYear> years)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("years", out var yearsElement) || yearsElement.ValueKind != JsonValueKind.Object)
        {
            errors.Add("Tệp lịch không đúng định dạng: cần một đối tượng có mục \"years\" (các năm).");
            return;
        }
        foreach (var p in root.EnumerateObject())
        {
            if (p.Name is not ("years" or "about" or "$schema"))
                errors.Add($"Mục không được hỗ trợ ở gốc tệp: \"{p.Name}\".");
        }
        foreach (var y in yearsElement.EnumerateObject())
        {
            if (!int.TryParse(y.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1900 || year > 2200)
            {
                errors.Add($"Năm không hợp lệ: \"{y.Name}\".");
                continue;
            }
            if (years.Any(x => x.Year == year))
            {
                errors.Add($"Năm {year} được khai báo hai lần.");
                continue;
            }
            ReadYear(year, y.Value, errors, entries, years);
        }
    }

    private static void ReadYear(int year, JsonElement element, List<string> errors, List<CalendarEntry> entries, List<CalendarYear> years)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"Năm {year}: cần một đối tượng có \"confirmed\", \"daysOff\", \"workingDays\".");
            return;
        }
        var confirmed = false;
        var seen = new Dictionary<DateOnly, CalendarEntryKind>();
        foreach (var p in element.EnumerateObject())
        {
            switch (p.Name)
            {
                case "confirmed":
                    if (p.Value.ValueKind is JsonValueKind.True or JsonValueKind.False) confirmed = p.Value.GetBoolean();
                    else errors.Add($"Năm {year}: \"confirmed\" phải là true hoặc false.");
                    break;
                case "daysOff":
                    ReadList(year, p.Value, CalendarEntryKind.DayOff, "daysOff", errors, entries, seen);
                    break;
                case "workingDays":
                    ReadList(year, p.Value, CalendarEntryKind.WorkingDay, "workingDays", errors, entries, seen);
                    break;
                default:
                    errors.Add($"Năm {year}: mục không được hỗ trợ \"{p.Name}\".");
                    break;
            }
        }
        years.Add(new CalendarYear(year, confirmed));
    }

    private static void ReadList(int year, JsonElement list, CalendarEntryKind kind, string listName,
        List<string> errors, List<CalendarEntry> entries, Dictionary<DateOnly, CalendarEntryKind> seen)
    {
        if (list.ValueKind != JsonValueKind.Array)
        {
            errors.Add($"Năm {year}: \"{listName}\" phải là một danh sách.");
            return;
        }
        var n = 0;
        foreach (var item in list.EnumerateArray())
        {
            n++;
            var where = $"Năm {year}, {listName} mục {n}";
            if (item.ValueKind != JsonValueKind.Object)
            {
                errors.Add($"{where}: cần một đối tượng.");
                continue;
            }
            string? date = null, from = null, to = null, name = null;
            var entryConfirmed = true;
            var ok = true;
            foreach (var p in item.EnumerateObject())
            {
                switch (p.Name)
                {
                    case "date" or "from" or "to" or "name" when p.Value.ValueKind != JsonValueKind.String:
                        errors.Add($"{where}: \"{p.Name}\" phải là chuỗi.");
                        ok = false;
                        break;
                    case "date": date = p.Value.GetString(); break;
                    case "from": from = p.Value.GetString(); break;
                    case "to": to = p.Value.GetString(); break;
                    case "name": name = p.Value.GetString()?.Trim(); break;
                    case "confirmed" when p.Value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                        entryConfirmed = p.Value.GetBoolean();
                        break;
                    case "confirmed":
                        errors.Add($"{where}: \"confirmed\" phải là true hoặc false.");
                        ok = false;
                        break;
                    default:
                        errors.Add($"{where}: mục không được hỗ trợ \"{p.Name}\".");
                        ok = false;
                        break;
                }
            }
            if (!ok) continue;
            if (string.IsNullOrEmpty(name)) { errors.Add($"{where}: thiếu tên (\"name\")."); continue; }
            if (name.Length > MaxNameLength) { errors.Add($"{where}: tên dài quá {MaxNameLength} ký tự."); continue; }

            DateOnly first, last;
            if (date is not null && from is null && to is null)
            {
                if (!TryDate(date, out first)) { errors.Add($"{where}: ngày không hợp lệ \"{date}\" (cần dạng yyyy-MM-dd)."); continue; }
                last = first;
            }
            else if (date is null && from is not null && to is not null)
            {
                if (!TryDate(from, out first)) { errors.Add($"{where}: ngày không hợp lệ \"{from}\" (cần dạng yyyy-MM-dd)."); continue; }
                if (!TryDate(to, out last)) { errors.Add($"{where}: ngày không hợp lệ \"{to}\" (cần dạng yyyy-MM-dd)."); continue; }
                if (last < first) { errors.Add($"{where}: ngày kết thúc {VnFormat.Date(last)} trước ngày bắt đầu {VnFormat.Date(first)}."); continue; }
                if (last.DayNumber - first.DayNumber >= MaxRangeDays) { errors.Add($"{where}: khoảng nghỉ dài quá {MaxRangeDays} ngày."); continue; }
            }
            else
            {
                errors.Add($"{where}: cần \"date\" hoặc cặp \"from\"/\"to\".");
                continue;
            }
            if (first.Year != year || last.Year != year)
            {
                errors.Add($"{where}: ngày {VnFormat.Date(first.Year != year ? first : last)} không thuộc năm {year}.");
                continue;
            }
            for (var d = first; d <= last; d = d.AddDays(1))
            {
                if (kind == CalendarEntryKind.WorkingDay && d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                {
                    errors.Add($"{where}: ngày làm bù {VnFormat.Date(d)} là {VnFormat.DayName(d.DayOfWeek)}, không phải ngày cuối tuần.");
                    continue;
                }
                if (seen.TryGetValue(d, out var previous))
                {
                    errors.Add(previous == kind
                        ? $"{where}: ngày {VnFormat.Date(d)} được khai báo hai lần."
                        : $"{where}: ngày {VnFormat.Date(d)} vừa là ngày nghỉ vừa là ngày làm bù.");
                    continue;
                }
                seen[d] = kind;
                entries.Add(new CalendarEntry(d, kind, name, entryConfirmed));
            }
        }
    }

    private static bool TryDate(string s, out DateOnly d) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out d);

    /// <summary>
    /// One year in the same shape as holidays-vn.json. Consecutive days off with the same name and
    /// confirmation are written as one from/to range.
    /// </summary>
    public static string Export(int year, bool confirmed, IEnumerable<CalendarEntry> entries)
    {
        var inYear = entries.Where(e => e.Date.Year == year).OrderBy(e => e.Date).ToList();
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartObject("years");
            w.WriteStartObject(year.ToString(CultureInfo.InvariantCulture));
            w.WriteBoolean("confirmed", confirmed);
            WriteList(w, "daysOff", inYear.Where(e => e.Kind == CalendarEntryKind.DayOff).ToList());
            WriteList(w, "workingDays", inYear.Where(e => e.Kind == CalendarEntryKind.WorkingDay).ToList());
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static string Export(CalendarData data, int year) =>
        Export(year, data.Years.FirstOrDefault(y => y.Year == year)?.Confirmed ?? false, data.Entries);

    private static void WriteList(Utf8JsonWriter w, string name, List<CalendarEntry> list)
    {
        w.WriteStartArray(name);
        var i = 0;
        while (i < list.Count)
        {
            var j = i;
            while (j + 1 < list.Count && list[j + 1].Date == list[j].Date.AddDays(1)
                   && list[j + 1].Name == list[i].Name && list[j + 1].Confirmed == list[i].Confirmed)
                j++;
            w.WriteStartObject();
            if (i == j) w.WriteString("date", Iso(list[i].Date));
            else
            {
                w.WriteString("from", Iso(list[i].Date));
                w.WriteString("to", Iso(list[j].Date));
            }
            w.WriteString("name", list[i].Name);
            if (!list[i].Confirmed) w.WriteBoolean("confirmed", false);
            w.WriteEndObject();
            i = j + 1;
        }
        w.WriteEndArray();
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
