using System.Globalization;
using OneStop.Core.Common;

namespace OneStop.Core.Backup;

/// <summary>Which backups to keep. Pure: it gets the list and the policy, and answers.</summary>
public static class Retention
{
    /// <summary>
    /// Among verified backups: the newest of each of the last <see cref="RetentionPolicy.Daily"/> Viet Nam days that have
    /// one, the same for ISO weeks and months, and always the newest. A failed backup is kept while it is the newest
    /// (the administrator must see it) and dropped once a newer backup verified.
    /// </summary>
    public static IReadOnlySet<string> Keep(IEnumerable<BackupManifest> backups, RetentionPolicy policy)
    {
        var all = backups.OrderByDescending(b => b.CreatedAt).ToList();
        var verified = all.Where(b => b.Verified).ToList();
        var keep = new HashSet<string>(StringComparer.Ordinal);
        if (verified.Count > 0) keep.Add(verified[0].Id);
        KeepNewestPer(verified, policy.Daily, b => VnTime.DateOf(b.CreatedAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), keep);
        KeepNewestPer(verified, policy.Weekly, b => { var d = VnTime.DateOf(b.CreatedAt).ToDateTime(TimeOnly.MinValue); return $"{ISOWeek.GetYear(d)}-W{ISOWeek.GetWeekOfYear(d)}"; }, keep);
        KeepNewestPer(verified, policy.Monthly, b => VnTime.DateOf(b.CreatedAt).ToString("yyyy-MM", CultureInfo.InvariantCulture), keep);
        var newestVerified = verified.Count > 0 ? verified[0].CreatedAt : DateTimeOffset.MinValue;
        foreach (var failed in all.Where(b => !b.Verified && b.CreatedAt > newestVerified))
            keep.Add(failed.Id);
        return keep;
    }

    private static void KeepNewestPer(List<BackupManifest> newestFirst, int periods, Func<BackupManifest, string> period, HashSet<string> keep)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var b in newestFirst)
        {
            if (seen.Count >= periods) return;
            if (seen.Add(period(b))) keep.Add(b.Id);
        }
    }
}
