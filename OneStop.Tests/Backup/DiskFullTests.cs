using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using OneStop.Core.Backup;
using OneStop.Core.Dossiers;
using OneStop.Core.Persistence;
using OneStop.Tests.Dossiers;
using OneStop.Tests.TestSupport;

namespace OneStop.Tests.Backup;

public sealed class DiskFullTests
{
    /// <summary>Every connection may not grow the file past its size now: SQLite's own "database or disk is full".</summary>
    private sealed class FullDisk(long pages) : DbConnectionInterceptor
    {
        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = $"PRAGMA max_page_count = {pages};";
            await cmd.ExecuteNonQueryAsync(cancellationToken);
        }

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = $"PRAGMA max_page_count = {pages};";
            cmd.ExecuteNonQuery();
        }
    }

    [Fact]
    public async Task A_save_on_a_full_disk_fails_with_the_disk_full_message_and_writes_nothing()
    {
        await using var w = await ReceptionWorld.CreateAsync(new DateTimeOffset(2026, 11, 25, 3, 0, 0, TimeSpan.Zero));
        var p = await w.ProcedureAsync("1.004873");
        // One dossier saved normally first, so the tables exist with data.
        Assert.True((await w.Reception.ReceiveAsync(ReceptionWorld.Request(p), ReceptionWorld.Officer)).IsSuccess);
        long pages, dossiers, sequences, events;
        await using (var db = await w.Factory.CreateDbContextAsync())
        {
            await OneStopDatabase.ScalarAsync(db, "PRAGMA wal_checkpoint(TRUNCATE)");
            pages = await OneStopDatabase.ScalarAsync(db, "PRAGMA page_count");
            dossiers = await OneStopDatabase.ScalarAsync(db, "SELECT count(*) FROM Dossiers");
            sequences = await OneStopDatabase.ScalarAsync(db, "SELECT coalesce(sum(Value), 0) FROM Sequences");
            events = await OneStopDatabase.ScalarAsync(db, "SELECT count(*) FROM DossierEvents");
        }
        var options = new DbContextOptionsBuilder<OneStopDbContext>();
        OneStopDatabase.Configure(options, w.ConnectionString);
        options.AddInterceptors(new FullDisk(pages));
        var full = new PooledDbContextFactory<OneStopDbContext>(options.Options);
        var reception = new ReceptionService(full, w.Calendars, w.Centre, w.Clock);

        // Big enough that the new rows cannot fit in the free space of the existing pages.
        var request = ReceptionWorld.Request(p) with { Checklist = Enumerable.Range(0, 400).Select(i => ReceptionWorld.Request(p).Checklist[0] with { Name = new string('x', 500) + i }).ToList() };
        var e = await Assert.ThrowsAnyAsync<Exception>(() => reception.ReceiveAsync(request, ReceptionWorld.Officer));

        Assert.True(StorageFailure.IsDiskFull(e), e.ToString());
        Assert.Contains("Ổ đĩa chứa dữ liệu đã đầy", StorageFailure.Message(e), StringComparison.Ordinal);
        Assert.Contains("không có gì bị ghi dở", StorageFailure.Message(e), StringComparison.Ordinal);
        SqliteConnection.ClearAllPools();
        await using (var db = await w.Factory.CreateDbContextAsync())
        {
            Assert.Equal(dossiers, await OneStopDatabase.ScalarAsync(db, "SELECT count(*) FROM Dossiers"));
            Assert.Equal(sequences, await OneStopDatabase.ScalarAsync(db, "SELECT coalesce(sum(Value), 0) FROM Sequences"));
            Assert.Equal(events, await OneStopDatabase.ScalarAsync(db, "SELECT count(*) FROM DossierEvents"));
        }
        // The server is not stopped by it: the next save, once space is freed, goes through with the next code.
        Assert.True((await w.Reception.ReceiveAsync(ReceptionWorld.Request(p), ReceptionWorld.Officer)).IsSuccess);
    }

    [Fact]
    public void A_failed_save_shows_in_health_for_an_hour()
    {
        var clock = new FakeClock(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.FromHours(7)));
        var failures = new StorageFailure(clock);
        failures.Record(new SqliteException("SQLite Error 13: 'database or disk is full'.", 13));
        Assert.Equal(OneStop.Core.Common.VnFormat.DateTime(clock.GetUtcNow()) + ": ổ đĩa đầy", failures.Recent());
        clock.Advance(TimeSpan.FromMinutes(61));
        Assert.Null(failures.Recent());
    }

    [Fact]
    public void A_read_only_folder_and_an_io_error_get_their_own_messages()
    {
        Assert.Contains("chỉ đọc", StorageFailure.Message(new SqliteException("SQLite Error 8: 'attempt to write a readonly database'.", 8)), StringComparison.Ordinal);
        Assert.Contains("Lỗi ghi ổ đĩa", StorageFailure.Message(new SqliteException("SQLite Error 10: 'disk I/O error'.", 10)), StringComparison.Ordinal);
        Assert.Equal(StorageFailure.Generic, StorageFailure.Message(new SqliteException("SQLite Error 5: 'database is locked'.", 5)));
    }

    [Fact]
    public async Task A_backup_to_a_disk_without_room_reports_why()
    {
        using var data = await BackupDataFolder.CreateAsync(dossiers: 3, events: 2);
        var service = new BackupService(data.DataDirectory, new BackupOptions { Directory = data.BackupDirectory }, TimeProvider.System);
        // A database bigger than the free space of the backup disk: a sparse file does not use the space it claims.
        Directory.CreateDirectory(data.BackupDirectory);
        var free = DiskSpace.FreeBytes(data.BackupDirectory)!.Value;
        await using (var s = new FileStream(Path.Combine(data.DataDirectory, OneStopDatabase.FileName + "-wal"), FileMode.Open, FileAccess.Write))
            s.SetLength(free + (1L << 30));

        var entry = await service.BackupAsync("Theo lệnh");

        Assert.False(entry.Manifest.Verified);
        Assert.Contains(entry.Manifest.Problems, p => p.Contains("Không đủ chỗ trống trên ổ sao lưu", StringComparison.Ordinal));
    }
}
