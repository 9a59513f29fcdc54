using Microsoft.EntityFrameworkCore;
using OneStop.Core.Common;
using OneStop.Core.Persistence;

namespace OneStop.Core.Calendar;

/// <summary>A calendar entry as a list row.</summary>
public sealed record CalendarEntryRow(int Id, DateOnly Date, CalendarEntryKind Kind, string Name, bool Confirmed);

/// <summary>A calendar year as a list row.</summary>
public sealed record CalendarYearRow(int Year, bool Confirmed, DateTimeOffset? ConfirmedAt, string? ConfirmedBy, int EntryCount);

/// <summary>What an import replaced.</summary>
public sealed record CalendarImportSummary(IReadOnlyList<int> Years, int EntryCount);

/// <summary>
/// The centre's calendar in the database: builds the <see cref="WorkingCalendar"/> (cached until a
/// change) and edits entries and years. One DbContext per operation; register as a singleton.
/// </summary>
public sealed class CalendarService(IDbContextFactory<OneStopDbContext> factory, IOfficeHoursSource officeHours, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private const int MaxNameLength = 200;
    private WorkingCalendar? _cached;
    private int _version;

    /// <summary>Raised after any change made through this service, and after <see cref="Invalidate"/>.</summary>
    public event Action? Changed;

    /// <summary>
    /// The working calendar from the office hours (the centre's settings), the entries and
    /// the years. Cached; the cache is dropped by every change here and by <see cref="Invalidate"/>.
    /// </summary>
    public async Task<WorkingCalendar> LoadAsync(CancellationToken ct = default)
    {
        var cached = Volatile.Read(ref _cached);
        if (cached is not null) return cached;
        var version = Volatile.Read(ref _version);

        var hours = await officeHours.ReadAsync(ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        var entries = await db.CalendarEntries.AsNoTracking().ToListAsync(ct);
        var years = await db.CalendarYears.AsNoTracking().ToListAsync(ct);
        var calendar = new WorkingCalendar(hours.Schedule, entries, years, hours.SameDayCutoff);

        // A change made while this load was reading must not be hidden behind a stale cache.
        if (Volatile.Read(ref _version) == version) Interlocked.CompareExchange(ref _cached, calendar, null);
        return calendar;
    }

    /// <summary>Call after changing the office hours (sessions, Saturday reception, cut-off).</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _version);
        Volatile.Write(ref _cached, null);
        Changed?.Invoke();
    }

    public async Task<IReadOnlyList<CalendarEntryRow>> ListEntriesAsync(int year, CancellationToken ct = default)
    {
        var (from, to) = YearRange(year);
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.CalendarEntries.AsNoTracking()
            .Where(e => e.Date >= from && e.Date <= to)
            .OrderBy(e => e.Date)
            .Select(e => new CalendarEntryRow(e.Id, e.Date, e.Kind, e.Name, e.Confirmed))
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<CalendarYearRow>> ListYearsAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var years = await db.CalendarYears.AsNoTracking().OrderBy(y => y.Year).ToListAsync(ct);
        var dates = await db.CalendarEntries.AsNoTracking().Select(e => e.Date).ToListAsync(ct);
        var counts = dates.GroupBy(d => d.Year).ToDictionary(g => g.Key, g => g.Count());
        return [.. years.Select(y => new CalendarYearRow(y.Year, y.Confirmed, y.ConfirmedAt, y.ConfirmedBy, counts.GetValueOrDefault(y.Year)))];
    }

    /// <summary>Adds a day off (on a scheduled working weekday) or a swapped working day (on a weekend date).</summary>
    public async Task<Result<int>> AddEntryAsync(DateOnly date, CalendarEntryKind kind, string name, bool confirmed = true, CancellationToken ct = default)
    {
        var calendar = await LoadAsync(ct);
        var trimmed = name?.Trim() ?? "";
        if (Validate(calendar, date, kind, trimmed) is { } error) return Result<int>.Invalid(error);

        await using var db = await factory.CreateDbContextAsync(ct);
        var existing = await db.CalendarEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Date == date, ct);
        if (existing is not null) return Result<int>.Invalid(Duplicate(existing));

        var entry = new CalendarEntry(date, kind, trimmed, confirmed);
        db.CalendarEntries.Add(entry);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Result<int>.Invalid($"Ngày {VnFormat.Date(date)} đã có trong lịch.");
        }
        Invalidate();
        return Result<int>.Ok(entry.Id);
    }

    public async Task<Result> UpdateEntryAsync(int id, CalendarEntryKind kind, string name, bool confirmed, CancellationToken ct = default)
    {
        var calendar = await LoadAsync(ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        var entry = await db.CalendarEntries.FirstOrDefaultAsync(e => e.Id == id, ct);
        if (entry is null) return Result.Invalid("Không tìm thấy ngày này trong lịch.");
        var trimmed = name?.Trim() ?? "";
        // Imported holiday blocks list their weekend dates too; keeping such an entry's kind is allowed.
        if (Validate(calendar, entry.Date, kind, trimmed, kindUnchanged: kind == entry.Kind) is { } error) return Result.Invalid(error);
        entry.Update(kind, trimmed, confirmed);
        await db.SaveChangesAsync(ct);
        Invalidate();
        return Result.Ok();
    }

    public async Task<Result> DeleteEntryAsync(int id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var deleted = await db.CalendarEntries.Where(e => e.Id == id).ExecuteDeleteAsync(ct);
        if (deleted == 0) return Result.Invalid("Không tìm thấy ngày này trong lịch.");
        Invalidate();
        return Result.Ok();
    }

    private static string? Validate(WorkingCalendar calendar, DateOnly date, CalendarEntryKind kind, string name, bool kindUnchanged = false)
    {
        if (name.Length == 0) return "Vui lòng nhập tên ngày (ví dụ: Tết Dương lịch, Làm bù cho ngày 02/01).";
        if (name.Length > MaxNameLength) return $"Tên ngày dài quá {MaxNameLength} ký tự.";
        if (kindUnchanged) return null;
        var scheduled = calendar.Schedule.For(date.DayOfWeek).Any(s => !s.ReceptionOnly);
        return kind switch
        {
            CalendarEntryKind.WorkingDay when scheduled =>
                $"Ngày làm bù phải là ngày nghỉ cuối tuần; {VnFormat.DayName(date.DayOfWeek)} {VnFormat.Date(date)} đã là ngày làm việc.",
            CalendarEntryKind.DayOff when !scheduled =>
                $"{VnFormat.DayName(date.DayOfWeek)} {VnFormat.Date(date)} vốn là ngày nghỉ cuối tuần, không cần khai báo ngày nghỉ.",
            _ => null,
        };
    }

    private static string Duplicate(CalendarEntry e) =>
        $"Ngày {VnFormat.Date(e.Date)} đã có trong lịch ({(e.Kind == CalendarEntryKind.DayOff ? "ngày nghỉ" : "ngày làm bù")}: {e.Name}). Hãy sửa mục đó thay vì thêm mới.";

    /// <summary>
    /// Imports a holidays-vn.json file: for every year in it, the year's entries are replaced and its
    /// confirmation set from the file (local confirmation cleared). All or nothing, in one transaction.
    /// </summary>
    public async Task<Result<CalendarImportSummary>> ImportYearAsync(string json, CancellationToken ct = default)
    {
        var parsed = OfficialCalendar.Parse(json);
        if (!parsed.IsSuccess) return Result<CalendarImportSummary>.Invalid(parsed.Error!);
        var data = parsed.Value!;
        if (data.Years.Count == 0) return Result<CalendarImportSummary>.Invalid("Tệp lịch không có năm nào.");
        if (data.Years.Select(y => y.Year).Concat(data.Entries.Select(e => e.Date.Year)).Any(y => !CalendarLimits.Supports(y)))
            return Result<CalendarImportSummary>.Invalid(CalendarLimits.OutOfRangeMessage);

        await using var db = await factory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var year in data.Years)
        {
            var (from, to) = YearRange(year.Year);
            await db.CalendarEntries.Where(e => e.Date >= from && e.Date <= to).ExecuteDeleteAsync(ct);
            var row = await db.CalendarYears.FirstOrDefaultAsync(y => y.Year == year.Year, ct);
            if (row is null) db.CalendarYears.Add(new CalendarYear(year.Year, year.Confirmed));
            else if (year.Confirmed) row.Confirm("Nhập từ tệp lịch", VnTimeNow());
            else row.Unconfirm();
        }
        db.CalendarEntries.AddRange(data.Entries);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        Invalidate();
        return Result<CalendarImportSummary>.Ok(new CalendarImportSummary([.. data.Years.Select(y => y.Year).Order()], data.Entries.Count));
    }

    /// <summary>The supervisor confirms a loaded year's dates against the government's notice.</summary>
    public async Task<Result> ConfirmYearAsync(int year, string by, DateTimeOffset at, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(by)) return Result.Invalid("Thiếu tên người xác nhận.");
        await using var db = await factory.CreateDbContextAsync(ct);
        var row = await db.CalendarYears.FirstOrDefaultAsync(y => y.Year == year, ct);
        if (row is null) return Result.Invalid($"Chưa có lịch nghỉ lễ năm {year}; hãy nhập lịch năm đó trước khi xác nhận.");
        row.Confirm(by.Trim(), at);
        await db.SaveChangesAsync(ct);
        Invalidate();
        return Result.Ok();
    }

    /// <summary>Loads the shipped calendar into a new database; does nothing (false) when any year or entry exists.</summary>
    public async Task<bool> SeedFromOfficialAsync(CancellationToken ct = default)
    {
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            if (await db.CalendarYears.AnyAsync(ct) || await db.CalendarEntries.AnyAsync(ct)) return false;
        }
        var r = await ImportYearAsync(OfficialCalendar.EmbeddedJson(), ct);
        return r.IsSuccess ? true : throw new DomainException(r.Error!);
    }

    /// <summary>One year in the holidays-vn.json shape, to share with another centre.</summary>
    public async Task<string> ExportYearAsync(int year, CancellationToken ct = default)
    {
        var (from, to) = YearRange(year);
        await using var db = await factory.CreateDbContextAsync(ct);
        var entries = await db.CalendarEntries.AsNoTracking().Where(e => e.Date >= from && e.Date <= to).ToListAsync(ct);
        var row = await db.CalendarYears.AsNoTracking().FirstOrDefaultAsync(y => y.Year == year, ct);
        return OfficialCalendar.Export(year, row?.Confirmed ?? false, entries);
    }

    private DateTimeOffset VnTimeNow() => VnTime.Now(_clock);

    private static (DateOnly From, DateOnly To) YearRange(int year) => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
}
