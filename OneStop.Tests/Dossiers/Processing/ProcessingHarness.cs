using Microsoft.EntityFrameworkCore;
using OneStop.Core.Accounts;
using OneStop.Core.Calendar;
using OneStop.Core.Catalog;
using OneStop.Core.Centre;
using OneStop.Core.Common;
using OneStop.Core.Documents;
using OneStop.Core.Dossiers;
using OneStop.Core.Persistence;
using OneStop.Tests.Calendar.Web;
using OneStop.Tests.TestSupport;

namespace OneStop.Tests.Dossiers.Processing;

/// <summary>
/// The processing services on real SQLite (in memory, or a migrated temp file for concurrency), the official calendar,
/// the demo centre, one 3-working-day procedure and a clock the test moves.
/// </summary>
public sealed class ProcessingHarness : IDisposable
{
    public const string ApplicantId = "014190001234";
    public static readonly Officer Counter = new("tiepnhan", "Lò Thị Tiếp", Roles.CounterOfficer);
    public static readonly Officer Specialist = new("chuyenvien", "Cầm Văn Chuyên", Roles.Specialist);
    public static readonly Officer Specialist2 = new("chuyenvien2", "Lường Thị Hai", Roles.Specialist);
    public static readonly Officer Leader = new("lanhdao", "Hà Văn Đạo", Roles.Leader);
    public static readonly string[] SpecialistRoles = [Roles.Specialist];
    public static readonly string[] LeaderRoles = [Roles.Leader];

    private readonly IDisposable? owned;
    private readonly string? file;

    private ProcessingHarness(IDbContextFactory<OneStopDbContext> factory, IDisposable? owned, string? file, DateTimeOffset now)
    {
        Factory = factory;
        this.owned = owned;
        this.file = file;
        Clock = new FakeClock(now);
        Calendars = new CalendarService(factory, new OneStop.Core.Centre.CentreOfficeHours(factory), Clock);
        Centre = new CentreService(factory);
        Reception = new ReceptionService(factory, Calendars, Centre, Clock);
        Processing = new ProcessingService(factory, Calendars, Clock);
        Queues = new DossierQueues(factory, Calendars, Clock);
        Dossiers = new DossierService(factory, Centre, new PdfSharpDocumentRenderer(), Clock);
    }

    public IDbContextFactory<OneStopDbContext> Factory { get; }
    public FakeClock Clock { get; }
    public CalendarService Calendars { get; }
    public CentreService Centre { get; }
    public ReceptionService Reception { get; }
    public ProcessingService Processing { get; }
    public DossierQueues Queues { get; }
    public DossierService Dossiers { get; }
    public int ProcedureId { get; private set; }

    /// <summary>In-memory SQLite (EnsureCreated + the FTS5 search index).</summary>
    public static async Task<ProcessingHarness> InMemoryAsync(DateTimeOffset now, Deadline? deadline = null)
    {
        var db = new SqliteTestDatabase();
        await using (var ctx = db.CreateDbContext()) SearchIndex.Ensure(ctx);
        var h = new ProcessingHarness(db, db, null, now);
        await h.SeedAsync(deadline ?? new Deadline(DeadlineKind.WorkingDays, 3));
        return h;
    }

    /// <summary>A migrated temp file (WAL, busy timeout): separate connections, as in the app.</summary>
    public static async Task<ProcessingHarness> TempFileAsync(DateTimeOffset now)
    {
        var path = Path.Combine(Path.GetTempPath(), "onestop-processing-" + Guid.NewGuid().ToString("N")[..10] + ".db");
        var factory = new FileFactory(path);
        await using (var ctx = factory.CreateDbContext()) await OneStopDatabase.MigrateAsync(ctx);
        var h = new ProcessingHarness(factory, null, path, now);
        await h.SeedAsync(new Deadline(DeadlineKind.WorkingDays, 3));
        return h;
    }

    private async Task SeedAsync(Deadline deadline)
    {
        await using (var db = await Factory.CreateDbContextAsync())
        {
            db.CentreSettings.Add(DemoCentre.Create());
            var p = new Procedure("1.000001", "HT", "Đăng ký khai sinh", deadline, [], []);
            db.Procedures.Add(p);
            await db.SaveChangesAsync();
            ProcedureId = p.Id;
        }
        await Calendars.SeedFromOfficialAsync();
    }

    /// <summary>Viet Nam local time as an instant.</summary>
    public static DateTimeOffset Vn(int year, int month, int day, int hour, int minute = 0) =>
        VnTime.At(new DateOnly(year, month, day), new TimeOnly(hour, minute));

    public async Task<ReceivedDossier> ReceiveAsync(string name = "Nguyễn Thị Hồng Nhung", string id = ApplicantId, string? phone = "0912345678",
        ResultDelivery delivery = ResultDelivery.AtCounter)
    {
        var r = await Reception.ReceiveAsync(new ReceptionRequest
        {
            ProcedureId = ProcedureId, FullName = name, IdNumber = id, Phone = phone, Address = "Tổ 5, phường Chiềng Lề, tỉnh Sơn La",
            Delivery = delivery, PostalAddress = delivery == ResultDelivery.ByPost ? "Số 1 Tô Hiệu, Sơn La" : null,
        }, Counter);
        Assert.True(r.IsSuccess, r.Error + " " + string.Join("; ", r.FieldErrors.Values));
        return r.Value!;
    }

    public async Task<Dossier> GetAsync(long id)
    {
        await using var db = await Factory.CreateDbContextAsync();
        return await db.Dossiers.AsNoTracking().FirstAsync(d => d.Id == id);
    }

    public async Task<List<DossierEvent>> EventsAsync(long id)
    {
        await using var db = await Factory.CreateDbContextAsync();
        return await db.DossierEvents.AsNoTracking().Where(e => e.DossierId == id).OrderBy(e => e.Id).ToListAsync();
    }

    public async Task OkAsync(Func<int, Task<Result>> operation, long id)
    {
        var d = await GetAsync(id);
        var r = await operation(d.Version);
        Assert.True(r.IsSuccess, r.Error + " " + string.Join("; ", r.FieldErrors.Values));
    }

    /// <summary>Counter hands over to the specialist step (index 1), the specialist accepts.</summary>
    public async Task ToSpecialistAsync(long id, string? user = "chuyenvien")
    {
        await OkAsync(v => Processing.HandOverAsync(id, v, new HandOverTarget(1, Roles.Specialist, user, user is null ? null : Specialist.FullName), null, Counter), id);
        await OkAsync(v => Processing.AcceptAsync(id, v, Specialist), id);
    }

    public async Task<Result> ReadyAsync(long id) => await Processing.MarkResultReadyAsync(id, (await GetAsync(id)).Version, Specialist);

    public void Dispose()
    {
        owned?.Dispose();
        if (file is null) return;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { file, file + "-wal", file + "-shm" })
            try { File.Delete(f); } catch (IOException) { }
    }

    private sealed class FileFactory(string path) : IDbContextFactory<OneStopDbContext>
    {
        private readonly DbContextOptions<OneStopDbContext> options = Build(path);

        private static DbContextOptions<OneStopDbContext> Build(string path)
        {
            var b = new DbContextOptionsBuilder<OneStopDbContext>();
            OneStopDatabase.Configure(b, OneStopDatabase.ConnectionString(path));
            return b.Options;
        }

        public OneStopDbContext CreateDbContext() => new(options);
    }
}
