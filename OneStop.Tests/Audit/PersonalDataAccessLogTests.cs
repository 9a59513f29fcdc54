using OneStop.Core.Accounts;
using OneStop.Core.Audit;
using OneStop.Core.Dossiers;
using OneStop.Tests.TestSupport;

namespace OneStop.Tests.Audit;

public sealed class PersonalDataAccessLogTests : IDisposable
{
    private static readonly Officer Supervisor = Officer.WithRoles("giamsat", "Giám sát", [Roles.Supervisor]);
    private static readonly Officer Admin = Officer.WithRoles("quantri", "Quản trị", [Roles.Admin]);
    private static readonly Officer Counter = Officer.WithRoles("tiepnhan", "Tiếp nhận", [Roles.CounterOfficer]);

    private readonly SqliteTestDatabase database = new();
    private readonly FakeClock clock = new(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.FromHours(7)));
    private readonly PersonalDataAccessLog log;

    public PersonalDataAccessLogTests() => log = new PersonalDataAccessLog(database, clock);

    public void Dispose()
    {
        log.Dispose();
        database.Dispose();
    }

    [Fact]
    public async Task ReadsAreQueuedThenSavedTogetherAndFoundByOfficerDayAndDossier()
    {
        log.Record(new PersonalDataRead("tiepnhan", PersonalDataReads.DossierPage, "H48.26.10-261120-0001", null, "192.168.1.21"));
        log.Record(new PersonalDataRead("tiepnhan", PersonalDataReads.Receipt, "H48.26.10-261120-0001", null, "192.168.1.21"));
        clock.Advance(TimeSpan.FromDays(1));
        log.Record(new PersonalDataRead("chuyenvien", PersonalDataReads.RegisterXlsx, null, "Lĩnh vực HT, 01/11/2026–20/11/2026", "192.168.1.30"));

        // Recording never touched the database: nothing is there until the writer saves the queue.
        Assert.Equal(0, (await log.SearchAsync(new AccessLogFilter(), Supervisor)).Total);
        Assert.Equal(3, await log.FlushAsync());

        var all = await log.SearchAsync(new AccessLogFilter(), Supervisor);
        Assert.Equal(3, all.Total);
        Assert.Equal("chuyenvien", all.Rows[0].UserName); // newest first
        Assert.Equal("192.168.1.30", all.Rows[0].Client);
        Assert.Equal(clock.GetUtcNow(), all.Rows[0].At); // the instant kept (UTC milliseconds), shown later in Viet Nam time

        var byOfficer = await log.SearchAsync(new AccessLogFilter(UserName: "TiepNhan"), Supervisor);
        Assert.Equal(2, byOfficer.Total);
        var byDossier = await log.SearchAsync(new AccessLogFilter(DossierCode: "h48.26.10-261120-0001"), Supervisor);
        Assert.Equal([PersonalDataReads.Receipt, PersonalDataReads.DossierPage], byDossier.Rows.Select(r => r.What));
        var firstDay = await log.SearchAsync(new AccessLogFilter(From: new DateOnly(2026, 11, 20), To: new DateOnly(2026, 11, 20)), Supervisor);
        Assert.Equal(2, firstDay.Total);
        var secondDay = await log.SearchAsync(new AccessLogFilter(From: new DateOnly(2026, 11, 21)), Supervisor);
        Assert.Equal("Lĩnh vực HT, 01/11/2026–20/11/2026", Assert.Single(secondDay.Rows).Detail);
    }

    [Fact]
    public async Task TheSameReadWithinSecondsIsOneReadButALaterOneIsAnother()
    {
        var read = new PersonalDataRead("tiepnhan", PersonalDataReads.DossierPage, "H48.26.10-261120-0001", null, "10.0.0.5");
        log.Record(read); // the page's first render
        log.Record(read); // its live circuit a moment later
        clock.Advance(PersonalDataAccessLog.RepeatWindow);
        log.Record(read); // opened again later

        await log.FlushAsync();
        Assert.Equal(2, (await log.SearchAsync(new AccessLogFilter(), Supervisor)).Total);
    }

    [Fact]
    public async Task TheAdministratorSeesCodesButNoDetailsAndACounterOfficerSeesNothing()
    {
        log.Record(new PersonalDataRead("giamsat", PersonalDataReads.Search, null, "Nguyễn Văn An", "10.0.0.5"));
        log.Record(new PersonalDataRead("giamsat", PersonalDataReads.DossierPage, "H48.26.10-261120-0002", null, "10.0.0.5"));
        await log.FlushAsync();

        var admin = await log.SearchAsync(new AccessLogFilter(), Admin);
        Assert.Equal(2, admin.Total);
        Assert.All(admin.Rows, r => Assert.Null(r.Detail));
        Assert.Contains(admin.Rows, r => r.DossierCode == "H48.26.10-261120-0002");

        Assert.Contains((await log.SearchAsync(new AccessLogFilter(), Supervisor)).Rows, r => r.Detail == "Nguyễn Văn An");
        Assert.Equal(0, (await log.SearchAsync(new AccessLogFilter(), Counter)).Total);
    }

    [Fact]
    public async Task TheWriterLoopSavesWhatArrivesAndFlushesOnStop()
    {
        using var stop = new CancellationTokenSource();
        var writer = log.RunAsync(stop.Token);
        log.Record(new PersonalDataRead("tiepnhan", PersonalDataReads.Receipt, "H48.26.10-261120-0003", null, "10.0.0.5"));
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((await log.SearchAsync(new AccessLogFilter(), Supervisor)).Total == 0 && DateTime.UtcNow < deadline)
            await Task.Delay(20);
        Assert.Equal(1, (await log.SearchAsync(new AccessLogFilter(), Supervisor)).Total);

        log.Record(new PersonalDataRead("tiepnhan", PersonalDataReads.Form, "H48.26.10-261120-0003", "Mẫu 06", "10.0.0.5"));
        await stop.CancelAsync();
        await writer;
        Assert.Equal(2, (await log.SearchAsync(new AccessLogFilter(), Supervisor)).Total);
    }
}
