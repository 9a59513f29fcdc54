using System.Globalization;
using OneStop.Core.Backup;
using OneStop.Core.Common;

namespace OneStop.Tests.Backup;

public sealed class RetentionTests
{
    /// <summary>"yyyy-MM-dd HH:mm" in Viet Nam time; a trailing "!" marks a backup that failed verification.</summary>
    private static BackupManifest B(string at) => new()
    {
        Id = at,
        CreatedAt = VnTime.ToVn(new DateTimeOffset(DateTime.ParseExact(at.TrimEnd('!'), "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), VnTime.Offset)),
        Reason = "Tự động",
        AppVersion = "1",
        Verified = !at.EndsWith('!'),
    };

    private static string[] Days(string from, int count, string time = "17:30") =>
        Enumerable.Range(0, count).Select(i => DateOnly.ParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " " + time).ToArray();

    public static TheoryData<string, string[], int, int, int, string[]> Cases => new()
    {
        // Two a day: only the newest of each day counts as that day's backup.
        { "two a day", ["2026-12-01 12:00", "2026-12-01 17:30", "2026-12-02 12:00", "2026-12-02 17:30"], 7, 0, 0,
            ["2026-12-01 17:30", "2026-12-02 17:30"] },
        // Ten days of backups with 7 daily: the three oldest go.
        { "seven daily", Days("2026-11-21", 10), 7, 0, 0, Days("2026-11-24", 7) },
        // Days without a backup do not use up the count: the last 2 days that have one.
        { "gaps", ["2026-11-01 17:30", "2026-11-20 17:30", "2026-12-01 17:30"], 2, 0, 0, ["2026-11-20 17:30", "2026-12-01 17:30"] },
        // ISO weeks end on Sunday: the newest of each of the last two weeks (Sun 15 and Sun 22 Nov 2026).
        { "weekly", Days("2026-11-02", 21), 0, 2, 0, ["2026-11-15 17:30", "2026-11-22 17:30"] },
        // Months: the newest of each of the last two months.
        { "monthly", ["2026-09-15 17:30", "2026-09-30 17:30", "2026-10-31 17:30", "2026-11-01 17:30"], 0, 0, 2,
            ["2026-10-31 17:30", "2026-11-01 17:30"] },
        // A failed backup is no day's backup; the newest failed one stays for the administrator to see.
        { "failed newest", ["2026-11-28 17:30", "2026-11-29 17:30", "2026-11-30 17:30!"], 1, 0, 0, ["2026-11-29 17:30", "2026-11-30 17:30!"] },
        // A failed backup older than a verified one is dropped.
        { "failed older", ["2026-11-28 17:30!", "2026-11-29 17:30"], 7, 0, 0, ["2026-11-29 17:30"] },
        // Daily, weekly and monthly overlap: the union, each kept once.
        { "union", Days("2026-10-25", 38), 1, 3, 3, ["2026-10-31 17:30", "2026-11-22 17:30", "2026-11-29 17:30", "2026-11-30 17:30", "2026-12-01 17:30"] },
        // Nothing verified yet: the newest tries stay; nothing verified is lost because there is none.
        { "none verified", ["2026-11-29 17:30!", "2026-11-30 17:30!"], 7, 4, 12, ["2026-11-29 17:30!", "2026-11-30 17:30!"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void PruningKeepsTheNewestOfEachPeriod(string why, string[] backups, int daily, int weekly, int monthly, string[] kept)
    {
        var keep = Retention.Keep(backups.Select(B), new RetentionPolicy { Daily = daily, Weekly = weekly, Monthly = monthly });
        Assert.True(kept.Order(StringComparer.Ordinal).SequenceEqual(keep.Order(StringComparer.Ordinal)), $"{why}: kept {string.Join(", ", keep.Order(StringComparer.Ordinal))}");
    }

    [Theory]
    [InlineData("2026-12-02T08:00:00+07:00", "2026-12-02T12:00:00+07:00")] // morning: the noon backup
    [InlineData("2026-12-02T12:00:00+07:00", "2026-12-02T17:30:00+07:00")] // exactly at noon: that one is running, next is 17:30
    [InlineData("2026-12-02T18:00:00+07:00", "2026-12-03T12:00:00+07:00")] // evening: tomorrow noon
    [InlineData("2026-12-02T23:00:00+00:00", "2026-12-03T12:00:00+07:00")] // a server on UTC late evening is already tomorrow morning in Viet Nam
    public void TheNextBackupIsAtTheNextVietNamTime(string now, string next)
    {
        var times = BackupSchedule.Parse(["17:30", "12:00"]);
        Assert.Equal(DateTimeOffset.Parse(next, CultureInfo.InvariantCulture), BackupSchedule.Next(DateTimeOffset.Parse(now, CultureInfo.InvariantCulture), times));
    }

    [Fact]
    public void AnUnreadableBackupTimeIsRefused() => Assert.Throws<FormatException>(() => BackupSchedule.Parse(["12h"]));
}
