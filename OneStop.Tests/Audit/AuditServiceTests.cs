using Microsoft.EntityFrameworkCore;
using OneStop.Core.Audit;
using OneStop.Core.Common;
using OneStop.Core.Dossiers;
using OneStop.Tests.TestSupport;

namespace OneStop.Tests.Audit;

public sealed class AuditServiceTests : IDisposable
{
    private static readonly Officer Counter = new("tiepnhan", "Lò Thị Hương", "CounterOfficer");
    private readonly SqliteTestDatabase db = new();

    public void Dispose() => db.Dispose();

    /// <summary>Three dossiers and <paramref name="events"/> events spread over them, appended one by one as the app does.</summary>
    private async Task<AuditService> WithEventsAsync(int events, int batchSize = 5_000)
    {
        var procs = await TestDossiers.SeedCatalogAsync(db);
        await TestDossiers.InsertOnAsync(db, procs, "HT", new DateOnly(2026, 11, 2), 3, seed: 1);
        var dossiers = await TestDossiers.AllAsync(db);
        var at = VnTime.At(new DateOnly(2026, 11, 2), new TimeOnly(8, 0));
        for (var i = 0; i < events; i++)
        {
            await using var ctx = db.CreateDbContext();
            await DossierTrail.AppendAsync(ctx, dossiers[i % dossiers.Count], at.AddMinutes(i), Counter,
                i < dossiers.Count ? DossierEventKinds.Received : DossierEventKinds.Edited, null, DossierStatus.Received,
                $"Sự kiện {i + 1}", i < dossiers.Count ? null : new EditedData(new Dictionary<string, FieldChange> { ["Dòng"] = new($"{i}", $"{i + 1}") }));
            await ctx.SaveChangesAsync();
        }
        return new AuditService(db) { BatchSize = batchSize };
    }

    private async Task SqlAsync(string sql)
    {
        await using var ctx = db.CreateDbContext();
        await ctx.Database.ExecuteSqlRawAsync(sql);
    }

    /// <summary>Changes an event's note and stores a hash recomputed for the change, as a careful forger would.</summary>
    private async Task ReforgeNoteAsync(long id)
    {
        await using var ctx = db.CreateDbContext();
        var e = await ctx.DossierEvents.AsNoTracking().SingleAsync(x => x.Id == id);
        var forged = DossierEvent.Create(e.DossierId, e.DossierCode, e.At, e.Actor, e.ActorName, e.ActorRole, e.Kind,
            e.FromStatus, e.ToStatus, "sửa lén", e.Data, e.PreviousHash);
        await ctx.Database.ExecuteSqlAsync($"UPDATE DossierEvents SET Note = {forged.Note}, Hash = {forged.Hash} WHERE Id = {id}");
    }

    [Fact]
    public async Task AnEmptyTrailIsIntact()
    {
        var report = await new AuditService(db).VerifyChainAsync();
        Assert.Equal(new AuditReport(0, true, null), report);
    }

    [Theory]
    [InlineData(5_000)]
    [InlineData(2)] // the chain carries over from one batch to the next
    [InlineData(3)] // the last batch is exactly full
    public async Task AnUntouchedChainVerifies(int batchSize)
    {
        var audit = await WithEventsAsync(6, batchSize);
        var report = await audit.VerifyChainAsync();
        Assert.True(report.Intact);
        Assert.Equal(6, report.EventCount);
        Assert.Null(report.FirstBroken);
    }

    [Fact]
    public async Task AnEditedNoteIsFoundAtThatEvent()
    {
        var audit = await WithEventsAsync(6, batchSize: 2);
        await SqlAsync("UPDATE DossierEvents SET Note = 'x' WHERE Id = 4");

        var report = await audit.VerifyChainAsync();

        Assert.False(report.Intact);
        Assert.Equal(4, report.EventCount);
        var broken = Assert.IsType<BrokenLink>(report.FirstBroken);
        Assert.Equal(4, broken.EventId);
        Assert.Equal(AuditService.ContentChanged, broken.Problem);
        Assert.Equal("Nội dung bản ghi đã bị sửa (mã băm không khớp)", broken.Problem);
        var dossiers = await TestDossiers.AllAsync(db);
        Assert.Equal(dossiers[0].Code, broken.DossierCode); // event 4 belongs to the first dossier
        Assert.Equal(dossiers[0].Id, broken.DossierId);
        Assert.Equal(VnTime.At(new DateOnly(2026, 11, 2), new TimeOnly(8, 3)), broken.At);
    }

    [Fact]
    public async Task ARemovedEventIsFoundAtTheOneAfterIt()
    {
        var audit = await WithEventsAsync(6);
        await SqlAsync("DELETE FROM DossierEvents WHERE Id = 3");

        var report = await audit.VerifyChainAsync();

        var broken = Assert.IsType<BrokenLink>(report.FirstBroken);
        Assert.False(report.Intact);
        Assert.Equal(4, broken.EventId);
        Assert.Equal(AuditService.LinkBroken, broken.Problem);
        Assert.Equal("Thiếu bản ghi trước đó hoặc thứ tự bị đảo (mã băm trước không khớp)", broken.Problem);
        Assert.Equal(3, report.EventCount); // events 1, 2 and 4
    }

    [Fact]
    public async Task RemovingTheLastEventIsFoundByTheHeadOfTheChain()
    {
        var audit = await WithEventsAsync(6);
        await SqlAsync("DELETE FROM DossierEvents WHERE Id = 6");

        var report = await audit.VerifyChainAsync();

        Assert.False(report.Intact);
        Assert.Equal(5, report.EventCount);
        var broken = Assert.IsType<BrokenLink>(report.FirstBroken);
        Assert.Equal(5, broken.EventId); // the cut is right after the last event left
        Assert.StartsWith(AuditService.TailCut, broken.Problem, StringComparison.Ordinal);
        Assert.Contains("đầu chuỗi ghi nhận 6 bản ghi, còn lại 5", broken.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemovingEveryEventIsFoundByTheHeadOfTheChain()
    {
        var audit = await WithEventsAsync(3);
        await SqlAsync("DELETE FROM DossierEvents");

        var report = await audit.VerifyChainAsync();

        Assert.False(report.Intact);
        Assert.Equal(0, report.EventCount);
        Assert.Equal(0, report.FirstBroken!.EventId);
    }

    [Fact]
    public async Task ReforgingTheLastEventWithItsOwnHashIsFoundByTheHead()
    {
        var audit = await WithEventsAsync(4);
        await ReforgeNoteAsync(4);

        var broken = Assert.IsType<BrokenLink>((await audit.VerifyChainAsync()).FirstBroken);
        Assert.Equal(4, broken.EventId);
        Assert.StartsWith(AuditService.TailCut, broken.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EventsAppendedBeforeOneSaveChainOneAfterAnother()
    {
        var procs = await TestDossiers.SeedCatalogAsync(db);
        await TestDossiers.InsertOnAsync(db, procs, "HT", new DateOnly(2026, 11, 2), 1, seed: 1);
        var dossier = (await TestDossiers.AllAsync(db))[0];
        var at = VnTime.At(new DateOnly(2026, 11, 2), new TimeOnly(8, 0));
        await using (var ctx = db.CreateDbContext())
        {
            var first = await DossierTrail.AppendAsync(ctx, dossier, at, Counter, DossierEventKinds.Received, null, DossierStatus.Received, null, null);
            var second = await DossierTrail.AppendAsync(ctx, dossier, at.AddMinutes(1), Counter, DossierEventKinds.Printed, null, null, null, null);
            Assert.Equal(first.Hash, second.PreviousHash);
            await ctx.SaveChangesAsync();
        }

        var report = await new AuditService(db).VerifyChainAsync();
        Assert.True(report.Intact);
        Assert.Equal(2, report.EventCount);
    }

    [Fact]
    public async Task ASwappedPairIsFoundAtTheFirstOfThem()
    {
        var audit = await WithEventsAsync(6, batchSize: 2);
        const string columns = "DossierId, DossierCode, At, Actor, ActorName, ActorRole, Kind, FromStatus, ToStatus, Note, Data, PreviousHash, Hash";
        await SqlAsync($"""
            CREATE TEMP TABLE Swap AS SELECT * FROM DossierEvents WHERE Id IN (3, 4);
            UPDATE DossierEvents SET ({columns}) = (SELECT {columns} FROM Swap WHERE Swap.Id = 7 - DossierEvents.Id) WHERE Id IN (3, 4);
            DROP TABLE Swap;
            """);
        await using (var ctx = db.CreateDbContext())
            Assert.Equal("Sự kiện 4", await ctx.DossierEvents.Where(e => e.Id == 3).Select(e => e.Note).SingleAsync());

        var report = await audit.VerifyChainAsync();

        var broken = Assert.IsType<BrokenLink>(report.FirstBroken);
        Assert.Equal(3, broken.EventId);
        Assert.Equal(AuditService.LinkBroken, broken.Problem);
    }

    [Fact]
    public async Task AnEditWithARecomputedHashBreaksTheNextLink()
    {
        var audit = await WithEventsAsync(4);
        await ReforgeNoteAsync(2);

        var broken = Assert.IsType<BrokenLink>((await audit.VerifyChainAsync()).FirstBroken);
        Assert.Equal(3, broken.EventId);
        Assert.Equal(AuditService.LinkBroken, broken.Problem);
    }

    [Fact]
    public async Task LatestListsNewestFirst()
    {
        var audit = await WithEventsAsync(6);
        var rows = await audit.LatestAsync(4);
        Assert.Equal([6L, 5, 4, 3], rows.Select(r => r.Id));
        Assert.Equal("Sự kiện 6", rows[0].Note);
        Assert.Equal("Lò Thị Hương", rows[0].ActorName);
    }
}
