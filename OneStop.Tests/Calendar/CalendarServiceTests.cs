using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OneStop.Core.Calendar;
using OneStop.Core.Centre;
using OneStop.Core.Persistence;
using static OneStop.Tests.Calendar.Calendars;

namespace OneStop.Tests.Calendar;

/// <summary>The calendar service on a real SQLite database held in memory for one test.</summary>
public sealed class CalendarServiceTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly TestDbFactory _factory;
    private readonly CalendarService _service;

    public CalendarServiceTests()
    {
        _connection.Open();
        var options = new DbContextOptionsBuilder<OneStopDbContext>().UseSqlite(_connection).Options;
        _factory = new TestDbFactory(options);
        using (var db = _factory.CreateDbContext()) db.Database.EnsureCreated();
        _service = new CalendarService(_factory, new OneStop.Core.Centre.CentreOfficeHours(_factory));
    }

    public void Dispose() => _connection.Dispose();

    private sealed class TestDbFactory(DbContextOptions<OneStopDbContext> options) : IDbContextFactory<OneStopDbContext>
    {
        public OneStopDbContext CreateDbContext() => new(options);
    }

    private const string Calendar2027 = """
        {"years": {"2027": {"confirmed": false,
          "daysOff": [{"date": "2027-01-01", "name": "Tết Dương lịch"},
                      {"from": "2027-02-05", "to": "2027-02-10", "name": "Tết Nguyên đán Đinh Mùi"}],
          "workingDays": []}}}
        """;

    [Fact]
    public async Task NewDatabaseIsSeededFromTheOfficialCalendarOnce()
    {
        Assert.True(await _service.SeedFromOfficialAsync());
        Assert.False(await _service.SeedFromOfficialAsync());

        var years = await _service.ListYearsAsync();
        Assert.Equal([2025, 2026], years.Select(y => y.Year));
        var cal = await _service.LoadAsync();
        Assert.Equal(At("2026-02-25 16:00"), cal.DueAt(At("2026-02-13 16:00"), Term("3d")));
    }

    [Fact]
    public async Task CalendarWithoutSettingsRowUsesDefaultsAndSettingsAreHonoured()
    {
        var cal = await _service.LoadAsync();
        Assert.Equal(new TimeOnly(15, 0), cal.SameDayCutoff);

        await using (var db = _factory.CreateDbContext())
        {
            db.CentreSettings.Add(new CentreSettings { SaturdayReception = true, SameDayCutoff = new TimeOnly(16, 0) });
            await db.SaveChangesAsync();
        }
        // Still cached until told.
        Assert.Same(cal, await _service.LoadAsync());
        _service.Invalidate();
        var reloaded = await _service.LoadAsync();
        Assert.Equal(new TimeOnly(16, 0), reloaded.SameDayCutoff);
        Assert.Single(reloaded.DayInfo(new DateOnly(2026, 3, 7)).ReceptionSessions);
        Assert.Equal(At("2026-03-09 07:30"), reloaded.StartOfClock(At("2026-03-07 09:00")));
    }

    [Fact]
    public async Task AddingADayOffChangesTheDueInstant()
    {
        await _service.SeedFromOfficialAsync();
        var changed = 0;
        _service.Changed += () => changed++;
        var before = await _service.LoadAsync();
        Assert.Equal(At("2026-03-03 09:00"), before.DueAt(At("2026-03-02 09:00"), Term("1d")));

        var added = await _service.AddEntryAsync(new DateOnly(2026, 3, 3), CalendarEntryKind.DayOff, "  Nghỉ đột xuất  ");
        Assert.True(added.IsSuccess, added.Error);
        Assert.Equal(1, changed);

        var after = await _service.LoadAsync();
        Assert.NotSame(before, after);
        Assert.Equal(At("2026-03-04 09:00"), after.DueAt(At("2026-03-02 09:00"), Term("1d")));
        Assert.Equal("Nghỉ đột xuất", after.DayInfo(new DateOnly(2026, 3, 3)).Name);
    }

    [Theory]
    // Same date twice.
    [InlineData("2026-02-16", CalendarEntryKind.DayOff, "Trùng", "đã có trong lịch")]
    // A swapped working day on a Tuesday.
    [InlineData("2026-03-03", CalendarEntryKind.WorkingDay, "Làm bù", "phải là ngày nghỉ cuối tuần")]
    // A day off on an ordinary Saturday adds nothing.
    [InlineData("2026-03-07", CalendarEntryKind.DayOff, "Nghỉ", "vốn là ngày nghỉ cuối tuần")]
    // No name.
    [InlineData("2026-03-04", CalendarEntryKind.DayOff, "   ", "Vui lòng nhập tên")]
    public async Task InvalidEntriesAreRefusedInVietnamese(string date, CalendarEntryKind kind, string name, string fragment)
    {
        await _service.SeedFromOfficialAsync();
        var r = await _service.AddEntryAsync(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), kind, name);
        Assert.False(r.IsSuccess);
        Assert.Contains(fragment, r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SwappedWorkingSaturdayCanBeAddedEditedAndDeleted()
    {
        var added = await _service.AddEntryAsync(new DateOnly(2026, 3, 7), CalendarEntryKind.WorkingDay, "Làm bù");
        Assert.True(added.IsSuccess, added.Error);
        Assert.True((await _service.LoadAsync()).IsWorkingDay(new DateOnly(2026, 3, 7)));

        var edited = await _service.UpdateEntryAsync(added.Value, CalendarEntryKind.WorkingDay, "Làm bù cho ngày 30/4", confirmed: false);
        Assert.True(edited.IsSuccess, edited.Error);
        var row = Assert.Single(await _service.ListEntriesAsync(2026));
        Assert.Equal("Làm bù cho ngày 30/4", row.Name);
        Assert.False(row.Confirmed);

        var toDayOff = await _service.UpdateEntryAsync(added.Value, CalendarEntryKind.DayOff, "Nghỉ", confirmed: true);
        Assert.False(toDayOff.IsSuccess);

        Assert.True((await _service.DeleteEntryAsync(added.Value)).IsSuccess);
        Assert.False((await _service.DeleteEntryAsync(added.Value)).IsSuccess);
        Assert.False((await _service.LoadAsync()).IsWorkingDay(new DateOnly(2026, 3, 7)));
    }

    [Fact]
    public async Task ImportReplacesOnlyTheYearsInTheFile()
    {
        await _service.SeedFromOfficialAsync();
        await _service.AddEntryAsync(new DateOnly(2027, 3, 8), CalendarEntryKind.DayOff, "Sẽ bị thay");

        var r = await _service.ImportYearAsync(Calendar2027);
        Assert.True(r.IsSuccess, r.Error);
        Assert.Equal([2027], r.Value!.Years);
        Assert.Equal(7, r.Value.EntryCount);

        var entries2027 = await _service.ListEntriesAsync(2027);
        Assert.Equal(7, entries2027.Count);
        Assert.DoesNotContain(entries2027, e => e.Name == "Sẽ bị thay");
        Assert.Equal(28, (await _service.ListEntriesAsync(2026)).Count);

        var cal = await _service.LoadAsync();
        Assert.True(cal.IsYearLoaded(2027));
        Assert.False(cal.IsYearConfirmed(2027));
        // Loaded 2027 replaces the Labour Code fallback: 30/4/2027 is not in the file, so it is worked.
        Assert.True(cal.IsWorkingDay(new DateOnly(2027, 4, 30)));
        Assert.False(cal.IsWorkingDay(new DateOnly(2027, 2, 8)));
    }

    [Fact]
    public async Task MalformedImportAppliesNothing()
    {
        await _service.SeedFromOfficialAsync();
        var before = await _service.ExportYearAsync(2026);
        var bad = """
            {"years": {"2026": {"confirmed": true, "daysOff": [{"date": "2026-01-01", "name": "Tết"}]},
                       "2027": {"daysOff": [{"date": "2027-02-30", "name": "Sai"}]}}}
            """;
        var r = await _service.ImportYearAsync(bad);
        Assert.False(r.IsSuccess);
        Assert.Contains("2027-02-30", r.Error, StringComparison.Ordinal);
        Assert.Equal(before, await _service.ExportYearAsync(2026));
        Assert.DoesNotContain(await _service.ListYearsAsync(), y => y.Year == 2027);
    }

    [Fact]
    public async Task ConfirmingAYearRecordsWhoAndWhen()
    {
        await _service.ImportYearAsync(Calendar2027);
        Assert.False((await _service.LoadAsync()).IsYearConfirmed(2027));

        var at = At("2026-12-01 10:00");
        Assert.True((await _service.ConfirmYearAsync(2027, "Nguyễn Thị Lan", at)).IsSuccess);
        var row = (await _service.ListYearsAsync()).Single(y => y.Year == 2027);
        Assert.True(row.Confirmed);
        Assert.Equal("Nguyễn Thị Lan", row.ConfirmedBy);
        Assert.Equal(at, row.ConfirmedAt);
        Assert.True((await _service.LoadAsync()).IsYearConfirmed(2027));

        var missing = await _service.ConfirmYearAsync(2030, "Lan", at);
        Assert.False(missing.IsSuccess);
        Assert.Contains("Chưa có lịch nghỉ lễ năm 2030", missing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportedYearImportsBackUnchanged()
    {
        await _service.SeedFromOfficialAsync();
        var json = await _service.ExportYearAsync(2025);
        var r = await _service.ImportYearAsync(json);
        Assert.True(r.IsSuccess, r.Error);
        Assert.Equal(json, await _service.ExportYearAsync(2025));
        Assert.Equal(21, r.Value!.EntryCount);
    }

    [Fact]
    public async Task ImportedWeekendHolidayCanBeRenamedButNotTurnedIntoAWorkingDayOnAWeekday()
    {
        await _service.SeedFromOfficialAsync();
        var entries = await _service.ListEntriesAsync(2026);
        // Saturday 14/02/2026 is listed inside the Tết block for display; renaming it keeps its kind.
        var saturday = entries.Single(e => e.Date == new DateOnly(2026, 2, 14));
        Assert.True((await _service.UpdateEntryAsync(saturday.Id, CalendarEntryKind.DayOff, "Tết Bính Ngọ", true)).IsSuccess);
        // Monday 16/02/2026 cannot become a swapped working day: it is a weekday.
        var monday = entries.Single(e => e.Date == new DateOnly(2026, 2, 16));
        var r = await _service.UpdateEntryAsync(monday.Id, CalendarEntryKind.WorkingDay, "Làm bù", true);
        Assert.False(r.IsSuccess);
        Assert.Contains("phải là ngày nghỉ cuối tuần", r.Error, StringComparison.Ordinal);
        Assert.Equal("Tết Bính Ngọ", (await _service.LoadAsync()).DayInfo(new DateOnly(2026, 2, 14)).Name);
    }
}
