using System.Globalization;
using OneStop.Core.Calendar;
using OneStop.Core.Common;

namespace OneStop.Core.Centre;

/// <summary>A day's working sessions as officers type them: "07:30-11:30, 13:30-17:30" (empty = closed).</summary>
public static class ScheduleText
{
    public static string Format(IEnumerable<OfficeSession> sessions) =>
        string.Join(", ", sessions.Where(s => !s.ReceptionOnly).OrderBy(s => s.Start)
            .Select(s => $"{s.Start.ToString("HH:mm", CultureInfo.InvariantCulture)}-{s.End.ToString("HH:mm", CultureInfo.InvariantCulture)}"));

    public static bool TryParse(string? text, out IReadOnlyList<OfficeSession> sessions, out string error)
    {
        sessions = [];
        error = "";
        var list = new List<OfficeSession>();
        foreach (var part in (text ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var ends = part.Split('-', StringSplitOptions.TrimEntries);
            if (ends.Length != 2
                || !VnParse.TryTime(ends[0], out var a)
                || !VnParse.TryTime(ends[1], out var b))
            {
                error = $"“{part}” không đúng dạng giờ bắt đầu-giờ kết thúc, ví dụ 07:30-11:30.";
                return false;
            }
            if (b <= a)
            {
                error = $"“{part}”: giờ kết thúc phải sau giờ bắt đầu.";
                return false;
            }
            list.Add(new OfficeSession(a, b));
        }
        list.Sort((x, y) => x.Start.CompareTo(y.Start));
        for (var i = 1; i < list.Count; i++)
        {
            if (list[i].Start < list[i - 1].End)
            {
                error = "Các buổi làm việc chồng lên nhau.";
                return false;
            }
        }
        sessions = list;
        return true;
    }
}
