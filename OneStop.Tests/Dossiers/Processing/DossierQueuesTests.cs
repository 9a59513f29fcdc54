using Microsoft.EntityFrameworkCore;
using OneStop.Core.Accounts;
using OneStop.Core.Dossiers;
using static OneStop.Tests.Dossiers.Processing.ProcessingHarness;

namespace OneStop.Tests.Dossiers.Processing;

/// <summary>
/// The queues on SQLite, looked at on Wed 11/03/2026 08:00 with seven dossiers (3 working days each):
/// O received Mon 02/03 (due Thu 05/03: overdue), left at the counter;
/// S received Fri 06/03 09:00 (due Wed 11/03 09:00: one working hour left), with the specialist;
/// A (Mon 09/03, due Thu 12/03 09:00) at the counter; B handed to the specialists' desk, not taken;
/// C with the specialist; D with the specialist, waiting for a supplement; E result ready.
/// </summary>
public sealed class DossierQueuesTests : IAsyncLifetime
{
    private ProcessingHarness h = default!;
    private readonly Dictionary<string, long> ids = [];

    private static readonly string[] CounterRoles = [Roles.CounterOfficer];
    private static readonly string[] SupervisorRoles = [Roles.Supervisor];

    public async Task InitializeAsync()
    {
        h = await InMemoryAsync(Vn(2026, 3, 2, 9));
        ids["O"] = (await h.ReceiveAsync("Đặng Văn Ổn", "001099000001", "0911000001")).Id;
        h.Clock.Now = Vn(2026, 3, 6, 9);
        ids["S"] = (await h.ReceiveAsync("Lò Thị Sắp", "001099000002", "0911000002")).Id;
        await h.ToSpecialistAsync(ids["S"]);
        h.Clock.Now = Vn(2026, 3, 9, 9);
        ids["A"] = (await h.ReceiveAsync("Nguyễn Thị Hồng Nhung", ApplicantId, "0912345678")).Id;
        ids["B"] = (await h.ReceiveAsync("Nguyễn Thị Hoa", "001099000004", "0911000004")).Id;
        await h.OkAsync(v => h.Processing.HandOverAsync(ids["B"], v, new HandOverTarget(1, Roles.Specialist, null, null), null, Counter), ids["B"]);
        ids["C"] = (await h.ReceiveAsync("Trần Văn Chí", "001099000005", "0911000005")).Id;
        await h.ToSpecialistAsync(ids["C"]);
        ids["D"] = (await h.ReceiveAsync("Phạm Thị Dung", "001099000006", "0911000006")).Id;
        await h.ToSpecialistAsync(ids["D"]);
        await h.OkAsync(v => h.Processing.RequestSupplementAsync(ids["D"], v, [new SlipItem("Tờ khai", "Thiếu chữ ký")], Specialist), ids["D"]);
        ids["E"] = (await h.ReceiveAsync("Hà Văn Em", "001099000007", "0911000007")).Id;
        await h.ToSpecialistAsync(ids["E"]);
        Assert.True((await h.ReadyAsync(ids["E"])).IsSuccess);
        h.Clock.Now = Vn(2026, 3, 11, 8);
    }

    public Task DisposeAsync()
    {
        h.Dispose();
        return Task.CompletedTask;
    }

    private string[] Names(IEnumerable<QueueItem> items) => items.Select(i => ids.Single(kv => kv.Value == i.Id).Key).Order().ToArray();

    public static TheoryData<string, string[], QueueKind, string> Expectations => new()
    {
        // Counter officer: what they hold, the overdue one they hold, and every result waiting at the counter.
        { "tiepnhan", CounterRoles, QueueKind.Mine, "A,O" },
        { "tiepnhan", CounterRoles, QueueKind.AwaitingHandOver, "" },
        { "tiepnhan", CounterRoles, QueueKind.DueSoon, "" },
        { "tiepnhan", CounterRoles, QueueKind.Overdue, "O" },
        { "tiepnhan", CounterRoles, QueueKind.AwaitingSupplement, "" },
        { "tiepnhan", CounterRoles, QueueKind.AwaitingReturn, "E" },
        // Specialist: own accepted dossiers (a supplement wait is still theirs) and the desk's untaken hand-over.
        { "chuyenvien", SpecialistRoles, QueueKind.Mine, "C,D,S" },
        { "chuyenvien", SpecialistRoles, QueueKind.AwaitingHandOver, "B" },
        { "chuyenvien", SpecialistRoles, QueueKind.DueSoon, "S" },
        { "chuyenvien", SpecialistRoles, QueueKind.Overdue, "" },
        { "chuyenvien", SpecialistRoles, QueueKind.AwaitingSupplement, "D" },
        { "chuyenvien", SpecialistRoles, QueueKind.AwaitingReturn, "E" },
        // Supervisor: the whole centre, holds nothing personally.
        { "giamsat", SupervisorRoles, QueueKind.Mine, "" },
        { "giamsat", SupervisorRoles, QueueKind.AwaitingHandOver, "B" },
        { "giamsat", SupervisorRoles, QueueKind.DueSoon, "S" },
        { "giamsat", SupervisorRoles, QueueKind.Overdue, "O" },
        { "giamsat", SupervisorRoles, QueueKind.AwaitingSupplement, "D" },
        { "giamsat", SupervisorRoles, QueueKind.AwaitingReturn, "E" },
    };

    [Theory]
    [MemberData(nameof(Expectations))]
    public async Task EachQueueHoldsWhatThatPersonShouldSee(string user, string[] roles, QueueKind kind, string expected)
    {
        var items = await h.Queues.ListAsync(kind, user, roles, new QueueFilter());
        var counts = await h.Queues.CountsAsync(user, roles);

        var want = expected.Split(',', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(want, Names(items));
        Assert.Equal(want.Length, counts[kind]);
    }

    [Fact]
    public async Task UrgencyAndTheApologyFlagComeFromTheWorkingCalendar()
    {
        var all = (await h.Queues.ListAsync(QueueKind.DueSoon, "giamsat", SupervisorRoles, new QueueFilter()))
            .Concat(await h.Queues.ListAsync(QueueKind.Overdue, "giamsat", SupervisorRoles, new QueueFilter()))
            .Concat(await h.Queues.ListAsync(QueueKind.Mine, "chuyenvien", SpecialistRoles, new QueueFilter()))
            .DistinctBy(i => i.Id).ToDictionary(i => ids.Single(kv => kv.Value == i.Id).Key);

        Assert.Equal(Urgency.Overdue, all["O"].Urgency);
        Assert.Equal(Urgency.DueSoon, all["S"].Urgency);
        Assert.Equal(60, all["S"].WorkingMinutesLeft);
        Assert.True(all["S"].NeedsApology);
        Assert.Equal(Urgency.Normal, all["C"].Urgency);   // 9 working hours left
        Assert.False(all["C"].NeedsApology);
    }

    [Fact]
    public async Task ApprovedApologyClearsTheApologyFlag()
    {
        h.Clock.Now = Vn(2026, 3, 10, 9);
        await h.OkAsync(v => h.Processing.ProposeApologyAsync(ids["S"], v, Vn(2026, 3, 13, 16), "Chờ xác minh", Specialist), ids["S"]);
        await h.OkAsync(v => h.Processing.DecideApologyAsync(ids["S"], v, true, Leader), ids["S"]);
        h.Clock.Now = Vn(2026, 3, 11, 8);

        var mine = await h.Queues.ListAsync(QueueKind.Mine, "chuyenvien", SpecialistRoles, new QueueFilter());

        var s = mine.Single(i => i.Id == ids["S"]);
        Assert.False(s.NeedsApology);
        Assert.Equal(Urgency.Normal, s.Urgency);   // the new appointment is in force for the work queues
    }

    [Fact]
    public async Task DossierWaitingForTheCitizensSupplementIsNeitherOverdueNorFlagged()
    {
        // Rule 5: the time spent waiting for the citizen is not the centre's delay; D's old due (Thu 12/03 09:00) has passed.
        h.Clock.Now = Vn(2026, 3, 16, 9);

        var overdue = await h.Queues.ListAsync(QueueKind.Overdue, "giamsat", SupervisorRoles, new QueueFilter());
        var waiting = await h.Queues.ListAsync(QueueKind.AwaitingSupplement, "giamsat", SupervisorRoles, new QueueFilter());

        Assert.DoesNotContain(overdue, i => i.Id == ids["D"]);
        var d = Assert.Single(waiting);
        Assert.Equal(Urgency.Normal, d.Urgency);
        Assert.False(d.NeedsApology);
        Assert.Equal(5, (await h.Queues.CountsAsync("giamsat", SupervisorRoles))[QueueKind.Overdue]);   // O, S, A, B, C; not D
    }

    [Theory]
    [InlineData(11, 8)]    // S one working hour from due, O overdue, D waiting for its supplement before its old due
    [InlineData(16, 9)]    // D's old due (Thu 12/03 09:00) long past while it waits for the citizen: not "Quá hạn"
    public async Task HomePageCountsAreTheSupervisorsQueueCounts(int day, int hour)
    {
        h.Clock.Now = Vn(2026, 3, day, hour);

        var home = await h.Queues.SummaryAsync();
        var queues = await h.Queues.CountsAsync("giamsat", SupervisorRoles);
        var overdue = await h.Queues.ListAsync(QueueKind.Overdue, "giamsat", SupervisorRoles, new QueueFilter());

        Assert.Equal(queues[QueueKind.Overdue], home.Overdue);
        Assert.Equal(queues[QueueKind.AwaitingReturn], home.ReadyToReturn);
        Assert.Equal(overdue.Count, home.Overdue);
        Assert.DoesNotContain(overdue, i => i.Id == ids["D"]);
        Assert.Equal(6, home.Open);   // O, S, A, B, C and D: waiting for a supplement is still open work
    }

    [Theory]
    [InlineData("nguyen thi hong", "A")]           // no diacritics, prefix of the last word
    [InlineData("Nguyễn Thị Hồng", "A")]           // with diacritics
    [InlineData("NGUYEN THI H", "A,B")]            // prefixes: Hồng and Hoa
    [InlineData("dang van on", "O")]               // đ folds to d
    [InlineData("014190001234", "A")]              // CCCD
    [InlineData("0912 345 678", "A")]              // phone, typed in groups
    [InlineData("+84911000005", "C")]              // phone, international form
    [InlineData("le van khong", "")]               // nobody
    public async Task SearchFindsByNameWithoutDiacriticsByCccdAndByPhone(string query, string expected)
    {
        await using var db = await h.Factory.CreateDbContextAsync();
        var found = await DossierSearch.Apply(db, db.Dossiers.AsNoTracking(), query).Select(d => d.Id).ToListAsync();

        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), found.Select(f => ids.Single(kv => kv.Value == f).Key).Order());
    }

    [Fact]
    public async Task QueueSearchNarrowsTheList()
    {
        var items = await h.Queues.ListAsync(QueueKind.Mine, "tiepnhan", CounterRoles, new QueueFilter(Search: "nguyen thi hong"));

        Assert.Equal(["A"], Names(items));
    }
}
