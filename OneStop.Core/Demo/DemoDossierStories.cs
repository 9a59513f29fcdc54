using Microsoft.EntityFrameworkCore;
using OneStop.Core.Accounts;
using OneStop.Core.Calendar;
using OneStop.Core.Catalog;
using OneStop.Core.Centre;
using OneStop.Core.Common;
using OneStop.Core.Documents;
using OneStop.Core.Dossiers;
using OneStop.Core.Payments;
using OneStop.Core.Persistence;

namespace OneStop.Core.Demo;

/// <summary>What a demo run made.</summary>
public sealed record DemoRunSummary(int Received, int Operations, int Refused, IReadOnlyDictionary<DossierStatus, int> ByStatus);

/// <summary>
/// Demo dossiers made through the real workflow: the Core services (reception, hand-over, supplement, apology, refusal,
/// withdrawal, result, return) driven by a clock that moves through the centre's office hours over the past weeks.
/// Every dossier therefore has its trail, its documents, its fees and a code in time order, exactly as if the demo
/// officers had done the work; the queues and every form have real examples.
/// </summary>
public static class DemoDossierStories
{
    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Lò", "Cầm", "Quàng", "Lường", "Hà", "Tòng", "Điêu", "Vì", "Mùa", "Giàng", "Đinh"];
    private static readonly string[] MaleMiddle = ["Văn", "Đức", "Minh", "Quang", "Xuân", "Thanh"];
    private static readonly string[] FemaleMiddle = ["Thị", "Thu", "Ngọc", "Hồng", "Kim", "Thanh"];
    private static readonly string[] MaleGiven = ["An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh", "Long", "Nam", "Phong", "Quân", "Sơn", "Thắng", "Tuấn", "Đạt"];
    private static readonly string[] FemaleGiven = ["Duyên", "Giang", "Hà", "Hạnh", "Hiền", "Hương", "Lan", "Linh", "Mai", "Nga", "Nhung", "Phương", "Thảo", "Trang", "Yến", "Ánh"];
    private static readonly string[] PhonePrefixes = ["091", "094", "098", "097", "086", "088", "032", "035", "039", "070", "077", "083", "085", "056", "058"];
    private static readonly string[] Hamlets = ["Tổ 1", "Tổ 2", "Tổ 3", "Tổ 5", "Tổ 7", "Bản Cá", "Bản Hẹo", "Bản Híp", "Bản Là"];

    private static readonly (string Item, string Reason)[] SupplementItems =
    [
        ("Bản sao Giấy chứng sinh", "Bản nộp là bản chụp, chưa chứng thực"),
        ("Văn bản ủy quyền", "Văn bản ủy quyền chưa có chữ ký của người ủy quyền"),
        ("Tờ khai", "Tờ khai ghi thiếu nơi cư trú của người yêu cầu"),
    ];

    private static readonly string[] RefusalReasons =
    [
        "Giấy tờ nộp kèm có dấu hiệu tẩy xóa, sửa chữa nội dung",
        "Người yêu cầu không thuộc trường hợp được cấp theo quy định",
        "Sự việc đã được đăng ký tại cơ quan khác",
    ];

    private enum Plan { Returned, ReadyNotCollected, WithSpecialist, AwaitingHandOver, Supplement, SupplementThenReturned, Apology, Refused, Withdrawn }

    /// <summary>
    /// Receives <paramref name="count"/> dossiers over the working days before <paramref name="now"/> and takes each one
    /// along its story as far as the clock allows. Uses the demo accounts' names (<see cref="DemoAccounts"/>).
    /// </summary>
    public static async Task<DemoRunSummary> RunAsync(IDbContextFactory<OneStopDbContext> factory, int count, DateTimeOffset now, int seed,
        CancellationToken ct = default)
    {
        if (count <= 0) return new DemoRunSummary(0, 0, 0, new Dictionary<DossierStatus, int>());
        var clock = new MovingClock(now);
        var calendars = new CalendarService(factory, new OneStop.Core.Centre.CentreOfficeHours(factory), clock);
        var centre = new CentreService(factory);
        var reception = new ReceptionService(factory, calendars, centre, clock);
        var processing = new ProcessingService(factory, calendars, clock);
        var payments = new PaymentService(factory, centre, new PdfSharpDocumentRenderer(), clock);
        var calendar = await calendars.LoadAsync(ct);
        var cast = Cast.FromDemoAccounts();

        List<Procedure> procedures;
        await using (var db = await factory.CreateDbContextAsync(ct))
            procedures = await db.Procedures.AsNoTracking().Where(p => p.IsActive).OrderBy(p => p.Id).ToListAsync(ct);
        if (procedures.Count == 0) throw new DomainException("Danh mục thủ tục trống: không tạo được hồ sơ mẫu.");

        var random = new Random(seed);
        var days = WorkingDaysBefore(calendar, VnTime.DateOf(now), Math.Clamp(count / 8, 5, 500));
        var stories = Enumerable.Range(0, count)
            .Select(_ => new Story(factory, random, procedures[WeightedIndex(random, procedures.Count)], ReceptionInstant(random, calendar, days, now)))
            .OrderBy(s => s.NextAt)
            .ToList();

        // One queue of what happens next, in time order across all dossiers: codes, trail and sequences stay in time order.
        var queue = new PriorityQueue<Story, (DateTimeOffset, int)>();
        for (var i = 0; i < stories.Count; i++) queue.Enqueue(stories[i], (stories[i].NextAt, i));
        int operations = 0, refused = 0, tiebreak = stories.Count;
        while (queue.TryDequeue(out var story, out _))
        {
            if (story.NextAt > now) continue;
            clock.Now = story.NextAt;
            var result = await story.StepAsync(reception, processing, payments, calendar, cast, now, ct);
            operations++;
            if (!result.IsSuccess) { refused++; continue; }
            if (!story.Finished) queue.Enqueue(story, (story.NextAt, tiebreak++));
        }

        await using var read = await factory.CreateDbContextAsync(ct);
        var byStatus = await read.Dossiers.AsNoTracking().GroupBy(d => d.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return new DemoRunSummary(stories.Count(s => s.DossierId != 0), operations, refused, byStatus.ToDictionary(x => x.Key, x => x.Count));
    }

    /// <summary>The demo officers, from the demo accounts.</summary>
    private sealed record Cast(Officer Counter, Officer Specialist, Officer Leader)
    {
        public static Cast FromDemoAccounts()
        {
            Officer Of(string role)
            {
                var a = DemoAccounts.All.First(x => x.Role == role);
                return new Officer(a.UserName, a.FullName, a.Role);
            }
            return new Cast(Of(Roles.CounterOfficer), Of(Roles.Specialist), Of(Roles.Leader));
        }
    }

    /// <summary>One dossier's story: a plan chosen up front, carried out one service call at a time.</summary>
    private sealed class Story(IDbContextFactory<OneStopDbContext> factory, Random random, Procedure procedure, DateTimeOffset receivedAt)
    {
        private readonly Random random = new(random.Next());
        // An apology needs a working day left before the appointment: short procedures are simply returned.
        private readonly Plan plan = Fit(ChoosePlan(random), procedure);
        private int step;
        private string? applicantId;
        private DateTimeOffset dueAt;
        private ResultDelivery delivery;

        public long DossierId { get; private set; }
        public DateTimeOffset NextAt { get; private set; } = receivedAt;
        public bool Finished { get; private set; }

        private static Plan Fit(Plan plan, Procedure procedure) =>
            plan == Plan.Apology && procedure.Deadline.WorkingHoursBudget() < 24 ? Plan.Returned : plan;

        private static Plan ChoosePlan(Random r) => r.NextDouble() switch
        {
            < 0.50 => Plan.Returned,
            < 0.60 => Plan.ReadyNotCollected,
            < 0.70 => Plan.WithSpecialist,
            < 0.75 => Plan.AwaitingHandOver,
            < 0.79 => Plan.Supplement,
            < 0.84 => Plan.SupplementThenReturned,
            < 0.89 => Plan.Apology,
            < 0.95 => Plan.Refused,
            _ => Plan.Withdrawn,
        };

        public async Task<Result> StepAsync(ReceptionService reception, ProcessingService processing, PaymentService payments,
            WorkingCalendar calendar, Cast cast, DateTimeOffset now, CancellationToken ct)
        {
            var at = NextAt;
            if (step == 0)
            {
                var r = await reception.ReceiveAsync(Request(at), cast.Counter, ct);
                if (!r.IsSuccess) return Stop(r);
                DossierId = r.Value!.Id;
                dueAt = r.Value.DueAt;
                // Most citizens pay the fee when they hand the papers in; the others pay when they collect the result.
                if (random.NextDouble() < 0.6 && await PayAsync(payments, cast, ct) is { IsSuccess: false } unpaid) return Stop(unpaid);
                return Next(calendar, at, random.Next(10, 90));
            }

            var budget = (double)procedure.Deadline.WorkingHoursBudget() * 60;
            var s = step;
            // The fee is settled before the result leaves the counter.
            if (IsLeaderStep(s - 3) && await PayAsync(payments, cast, ct) is { IsSuccess: false } notPaid) return Stop(notPaid);
            Result result = (plan, s) switch
            {
                (Plan.AwaitingHandOver, 1) => await HandOverAsync(processing, 1, Roles.Specialist, null, cast.Counter, ct),
                (_, 1) => await HandOverAsync(processing, 1, Roles.Specialist, cast.Specialist, cast.Counter, ct),
                (_, 2) => await ActAsync(v => processing.AcceptAsync(DossierId, v, cast.Specialist, ct)),
                (Plan.Refused, 3) => await ActAsync(v => processing.RefuseAsync(DossierId, v, RefusalReasons[random.Next(RefusalReasons.Length)], cast.Specialist, ct)),
                (Plan.Withdrawn, 3) => await ActAsync(v => processing.WithdrawAsync(DossierId, v, VnTime.DateOf(at),
                    "Công dân đã được giải quyết tại nơi khác", cast.Counter, ct)),
                (Plan.Supplement or Plan.SupplementThenReturned, 3) => await ActAsync(v => processing.RequestSupplementAsync(DossierId, v,
                    [ToSlip(SupplementItems[random.Next(SupplementItems.Length)])], cast.Specialist, ct)),
                (Plan.SupplementThenReturned, 4) => await ActAsync(v => processing.CompleteSupplementAsync(DossierId, v, cast.Counter, ct)),
                (Plan.Apology, 3) => await ActAsync(v => processing.ProposeApologyAsync(DossierId, v,
                    calendar.AddWorkingMinutes(dueAt, Math.Max(480, budget / 2)), "Cần xác minh thông tin tại cơ quan khác", cast.Specialist, ct)),
                (Plan.Apology, 4) => await ActAsync(v => processing.DecideApologyAsync(DossierId, v, true, cast.Leader, ct)),
                (_, _) when IsLeaderStep(s) => await HandOverAsync(processing, 2, Roles.Leader, cast.Leader, cast.Specialist, ct),
                (_, _) when IsLeaderStep(s - 1) => await ActAsync(v => processing.AcceptAsync(DossierId, v, cast.Leader, ct)),
                (_, _) when IsLeaderStep(s - 2) => await ActAsync(v => processing.MarkResultReadyAsync(DossierId, v, cast.Leader, ct)),
                (_, _) when IsLeaderStep(s - 3) => await ActAsync(v => processing.ReturnAsync(DossierId, v, delivery == ResultDelivery.ByPost
                    ? new ReturnRequest(false, null, null, ByPost: true, TrackingNumber: $"EB{random.Next(100_000_000, 999_999_999)}VN")
                    : new ReturnRequest(true, null, applicantId), cast.Counter, ct)),
                _ => Result.Ok(),
            };
            if (!result.IsSuccess) return Stop(result);

            // Where each plan stops, and how long the next step waits (working minutes).
            var last = plan switch
            {
                Plan.AwaitingHandOver => 1,
                Plan.WithSpecialist => 2,
                Plan.Refused or Plan.Withdrawn or Plan.Supplement => 3,
                Plan.ReadyNotCollected => LeaderStep + 2,
                _ => LeaderStep + 3,
            };
            if (s >= last) { Finished = true; return result; }
            var wait = (plan, s) switch
            {
                (_, 2) when plan is Plan.Apology => Math.Max(5, calendar.WorkingMinutesBetween(at, dueAt) - 600),
                (_, 2) => budget * (0.2 + (random.NextDouble() * 0.4)),
                (Plan.SupplementThenReturned, 3) => random.Next(240, 1400),
                (Plan.Apology, 3) => random.Next(30, 240),
                (_, _) when IsLeaderStep(s) => random.Next(10, 120),
                (_, _) when IsLeaderStep(s - 1) => budget * (0.05 + (random.NextDouble() * (random.NextDouble() < 0.1 ? 0.9 : 0.25))),
                (_, _) when IsLeaderStep(s - 2) => random.Next(30, 1500),
                _ => random.Next(10, 90),
            };
            return Next(calendar, at, wait);
        }

        /// <summary>The step at which the dossier goes to the leader: after the detour of a supplement or an apology.</summary>
        private int LeaderStep => plan switch
        {
            Plan.SupplementThenReturned or Plan.Apology => 5,
            _ => 3,
        };

        private bool IsLeaderStep(int s) => s == LeaderStep;

        private Result Next(WorkingCalendar calendar, DateTimeOffset from, double workingMinutes)
        {
            step++;
            NextAt = calendar.AddWorkingMinutes(from, Math.Max(1, workingMinutes));
            return Result.Ok();
        }

        private Result Stop(Result r)
        {
            Finished = true;
            return r;
        }

        /// <summary>Pays the fee (cash or a bank transfer) when one is due and unpaid.</summary>
        private async Task<Result> PayAsync(PaymentService payments, Cast cast, CancellationToken ct)
        {
            if (!await payments.IsFeeUnpaidAsync(DossierId, ct)) return Result.Ok();
            var transfer = random.NextDouble() < 0.45;
            var request = new PaymentRequest(transfer ? PaymentMethod.Transfer : PaymentMethod.Cash,
                transfer ? $"FT{random.Next(10_000_000, 99_999_999)}{DossierId:000000}" : null);
            return await ActAsync(async v => await payments.RecordAsync(DossierId, v, request, cast.Counter, ct));
        }

        private static SlipItem ToSlip((string Item, string Reason) x) => new(x.Item, x.Reason);

        private async Task<Result> HandOverAsync(ProcessingService processing, int toStep, string role, Officer? person, Officer by, CancellationToken ct) =>
            await ActAsync(v => processing.HandOverAsync(DossierId, v, new HandOverTarget(toStep, role, person?.UserName, person?.FullName), null, by, ct));

        /// <summary>Acts on the version the dossier has now, as an officer acts on the page they see.</summary>
        private async Task<Result> ActAsync(Func<int, Task<Result>> action)
        {
            int version;
            await using (var db = await factory.CreateDbContextAsync())
                version = await db.Dossiers.AsNoTracking().Where(d => d.Id == DossierId).Select(d => d.Version).FirstAsync();
            return await action(version);
        }

        private ReceptionRequest Request(DateTimeOffset at)
        {
            var female = random.NextDouble() < 0.5;
            var name = $"{FamilyNames[random.Next(FamilyNames.Length)]} {(female ? FemaleMiddle : MaleMiddle)[random.Next(6)]} " +
                       $"{(female ? FemaleGiven : MaleGiven)[random.Next(female ? FemaleGiven.Length : MaleGiven.Length)]}";
            var year = random.Next(1950, 2006);
            var centuryDigit = (year >= 2000 ? 2 : 0) + (female ? 1 : 0);
            applicantId = $"014{centuryDigit}{year % 100:00}{random.Next(0, 1_000_000):000000}";
            var birth = new DateOnly(year, random.Next(1, 13), random.Next(1, 29));
            var online = random.NextDouble() < 0.12;
            delivery = random.NextDouble() < 0.08 ? ResultDelivery.ByPost : ResultDelivery.AtCounter;
            var address = $"{Hamlets[random.Next(Hamlets.Length)]}, phường Chiềng Lề, tỉnh Sơn La";
            var perUnit = procedure.Fees.Any(f => f.IsPerUnit);
            return new ReceptionRequest
            {
                ProcedureId = procedure.Id,
                FullName = name,
                IdNumber = applicantId,
                BirthDate = birth,
                Phone = $"{PhonePrefixes[random.Next(PhonePrefixes.Length)]}{random.Next(0, 10_000_000):0000000}",
                Address = address,
                Checklist = procedure.Documents.Select(d => new ChecklistItem(d.Name, d.Form, d.Count, Provided: !d.Optional || random.NextDouble() < 0.5, d.Optional)).ToList(),
                Channel = online ? ReceptionChannel.Online : ReceptionChannel.Direct,
                SubmittedAt = online ? at.AddMinutes(-random.Next(30, 60 * 24)) : null,
                Delivery = delivery,
                PostalAddress = delivery == ResultDelivery.ByPost ? address : null,
                Fee = new FeeRequest(Units: perUnit ? random.Next(1, 6) : 1, Copies: perUnit ? random.Next(1, 4) : 1),
            };
        }
    }

    /// <summary>The last <paramref name="count"/> working days up to and including <paramref name="today"/> (if it is one).</summary>
    private static List<DateOnly> WorkingDaysBefore(WorkingCalendar calendar, DateOnly today, int count)
    {
        var days = new List<DateOnly>(count);
        for (var d = today; days.Count < count && d > today.AddDays(-3 * count - 30); d = d.AddDays(-1))
            if (calendar.IsWorkingDay(d)) days.Add(d);
        return days;
    }

    /// <summary>A moment inside a working session of one of the days, never after <paramref name="now"/>.</summary>
    private static DateTimeOffset ReceptionInstant(Random r, WorkingCalendar calendar, List<DateOnly> days, DateTimeOffset now)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var day = days[r.Next(days.Count)];
            var sessions = calendar.SessionsOn(day).Where(s => !s.ReceptionOnly).ToList();
            if (sessions.Count == 0) continue;
            var session = sessions[r.Next(sessions.Count)];
            var minutes = (int)(session.End - session.Start).TotalMinutes;
            // Leave the last quarter hour: nobody starts a new dossier as the doors close.
            var at = VnTime.At(day, session.Start.AddMinutes(r.Next(0, Math.Max(1, minutes - 15))));
            if (at <= now) return at;
        }
        return VnTime.At(days[^1], calendar.SessionsOn(days[^1])[0].Start);
    }

    // A few procedures (copies, certifications) make up most of a ward's day.
    private static int WeightedIndex(Random r, int n) => Math.Min(n - 1, (int)(n * Math.Pow(r.NextDouble(), 1.8)));

    /// <summary>A clock the run moves forward; the services read "now" from it.</summary>
    private sealed class MovingClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;
        public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
    }
}
