using System.Globalization;
using System.Text;
using OneStop.Core.Catalog;
using OneStop.Core.Common;

namespace OneStop.Core.Calendar;

/// <summary>
/// The centre's working time (ONE-STOP.md §5): which dates are worked, when the clock starts,
/// and when a deadline falls. Pure and immutable in its answers: it gets the weekly sessions,
/// the dated exceptions and the confirmed years as data. Every answer is in Viet Nam time
/// (+07:00) whatever the offset of the input and the server's zone.
/// </summary>
/// <remarks>
/// Working time is measured as a position on a line that only moves inside counting sessions.
/// A precomputed index holds, for every day of the covered range, the working time before that
/// day; an instant maps to a position in O(1) and a position back to an instant by binary search.
/// The range covers two years either side of the loaded years and grows (thread-safely, with the
/// same answers) when a question falls outside it, never beyond <see cref="CalendarLimits.FirstYear"/>..<see cref="CalendarLimits.LastYear"/>:
/// a question outside those years throws <see cref="OutsideCalendarRangeException"/>.
/// </remarks>
public sealed class WorkingCalendar
{
    /// <summary>1 working day = 8 working hours of session time (§5); the one place this number is written.</summary>
    public const int MinutesPerWorkingDay = 480;
    public const int HoursPerWorkingDay = MinutesPerWorkingDay / 60;
    public static readonly TimeSpan WorkingDay = TimeSpan.FromMinutes(MinutesPerWorkingDay);

    private const long TicksPerDay = TimeSpan.TicksPerDay;
    private const long TicksPerMinute = TimeSpan.TicksPerMinute;
    private static readonly long OffsetTicks = VnTime.Offset.Ticks;
    private static readonly int FirstSupportedDay = new DateOnly(CalendarLimits.FirstYear, 1, 1).DayNumber;
    private static readonly int LastSupportedDay = new DateOnly(CalendarLimits.LastYear, 12, 31).DayNumber;

    private readonly WeeklySchedule _schedule;
    private readonly Dictionary<DateOnly, CalendarEntry> _entries;
    private readonly Dictionary<int, bool> _years;
    private readonly DateOnly[] _unconfirmedEntryDates;
    private readonly TimeOnly _sameDayCutoff;

    // Session patterns: 0 = no counting session; 1..7 = the counting sessions of DayOfWeek (value + 1).
    private readonly long[][] _patternStarts = new long[8][];
    private readonly long[][] _patternEnds = new long[8][];
    private readonly byte[] _weekPattern = new byte[7];

    private readonly Lock _extendLock = new();
    private DayIndex _index;

    public WorkingCalendar(WeeklySchedule schedule, IEnumerable<CalendarEntry> entries, IEnumerable<CalendarYear> years, TimeOnly sameDayCutoff)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        _schedule = schedule;
        _sameDayCutoff = sameDayCutoff;

        _entries = [];
        foreach (var e in entries)
        {
            if (!_entries.TryAdd(e.Date, e))
                throw new DomainException($"Ngày {VnFormat.Date(e.Date)} có hai mục trong lịch.");
        }
        _years = [];
        foreach (var y in years) _years[y.Year] = y.Confirmed;
        _unconfirmedEntryDates = [.. _entries.Values.Where(e => !e.Confirmed).Select(e => e.Date).Order()];

        _patternStarts[0] = [];
        _patternEnds[0] = [];
        var anyCounting = false;
        foreach (var dow in Enum.GetValues<DayOfWeek>())
        {
            var sessions = CountingSessions(dow);
            for (var i = 0; i < sessions.Count; i++)
            {
                if (sessions[i].End <= sessions[i].Start)
                    throw new DomainException($"Phiên làm việc {VnFormat.DayName(dow)} {sessions[i].Start:HH\\:mm}–{sessions[i].End:HH\\:mm} không hợp lệ.");
                if (i > 0 && sessions[i].Start < sessions[i - 1].End)
                    throw new DomainException($"Các phiên làm việc {VnFormat.DayName(dow)} chồng lên nhau.");
            }
            var p = (int)dow + 1;
            _patternStarts[p] = [.. sessions.Select(s => s.Start.Ticks)];
            _patternEnds[p] = [.. sessions.Select(s => s.End.Ticks)];
            _weekPattern[(int)dow] = sessions.Count > 0 ? (byte)p : (byte)0;
            anyCounting |= sessions.Count > 0;
        }
        if (!anyCounting) throw new DomainException("Lịch làm việc trong tuần không có phiên làm việc nào.");

        var loaded = _years.Keys.Concat(_entries.Keys.Select(d => d.Year)).ToList();
        var from = Math.Clamp(loaded.Count > 0 ? loaded.Min() - 2 : 2023, CalendarLimits.FirstYear, CalendarLimits.LastYear);
        var to = Math.Clamp(loaded.Count > 0 ? loaded.Max() + 2 : 2030, from, CalendarLimits.LastYear);
        _index = BuildIndex(from, to);
    }

    public WorkingCalendar(WeeklySchedule schedule, CalendarData data, TimeOnly sameDayCutoff)
        : this(schedule, data.Entries, data.Years, sameDayCutoff) { }

    /// <summary>The embedded official calendar with the default sessions and a new centre's same-day cut-off.</summary>
    public static WorkingCalendar FromOfficial(WeeklySchedule? schedule = null, TimeOnly? sameDayCutoff = null) =>
        new(schedule ?? WeeklySchedule.Default, OfficialCalendar.LoadEmbedded(), sameDayCutoff ?? DefaultSameDayCutoff);

    public WeeklySchedule Schedule => _schedule;
    public TimeOnly SameDayCutoff => _sameDayCutoff;

    /// <summary>The cut-off of a new centre (§5 rule 4): 15:00.</summary>
    public static readonly TimeOnly DefaultSameDayCutoff = new(15, 0);

    /// <summary>The first and last year the working-time index holds now (it grows on demand, within the supported years).</summary>
    public (int First, int Last) IndexedYears
    {
        get
        {
            var ix = Volatile.Read(ref _index);
            return (ix.FirstYear, ix.LastYear);
        }
    }

    /// <summary>Years whose dated exceptions were given (confirmed or not), ascending.</summary>
    public IReadOnlyList<int> LoadedYears => [.. _years.Keys.Order()];

    // ------------------------------------------------------------------ days

    /// <summary>True when the date has at least one session that counts toward deadlines.</summary>
    public bool IsWorkingDay(DateOnly date) => PatternOf(date) != 0;

    /// <summary>The sessions of the date that count toward deadlines (reception-only sessions never do).</summary>
    public IReadOnlyList<OfficeSession> SessionsOn(DateOnly date)
    {
        var p = PatternOf(date);
        return p == 0 ? [] : CountingSessions((DayOfWeek)(p - 1));
    }

    public DayInfo DayInfo(DateOnly date)
    {
        var reception = _schedule.For(date.DayOfWeek).Where(s => s.ReceptionOnly).ToList();
        if (_entries.TryGetValue(date, out var e))
        {
            return e.Kind == CalendarEntryKind.DayOff
                ? new DayInfo(date, DayKind.DayOff, e.Name, e.Confirmed && IsYearConfirmed(date.Year), [], [])
                : new DayInfo(date, DayKind.SwappedWorkingDay, e.Name, e.Confirmed && IsYearConfirmed(date.Year), SessionsOn(date), []);
        }
        if (!_years.ContainsKey(date.Year) && FallbackHolidayName(date) is { } holiday)
            return new DayInfo(date, DayKind.DayOff, holiday, false, [], []);
        var sessions = SessionsOn(date);
        return sessions.Count == 0
            ? new DayInfo(date, DayKind.Weekend, null, IsYearConfirmed(date.Year), [], reception)
            : new DayInfo(date, DayKind.Working, null, IsYearConfirmed(date.Year), sessions, reception);
    }

    /// <summary>True when the year's dates were loaded and confirmed locally.</summary>
    public bool IsYearConfirmed(int year) => _years.TryGetValue(year, out var c) && c;

    public bool IsYearLoaded(int year) => _years.ContainsKey(year);

    /// <summary>Unconfirmed (or not loaded) years among the years of <paramref name="from"/>..<paramref name="to"/>, inclusive.</summary>
    public IReadOnlyList<int> UnconfirmedYearsBetween(DateOnly from, DateOnly to)
    {
        if (to < from) (from, to) = (to, from);
        var list = new List<int>();
        for (var y = from.Year; y <= to.Year; y++)
            if (!IsYearConfirmed(y)) list.Add(y);
        return list;
    }

    // ------------------------------------------------------------------ clock

    /// <summary>
    /// Rule 1: the instant the clock starts for a receipt. Sessions are half-open [start, end):
    /// a receipt inside a counting session starts at once; otherwise (lunch, after hours, weekend,
    /// day off, reception-only session, night) at the next opening of a counting session.
    /// </summary>
    public DateTimeOffset StartOfClock(DateTimeOffset receivedAt)
    {
        var local = LocalTicks(receivedAt);
        return ToInstant(StartOfClockLocal(local));
    }

    /// <summary>Rules 2–4: the due instant for a receipt and a published deadline.</summary>
    public DateTimeOffset DueAt(DateTimeOffset receivedAt, Deadline deadline)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        var local = LocalTicks(receivedAt);
        return deadline.Kind switch
        {
            DeadlineKind.SameDay => ToInstant(SameDayDueLocal(local, deadline.CutoffOr(_sameDayCutoff).Ticks)),
            DeadlineKind.WorkingDays => ToInstant(AddLocal(local, DurationTicks(deadline.Value, MinutesPerWorkingDay))),
            DeadlineKind.WorkingHours => ToInstant(AddLocal(local, DurationTicks(deadline.Value, 60))),
            _ => throw new ArgumentOutOfRangeException(nameof(deadline), deadline.Kind, "Loại thời hạn không hợp lệ."),
        };
    }

    /// <summary>The due instant together with the unconfirmed years and entries it relies on.</summary>
    public DueCalculation Calculate(DateTimeOffset receivedAt, Deadline deadline)
    {
        var start = StartOfClock(receivedAt);
        var due = DueAt(receivedAt, deadline);
        var from = VnTime.DateOf(receivedAt);
        var to = VnTime.DateOf(due);
        var years = UnconfirmedYearsBetween(from, to);
        var warnings = new List<string>();
        foreach (var y in years)
        {
            warnings.Add(IsYearLoaded(y)
                ? $"Lịch nghỉ lễ năm {y} chưa được xác nhận."
                : $"Chưa có lịch nghỉ lễ năm {y}: tạm tính theo các ngày lễ cố định của Bộ luật Lao động (1/1, 30/4, 1/5, 2/9).");
        }
        foreach (var d in _unconfirmedEntryDates)
        {
            if (d >= from && d <= to)
                warnings.Add($"Ngày {VnFormat.Date(d)} ({_entries[d].Name}) chưa được xác nhận.");
        }
        return new DueCalculation(VnTime.ToVn(receivedAt), start, due, years, warnings);
    }

    /// <summary>
    /// Moves <paramref name="minutes"/> of working time forward from <paramref name="start"/> (moved first as in rule 1).
    /// A walk that ends exactly at the end of a session stays there.
    /// </summary>
    public DateTimeOffset AddWorkingMinutes(DateTimeOffset start, double minutes) =>
        AddWorkingTime(start, TimeSpan.FromMinutes(minutes));

    /// <inheritdoc cref="AddWorkingMinutes"/>
    public DateTimeOffset AddWorkingTime(DateTimeOffset start, TimeSpan workingTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingTime, TimeSpan.Zero);
        return ToInstant(AddLocal(LocalTicks(start), workingTime.Ticks));
    }

    /// <summary>Working time inside counting sessions from <paramref name="from"/> to <paramref name="to"/>; negative when <paramref name="to"/> is earlier.</summary>
    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        var a = LocalTicks(from);
        var b = LocalTicks(to);
        EnsureCovers(DayOf(Math.Min(a, b)));
        EnsureCovers(DayOf(Math.Max(a, b)));
        var ix = Volatile.Read(ref _index);
        return new TimeSpan(Position(ix, b) - Position(ix, a));
    }

    /// <inheritdoc cref="WorkingTimeBetween"/>
    public double WorkingMinutesBetween(DateTimeOffset from, DateTimeOffset to) => WorkingTimeBetween(from, to).TotalMinutes;

    /// <summary>Rule 8: an unfinished dossier is overdue once now is after the due instant.</summary>
    public bool IsOverdue(DateTimeOffset now, DateTimeOffset dueAt) => now > dueAt;

    /// <summary>Rule 8: not overdue and less than one working day (8 working hours) left.</summary>
    public bool IsDueSoon(DateTimeOffset now, DateTimeOffset dueAt) =>
        !IsOverdue(now, dueAt) && WorkingTimeBetween(now, dueAt) < WorkingDay;

    /// <summary>
    /// Rule 7: late after the due instant; early when ready on an earlier Viet Nam calendar date
    /// than the due date; otherwise on time (the due date, up to and including the due instant).
    /// </summary>
    public static OutcomeClass Outcome(DateTimeOffset resultReadyAt, DateTimeOffset dueAt)
    {
        if (resultReadyAt > dueAt) return OutcomeClass.Late;
        return VnTime.DateOf(resultReadyAt) < VnTime.DateOf(dueAt) ? OutcomeClass.Early : OutcomeClass.OnTime;
    }

    // ------------------------------------------------------------------ explanation

    /// <summary>The walk from receipt to due instant, one Vietnamese sentence per step, for the counter and the supervisor.</summary>
    public DueExplanation Explain(DateTimeOffset receivedAt, Deadline deadline)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        var calc = Calculate(receivedAt, deadline);
        var steps = new List<ExplainStep>();
        var received = calc.ReceivedAt;
        var receivedDate = VnTime.DateOf(received);
        steps.Add(new(ExplainStepKind.Received, receivedDate, $"Nhận hồ sơ lúc {When(received)}."));

        if (calc.Start == received)
            steps.Add(new(ExplainStepKind.ClockStart, receivedDate, "Nhận trong giờ làm việc: bắt đầu tính thời hạn ngay."));
        else
            steps.Add(new(ExplainStepKind.ClockStart, receivedDate, $"{WhyNotWorking(received)}: bắt đầu tính thời hạn từ {When(calc.Start)}."));

        var startDate = VnTime.DateOf(calc.Start);
        var dueDate = VnTime.DateOf(calc.DueAt);
        if (deadline.Kind == DeadlineKind.SameDay)
        {
            var cutoff = deadline.CutoffOr(_sameDayCutoff);
            steps.Add(TimeOnly.FromTimeSpan(calc.Start.TimeOfDay) < cutoff
                ? new(ExplainStepKind.Counted, startDate, $"Giải quyết trong ngày: bắt đầu trước {cutoff:HH\\:mm} nên hạn là cuối giờ làm việc cùng ngày.")
                : new(ExplainStepKind.Counted, startDate, $"Giải quyết trong ngày: bắt đầu từ {cutoff:HH\\:mm} trở đi nên hạn là cuối giờ làm việc của ngày làm việc tiếp theo."));
            for (var d = startDate.AddDays(1); d < dueDate; d = d.AddDays(1))
                steps.Add(new(ExplainStepKind.Skipped, d, SkipText(d)));
        }
        else
        {
            var total = calc.DueAt - calc.Start;
            var worked = WorkingTimeBetween(calc.Start, calc.DueAt);
            steps.Add(new(ExplainStepKind.Counted, startDate, $"Thời hạn {deadline.Describe(_sameDayCutoff)} = {Duration(worked)} làm việc."));
            if (total > TimeSpan.Zero) WalkDays(calc.Start, calc.DueAt, steps);
        }

        steps.Add(new(ExplainStepKind.Due, dueDate, $"Hạn trả kết quả: {When(calc.DueAt)}."));
        foreach (var w in calc.Warnings) steps.Add(new(ExplainStepKind.Warning, null, w));
        return new DueExplanation(calc, steps);
    }

    private void WalkDays(DateTimeOffset start, DateTimeOffset due, List<ExplainStep> steps)
    {
        var from = VnTime.DateOf(start);
        var to = VnTime.DateOf(due);
        if (to.DayNumber - from.DayNumber > 400)
        {
            steps.Add(new(ExplainStepKind.Counted, from, $"Thời hạn dài hơn 400 ngày, không liệt kê từng ngày."));
            return;
        }
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            var sessions = SessionsOn(d);
            if (sessions.Count == 0)
            {
                steps.Add(new(ExplainStepKind.Skipped, d, SkipText(d)));
                continue;
            }
            var parts = new List<string>();
            var counted = TimeSpan.Zero;
            OfficeSession? previous = null;
            var lunchSkipped = new List<string>();
            foreach (var s in sessions)
            {
                var a = Max(VnTime.At(d, s.Start), start);
                var b = Min(VnTime.At(d, s.End), due);
                if (b <= a) continue;
                if (previous is not null && parts.Count > 0)
                    lunchSkipped.Add($"{previous.End:HH\\:mm}–{s.Start:HH\\:mm}");
                parts.Add($"{a:HH\\:mm}–{b:HH\\:mm}");
                counted += b - a;
                previous = s;
            }
            if (parts.Count == 0) continue;
            var info = DayInfo(d);
            var prefix = info.Kind == DayKind.SwappedWorkingDay
                ? $"{DayLabel(d)} là ngày làm bù ({info.Name}), tính theo giờ thứ Hai"
                : DayLabel(d);
            steps.Add(new(ExplainStepKind.Counted, d, $"{prefix}: tính {string.Join(", ", parts)} ({Duration(counted)})."));
            foreach (var gap in lunchSkipped)
                steps.Add(new(ExplainStepKind.Skipped, d, $"Nghỉ trưa {gap} không tính."));
        }
    }

    private string SkipText(DateOnly d)
    {
        var info = DayInfo(d);
        return info.Kind == DayKind.DayOff
            ? $"Bỏ qua {Lower(DayLabel(d))}: {info.Name}."
            : $"Bỏ qua {Lower(DayLabel(d))}: nghỉ cuối tuần.";
    }

    private string WhyNotWorking(DateTimeOffset received)
    {
        var d = VnTime.DateOf(received);
        var t = TimeOnly.FromTimeSpan(received.TimeOfDay);
        var info = DayInfo(d);
        if (info.Kind == DayKind.DayOff) return $"Nhận vào ngày nghỉ ({info.Name})";
        if (info.ReceptionSessions.Any(s => t >= s.Start && t < s.End) && info.Sessions.Count == 0)
            return "Nhận trong phiên tiếp nhận thứ Bảy (chỉ tiếp nhận, không tính thời hạn)";
        if (info.Sessions.Count == 0) return "Nhận vào ngày nghỉ cuối tuần";
        if (t < info.Sessions[0].Start) return "Nhận trước giờ làm việc";
        if (t >= info.Sessions[^1].End) return "Nhận sau giờ làm việc";
        return "Nhận trong giờ nghỉ trưa";
    }

    private static string When(DateTimeOffset t) =>
        string.Create(CultureInfo.InvariantCulture, $"{VnFormat.Time(t)} {Lower(DayLabel(VnTime.DateOf(t)))}");

    private static string DayLabel(DateOnly d) => $"{VnFormat.DayName(d.DayOfWeek)} {VnFormat.Date(d)}";

    // "Thứ Bảy" → "thứ Bảy", "Chủ nhật" → "chủ nhật" inside a sentence.
    private static string Lower(string s) => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..];

    private static string Duration(TimeSpan t)
    {
        var minutes = (long)Math.Round(t.TotalMinutes);
        var h = minutes / 60;
        var m = minutes % 60;
        var sb = new StringBuilder();
        if (h > 0) sb.Append(CultureInfo.InvariantCulture, $"{h} giờ");
        if (m > 0) sb.Append(sb.Length > 0 ? " " : "").Append(CultureInfo.InvariantCulture, $"{m} phút");
        return sb.Length == 0 ? "0 giờ" : sb.ToString();
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    // ------------------------------------------------------------------ engine

    private List<OfficeSession> CountingSessions(DayOfWeek dow) =>
        [.. _schedule.For(dow).Where(s => !s.ReceptionOnly).OrderBy(s => s.Start)];

    private static string? FallbackHolidayName(DateOnly d) => (d.Month, d.Day) switch
    {
        (1, 1) => "Tết Dương lịch (tạm tính)",
        (4, 30) => "Ngày Chiến thắng 30/4 (tạm tính)",
        (5, 1) => "Ngày Quốc tế lao động 1/5 (tạm tính)",
        (9, 2) => "Quốc khánh 2/9 (tạm tính)",
        _ => null,
    };

    private byte PatternOf(DateOnly date)
    {
        if (_entries.TryGetValue(date, out var e))
            return e.Kind == CalendarEntryKind.DayOff ? (byte)0 : _weekPattern[(int)DayOfWeek.Monday];
        if (!_years.ContainsKey(date.Year) && FallbackHolidayName(date) is not null) return 0;
        return _weekPattern[(int)date.DayOfWeek];
    }

    private sealed class DayIndex(int firstYear, int lastYear, int firstDay, byte[] pattern, long[] cumulative)
    {
        public readonly int FirstYear = firstYear;
        public readonly int LastYear = lastYear;
        public readonly int FirstDay = firstDay;
        public readonly byte[] Pattern = pattern;
        /// <summary>Cumulative[i] = working ticks before day i; Cumulative[Count] = total.</summary>
        public readonly long[] Cumulative = cumulative;
        public int Count => Pattern.Length;
    }

    private DayIndex BuildIndex(int firstYear, int lastYear)
    {
        var first = new DateOnly(firstYear, 1, 1).DayNumber;
        var last = new DateOnly(lastYear, 12, 31).DayNumber;
        var count = last - first + 1;
        var pattern = new byte[count];
        var cumulative = new long[count + 1];
        var totals = new long[8];
        for (var p = 1; p < 8; p++)
            for (var i = 0; i < _patternStarts[p].Length; i++)
                totals[p] += _patternEnds[p][i] - _patternStarts[p][i];
        for (var i = 0; i < count; i++)
        {
            var p = PatternOf(DateOnly.FromDayNumber(first + i));
            pattern[i] = p;
            cumulative[i + 1] = cumulative[i] + totals[p];
        }
        return new DayIndex(firstYear, lastYear, first, pattern, cumulative);
    }

    private DayIndex EnsureCovers(int dayNumber)
    {
        var ix = Volatile.Read(ref _index);
        if (dayNumber >= ix.FirstDay && dayNumber < ix.FirstDay + ix.Count) return ix;
        if (dayNumber < FirstSupportedDay || dayNumber > LastSupportedDay) throw new OutsideCalendarRangeException();
        var year = DateOnly.FromDayNumber(dayNumber).Year;
        lock (_extendLock)
        {
            ix = _index;
            if (dayNumber >= ix.FirstDay && dayNumber < ix.FirstDay + ix.Count) return ix;
            var next = BuildIndex(Math.Max(CalendarLimits.FirstYear, Math.Min(ix.FirstYear, year - 2)),
                Math.Min(CalendarLimits.LastYear, Math.Max(ix.LastYear, year + 2)));
            Volatile.Write(ref _index, next);
            return next;
        }
    }

    private DayIndex ExtendRight(DayIndex ix)
    {
        if (ix.LastYear >= CalendarLimits.LastYear) throw new OutsideCalendarRangeException();
        return EnsureCovers(new DateOnly(Math.Min(CalendarLimits.LastYear, ix.LastYear + 3), 1, 1).DayNumber);
    }

    private static long LocalTicks(DateTimeOffset t) => t.UtcTicks + OffsetTicks;
    private static int DayOf(long localTicks) => (int)(localTicks / TicksPerDay);
    private static DateTimeOffset ToInstant(long localTicks) => new(localTicks, VnTime.Offset);

    private static long DurationTicks(decimal value, int minutesPerUnit)
    {
        if (value < 0) throw new ArgumentOutOfRangeException(nameof(value), value, "Thời hạn không được âm.");
        // Whole and half units (nearly every published deadline) stay out of decimal arithmetic.
        var doubled = value * 2;
        if (doubled < int.MaxValue / 2 && decimal.Truncate(doubled) == doubled)
            return (long)(int)doubled * minutesPerUnit * TicksPerMinute / 2;
        return (long)(value * (minutesPerUnit * TicksPerMinute));
    }

    /// <summary>Working position of a local instant: working ticks before it within the index.</summary>
    private long Position(DayIndex ix, long local)
    {
        var day = DayOf(local);
        var i = day - ix.FirstDay;
        var tod = local - (long)day * TicksPerDay;
        var starts = _patternStarts[ix.Pattern[i]];
        var ends = _patternEnds[ix.Pattern[i]];
        var pos = ix.Cumulative[i];
        for (var s = 0; s < starts.Length; s++)
        {
            if (tod <= starts[s]) break;
            pos += Math.Min(tod, ends[s]) - starts[s];
        }
        return pos;
    }

    /// <summary>The earliest local instant at the given working position (> the first day's start).</summary>
    private long FromPosition(DayIndex ix, long target)
    {
        while (target > ix.Cumulative[ix.Count])
        {
            // Positions are relative to the first day of an index; re-base them on the grown one.
            var grown = ExtendRight(ix);
            target += grown.Cumulative[ix.FirstDay - grown.FirstDay];
            ix = grown;
        }
        // Smallest day i with Cumulative[i + 1] >= target.
        int lo = 0, hi = ix.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (ix.Cumulative[mid + 1] >= target) hi = mid; else lo = mid + 1;
        }
        var offset = target - ix.Cumulative[lo];
        var starts = _patternStarts[ix.Pattern[lo]];
        var ends = _patternEnds[ix.Pattern[lo]];
        var dayStart = (long)(ix.FirstDay + lo) * TicksPerDay;
        for (var s = 0; s < starts.Length; s++)
        {
            var len = ends[s] - starts[s];
            if (offset <= len) return dayStart + starts[s] + offset;
            offset -= len;
        }
        throw new InvalidOperationException("Chỉ mục lịch không nhất quán.");
    }

    private long StartOfClockLocal(long local)
    {
        var day = DayOf(local);
        var ix = EnsureCovers(day);
        var i = day - ix.FirstDay;
        var tod = local - (long)day * TicksPerDay;
        var starts = _patternStarts[ix.Pattern[i]];
        var ends = _patternEnds[ix.Pattern[i]];
        for (var s = 0; s < starts.Length; s++)
        {
            if (tod < starts[s]) return (long)day * TicksPerDay + starts[s];
            if (tod < ends[s]) return local;
        }
        // Past the last session of the day: the first session of the next day with working time.
        var next = NextWorkingDayAfter(day);
        return (long)next * TicksPerDay + _patternStarts[PatternOfIndexed(next)][0];
    }

    private byte PatternOfIndexed(int dayNumber)
    {
        var ix = EnsureCovers(dayNumber);
        return ix.Pattern[dayNumber - ix.FirstDay];
    }

    /// <summary>The day number of the first day after <paramref name="day"/> that has working time.</summary>
    private int NextWorkingDayAfter(int day)
    {
        var ix = EnsureCovers(day);
        var reached = ix.Cumulative[day - ix.FirstDay + 1];
        while (ix.Cumulative[ix.Count] <= reached)
        {
            ix = ExtendRight(ix);
            reached = ix.Cumulative[day - ix.FirstDay + 1];
        }
        // Smallest j with Cumulative[j + 1] > reached.
        int lo = day - ix.FirstDay + 1, hi = ix.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (ix.Cumulative[mid + 1] > reached) hi = mid; else lo = mid + 1;
        }
        return ix.FirstDay + lo;
    }

    private long AddLocal(long local, long ticks)
    {
        var start = StartOfClockLocal(local);
        if (ticks == 0) return start;
        var ix = EnsureCovers(DayOf(start));
        return FromPosition(ix, Position(ix, start) + ticks);
    }

    private long SameDayDueLocal(long local, long cutoffTicks)
    {
        var start = StartOfClockLocal(local);
        var day = DayOf(start);
        var tod = start - (long)day * TicksPerDay;
        var dueDay = tod < cutoffTicks ? day : NextWorkingDayAfter(day);
        var ends = _patternEnds[PatternOfIndexed(dueDay)];
        return (long)dueDay * TicksPerDay + ends[^1];
    }
}
