using OneStop.Core.Backup;

namespace OneStop.Tests.Backup;

public sealed class BackupStatusTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 18, 0, 0, TimeSpan.FromHours(7));

    private static BackupEntry E(double hoursAgo, bool verified) => new("x", new BackupManifest
    {
        Id = hoursAgo.ToString(System.Globalization.CultureInfo.InvariantCulture),
        CreatedAt = Now.AddHours(-hoursAgo),
        Reason = "Tự động",
        AppVersion = "1",
        Verified = verified,
    });

    [Theory]
    [InlineData(new[] { 0.5 }, new[] { true }, null)] // this evening's backup verified: no warning
    [InlineData(new[] { 23.0 }, new[] { true }, null)] // yesterday evening's: still within a day
    [InlineData(new[] { 25.5 }, new[] { true }, null)] // yesterday's 17:30 backup ran late, today's not yet due: no banner
    [InlineData(new[] { 26.5 }, new[] { true }, "đã quá 26 giờ")] // past 26 h: one scheduled backup was missed
    [InlineData(new[] { 30.0 }, new[] { true }, "đã quá 26 giờ")] // the noon and evening backups both missed
    [InlineData(new[] { 0.5, 6.0 }, new[] { false, true }, "KHÔNG ĐẠT")] // the newest failed even though an older one is fresh
    [InlineData(new double[0], new bool[0], "Chưa có bản sao lưu")] // a new installation
    public void TheWarningSaysWhatIsWrong(double[] hoursAgo, bool[] verified, string? warning)
    {
        var folder = Path.GetTempPath();
        var status = BackupStatus.Of(hoursAgo.Select((h, i) => E(h, verified[i])).ToList(), Now, folder);
        if (warning is null) Assert.Null(status.Warning);
        else Assert.Contains(warning, status.Warning, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingBackupFolderIsAWarning()
    {
        var status = BackupStatus.Of([E(1, true)], Now, Path.Combine(Path.GetTempPath(), "khong-co-" + Guid.NewGuid().ToString("N")));
        Assert.Contains("Không thấy thư mục sao lưu", status.Warning, StringComparison.Ordinal);
    }
}
