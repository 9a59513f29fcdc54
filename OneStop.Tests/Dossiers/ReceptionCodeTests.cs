using Microsoft.EntityFrameworkCore;
using OneStop.Core.Dossiers;

namespace OneStop.Tests.Dossiers;

/// <summary>The dossier code (ONE-STOP §4) as issued by the reception service on a real SQLite file.</summary>
public sealed class ReceptionCodeTests
{
    // 10:00 in Viet Nam on Wednesday 25/11/2026, a working day.
    private static readonly DateTimeOffset Morning = new(2026, 11, 25, 3, 0, 0, TimeSpan.Zero);
    private const string Chungthuc = "2.000815";

    [Fact]
    public async Task TwentyReceptionsAtTheSameInstantGetTwentyConsecutiveDistinctCodes()
    {
        await using var w = await ReceptionWorld.CreateAsync(Morning);
        var p = await w.ProcedureAsync(Chungthuc);

        var results = await Task.WhenAll(Enumerable.Range(1, 20).Select(i =>
            Task.Run(() => w.Reception.ReceiveAsync(ReceptionWorld.Request(p, name: $"Người nộp {(char)('A' + i - 1)}"), ReceptionWorld.Officer))));

        Assert.All(results, r => Assert.True(r.IsSuccess, r.Error));
        var codes = results.Select(r => r.Value!.Code).Order(StringComparer.Ordinal).ToList();
        var expected = Enumerable.Range(1, 20).Select(i => $"{w.Agency}-261125-{i:0000}").ToList();
        Assert.Equal(expected, codes);
        Assert.Equal(20, await w.ScalarAsync("SELECT count(DISTINCT Code) FROM Dossiers"));
        Assert.Equal(20, await w.ScalarAsync($"SELECT Value FROM Sequences WHERE Scope = 'code:{w.Agency}:261125'"));
        // The register lines of the same book are distinct too (1..20 in some order).
        Assert.Equal(20, await w.ScalarAsync("SELECT count(DISTINCT RegisterLine) FROM Dossiers"));
        Assert.Equal(20, await w.ScalarAsync("SELECT max(RegisterLine) FROM Dossiers"));
        // Each saved dossier counts one use of its procedure; concurrent saves must not lose any.
        Assert.Equal(20, await w.ScalarAsync($"SELECT UseCount FROM Procedures WHERE Id = {p.Id}"));
        // Concurrent saves extend one chain, never fork it: each event links to the one saved just before.
        await using var db = await w.Factory.CreateDbContextAsync();
        var events = await db.DossierEvents.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(20, events.Count);
        Assert.Equal(DossierEvent.GenesisHash, events[0].PreviousHash);
        for (var i = 1; i < events.Count; i++) Assert.Equal(events[i - 1].Hash, events[i].PreviousHash);
        Assert.All(events, e => Assert.Equal(e.ComputeHash(), e.Hash));
    }

    [Theory]
    // One second before midnight in Viet Nam (UTC server): still the 25th.
    [InlineData("2026-11-25T16:59:59Z", "261125")]
    // Midnight in Viet Nam is 17:00 UTC: already the 26th, whatever the server's own date says.
    [InlineData("2026-11-25T17:00:00Z", "261126")]
    // 06:59 in Viet Nam on the 26th is the 25th in UTC: the code still says the 26th.
    [InlineData("2026-11-25T23:59:00Z", "261126")]
    public async Task CodeDateIsTheVietNamDateWhateverTheServerZone(string utc, string yymmdd)
    {
        await using var w = await ReceptionWorld.CreateAsync(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));
        var p = await w.ProcedureAsync(Chungthuc);

        var r = await w.Reception.ReceiveAsync(ReceptionWorld.Request(p), ReceptionWorld.Officer);

        Assert.True(r.IsSuccess, r.Error);
        Assert.Equal($"{w.Agency}-{yymmdd}-0001", r.Value!.Code);
    }

    [Fact]
    public async Task SequenceRestartsAtOneAtMidnightVietNamTime()
    {
        await using var w = await ReceptionWorld.CreateAsync(new DateTimeOffset(2026, 11, 25, 16, 59, 58, TimeSpan.Zero));
        var p = await w.ProcedureAsync(Chungthuc);

        var first = await w.Reception.ReceiveAsync(ReceptionWorld.Request(p), ReceptionWorld.Officer);
        w.Clock.Set(new DateTimeOffset(2026, 11, 25, 16, 59, 59, TimeSpan.Zero));
        var second = await w.Reception.ReceiveAsync(ReceptionWorld.Request(p), ReceptionWorld.Officer);
        w.Clock.Set(new DateTimeOffset(2026, 11, 25, 17, 0, 0, TimeSpan.Zero));
        var third = await w.Reception.ReceiveAsync(ReceptionWorld.Request(p), ReceptionWorld.Officer);

        Assert.Equal($"{w.Agency}-261125-0001", first.Value!.Code);
        Assert.Equal($"{w.Agency}-261125-0002", second.Value!.Code);
        Assert.Equal($"{w.Agency}-261126-0001", third.Value!.Code);
    }

    [Fact]
    public async Task TenThousandthDossierOfTheDayGetsAFiveDigitSequence()
    {
        await using var w = await ReceptionWorld.CreateAsync(Morning);
        var p = await w.ProcedureAsync(Chungthuc);
        await w.ExecuteAsync($"INSERT INTO Sequences (Scope, Value) VALUES ('code:{w.Agency}:261125', 9999)");

        var r = await w.Reception.ReceiveAsync(ReceptionWorld.Request(p), ReceptionWorld.Officer);

        Assert.True(r.IsSuccess, r.Error);
        Assert.Equal($"{w.Agency}-261125-10000", r.Value!.Code);
        // The printed code reads back: the scanner at the counter must find it.
        Assert.True(DossierCode.TryParse(r.Value.Code, out var parsed));
        Assert.Equal(10000, parsed.Value.Sequence);
    }

    [Fact]
    public async Task FailedSaveLeavesNoDossierNoSequenceStepAndNoEvent()
    {
        await using var w = await ReceptionWorld.CreateAsync(Morning);
        var p = await w.ProcedureAsync(Chungthuc);
        var ok = await w.Reception.ReceiveAsync(ReceptionWorld.Request(p), ReceptionWorld.Officer);
        Assert.True(ok.IsSuccess, ok.Error);
        var sequencesBefore = await SequencesAsync(w);
        await w.ExecuteAsync("CREATE TRIGGER fail BEFORE INSERT ON DossierEvents BEGIN SELECT RAISE(ABORT,'boom'); END;");

        await Assert.ThrowsAnyAsync<Exception>(() => w.Reception.ReceiveAsync(ReceptionWorld.Request(p, name: "Trần Thị Bình"), ReceptionWorld.Officer));

        Assert.Equal(1, await w.ScalarAsync("SELECT count(*) FROM Dossiers"));
        Assert.Equal(0, await w.ScalarAsync("SELECT count(*) FROM Dossiers WHERE ApplicantName = 'Trần Thị Bình'"));
        Assert.Equal(1, await w.ScalarAsync("SELECT count(*) FROM DossierEvents"));
        Assert.Equal(1, await w.ScalarAsync($"SELECT UseCount FROM Procedures WHERE Id = {p.Id}"));
        Assert.Equal(sequencesBefore, await SequencesAsync(w));

        // After the fault is gone the next dossier takes the next number: the failed one never printed its code.
        await w.ExecuteAsync("DROP TRIGGER fail;");
        var next = await w.Reception.ReceiveAsync(ReceptionWorld.Request(p), ReceptionWorld.Officer);
        Assert.Equal($"{w.Agency}-261125-0002", next.Value!.Code);
    }

    [Fact]
    public async Task FirstEventRecordsWhoAndWhenAndExtendsTheHashChain()
    {
        await using var w = await ReceptionWorld.CreateAsync(Morning);
        var p = await w.ProcedureAsync(Chungthuc);
        var first = await w.Reception.ReceiveAsync(ReceptionWorld.Request(p), ReceptionWorld.Officer);
        w.Clock.Advance(TimeSpan.FromMinutes(3));
        var second = await w.Reception.ReceiveAsync(ReceptionWorld.Request(p, name: "Lê Văn Cường"), ReceptionWorld.Officer);

        await using var db = await w.Factory.CreateDbContextAsync();
        var events = await db.DossierEvents.AsNoTracking().OrderBy(e => e.Id).ToListAsync();

        Assert.Equal(2, events.Count);
        Assert.Equal([first.Value!.Id, second.Value!.Id], events.Select(e => e.DossierId));
        Assert.Equal([first.Value.Code, second.Value.Code], events.Select(e => e.DossierCode));
        Assert.All(events, e =>
        {
            Assert.Equal(DossierEventKinds.Received, e.Kind);
            Assert.Equal("tiepnhan", e.Actor);
            Assert.Equal("Nguyễn Thị Tiếp Nhận", e.ActorName);
            Assert.Equal("CounterOfficer", e.ActorRole);
            Assert.Null(e.FromStatus);
            Assert.Equal(DossierStatus.Received, e.ToStatus);
            Assert.Equal(e.ComputeHash(), e.Hash);
        });
        Assert.Equal(Morning, events[0].At);
        Assert.Equal(Morning.AddMinutes(3), events[1].At);
        Assert.Equal(DossierEvent.GenesisHash, events[0].PreviousHash);
        Assert.Equal(events[0].Hash, events[1].PreviousHash);
        var dossier = await db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == first.Value.Id);
        Assert.Equal(Morning, dossier.ReceivedAt);
        Assert.Equal("tiepnhan", dossier.ReceivedBy);
        Assert.Equal(DossierStatus.Received, dossier.Status);
    }

    private static async Task<string> SequencesAsync(ReceptionWorld w)
    {
        await using var db = await w.Factory.CreateDbContextAsync();
        var rows = await db.Database.SqlQueryRaw<string>("SELECT Scope || '=' || Value AS \"Value\" FROM Sequences ORDER BY Scope").ToListAsync();
        return string.Join(";", rows);
    }
}
