using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OneStop.Core.Accounts;
using OneStop.Core.Calendar;
using OneStop.Core.Catalog;
using OneStop.Core.Common;
using OneStop.Core.Documents.Forms;
using OneStop.Core.Persistence;

namespace OneStop.Core.Dossiers;

/// <summary>Where a hand-over goes: the next step's role, optionally a named person.</summary>
public sealed record HandOverTarget(int Step, string Role, string? UserName, string? FullName);

/// <summary>
/// Moves dossiers through processing. Every operation is one write transaction: the dossier's change and its event
/// in the hash chain. The caller passes the version it showed; if someone else acted first the operation is refused
/// (optimistic concurrency) and the page reloads fresh data.
/// </summary>
public sealed class ProcessingService(IDbContextFactory<OneStopDbContext> factory, CalendarService calendars, TimeProvider clock,
    ILogger<ProcessingService>? logger = null, DossierChanges? changes = null)
{
    private ILogger Log => logger ?? (ILogger)NullLogger.Instance;

    public const string Conflict = "Hồ sơ vừa được người khác cập nhật. Dữ liệu mới nhất đã được tải lại; vui lòng kiểm tra rồi thao tác lại.";

    public Task<Result> HandOverAsync(long id, int expectedVersion, HandOverTarget target, string? note, Officer by, CancellationToken ct = default) =>
        HandOverAsync(id, expectedVersion, target, note, by, null, ct);

    private Task<Result> HandOverAsync(long id, int expectedVersion, HandOverTarget target, string? note, Officer by, string? batch, CancellationToken ct) =>
        RunAsync(id, expectedVersion, by, DossierAction.HandOver, DossierEventKinds.HandedOver, note, async (d, db, now) =>
        {
            var steps = await StepsAsync(db, d, ct);
            if (target.Step < 0 || target.Step >= steps.Count) return (Result.Invalid("Bước xử lý không hợp lệ."), null);
            if (!Roles.All.Contains(target.Role)) return (Result.Invalid("Chọn bộ phận nhận hồ sơ."), null);
            var fromStep = d.CurrentStep;
            var plannedAt = await PlannedEndAsync(d, steps, ct);
            var r = d.HandOver(target.Step, target.Role, target.UserName, target.FullName, now);
            return (r, new HandedOverData(
                fromStep, steps[Math.Min(fromStep, steps.Count - 1)].Name, target.Step, steps[target.Step].Name,
                target.Role, target.UserName, target.FullName, plannedAt, batch));
        }, ct);

    public Task<Result> AcceptAsync(long id, int expectedVersion, Officer by, CancellationToken ct = default) =>
        RunAsync(id, expectedVersion, by, DossierAction.Accept, DossierEventKinds.Accepted, null,
            (d, _, now) => Task.FromResult<(Result, DossierEventData?)>((d.Accept(by.UserName, by.FullName, by.HeldRoles, now), null)), ct);

    /// <summary>Once per dossier (§6); the PDF (Mẫu 02) lists the items.</summary>
    public Task<Result> RequestSupplementAsync(long id, int expectedVersion, IReadOnlyList<SlipItem> items, Officer by, CancellationToken ct = default)
    {
        var clean = items.Select(i => new SlipItem(VietnameseText.Clean(i.Item), VietnameseText.Clean(i.Reason))).Where(i => i.Item.Length > 0).ToList();
        if (clean.Count == 0) return Task.FromResult(Result.Invalid("Liệt kê ít nhất một giấy tờ cần bổ sung."));
        if (clean.Any(i => i.Reason.Length == 0)) return Task.FromResult(Result.Invalid("Ghi lý do cho từng giấy tờ cần bổ sung."));
        return RunAsync(id, expectedVersion, by, DossierAction.RequestSupplement, DossierEventKinds.SupplementRequested, string.Join("; ", clean.Select(i => i.Item)),
            async (d, db, now) =>
            {
                var r = d.RequestSupplement(now);
                if (!r.IsSuccess) return (r, null);
                // Numbered inside the request's transaction, like every letter: a rolled-back request never took a number.
                var number = await Sequences.NextAsync(db, SupplementRequestedData.SequenceScope(now.Year), ct);
                return (r, new SupplementRequestedData(clean, (int)number, now.Year));
            }, ct);
    }

    /// <summary>Rule 5: the processing time starts again from the moment the complete supplement is handed in.</summary>
    public Task<Result> CompleteSupplementAsync(long id, int expectedVersion, Officer by, CancellationToken ct = default) =>
        RunAsync(id, expectedVersion, by, DossierAction.CompleteSupplement, DossierEventKinds.SupplementCompleted, null, async (d, db, now) =>
        {
            var procedure = await db.Procedures.AsNoTracking().FirstAsync(p => p.Id == d.ProcedureId, ct);
            var calendar = await calendars.LoadAsync(ct);
            var newDue = calendar.DueAt(now, procedure.Deadline);
            var oldDue = d.DueAt;
            var r = d.CompleteSupplement(newDue, now);
            return (r, new SupplementCompletedData(oldDue, newDue));
        }, ct);

    public Task<Result> ProposeApologyAsync(long id, int expectedVersion, DateTimeOffset newDueAt, string reason, Officer by, CancellationToken ct = default) =>
        RunAsync(id, expectedVersion, by, DossierAction.ProposeApology, DossierEventKinds.ApologyProposed, reason, async (d, _, now) =>
        {
            var calendar = await calendars.LoadAsync(ct);
            var left = calendar.WorkingMinutesBetween(now, d.DueAt);
            return (d.ProposeApology(newDueAt, reason, by.FullName, left), new ApologyProposedData(d.DueAt, newDueAt));
        }, ct);

    public Task<Result> DecideApologyAsync(long id, int expectedVersion, bool approve, Officer by, CancellationToken ct = default) =>
        RunAsync(id, expectedVersion, by, DossierAction.DecideApology, approve ? DossierEventKinds.ApologyApproved : DossierEventKinds.ApologyRejected, null,
            async (d, db, now) =>
            {
                var r = d.DecideApology(approve, by.FullName, now);
                if (!r.IsSuccess || !approve) return (r, new ApologyDecidedData(d.ProposedDueAt));
                var number = await Sequences.NextAsync(db, ApologyDecidedData.SequenceScope(now.Year), ct);
                return (r, new ApologyDecidedData(d.ProposedDueAt, (int)number, now.Year));
            }, ct);

    public Task<Result> MarkResultReadyAsync(long id, int expectedVersion, Officer by, CancellationToken ct = default) =>
        RunAsync(id, expectedVersion, by, DossierAction.MarkResultReady, DossierEventKinds.ResultReady, null,
            (d, _, now) => Task.FromResult<(Result, DossierEventData?)>((d.MarkResultReady(now), null)), ct);

    /// <summary>
    /// Hands the result over. At the counter: the applicant (their identifier must match) or an authorised person
    /// (name and a valid identifier). By post: the postal tracking number.
    /// </summary>
    public async Task<Result> ReturnAsync(long id, int expectedVersion, ReturnRequest request, Officer by, CancellationToken ct = default)
    {
        var unpaid = await IsFeeUnpaidAsync(id, ct);
        if (unpaid && !request.AcceptUnpaidFee) return Result.Invalid(UnpaidFee);
        return await ReturnCheckedAsync(id, expectedVersion, request, by, unpaid ? UnpaidFeeNote : null, ct);
    }

    /// <summary>Asked before a result leaves with its fee neither paid nor exempted (§7): the officer confirms, the trail says so.</summary>
    public const string UnpaidFee = "Hồ sơ còn phí, lệ phí chưa nộp. Thu phí trước khi trả kết quả, hoặc xác nhận trả kết quả khi chưa nộp phí.";
    public const string UnpaidFeeNote = "Trả kết quả khi phí, lệ phí chưa nộp (cán bộ đã xác nhận)";

    /// <summary>A fee is due and neither paid nor exempted.</summary>
    public async Task<bool> IsFeeUnpaidAsync(long id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var fee = await db.Dossiers.AsNoTracking().Where(d => d.Id == id).Select(d => new { d.FeeTotal, d.FeeExemptReason }).FirstOrDefaultAsync(ct);
        return fee is { FeeTotal: > 0, FeeExemptReason: null } && !await db.Payments.AnyAsync(p => p.DossierId == id, ct);
    }

    private Task<Result> ReturnCheckedAsync(long id, int expectedVersion, ReturnRequest request, Officer by, string? note, CancellationToken ct) =>
        RunAsync(id, expectedVersion, by, DossierAction.Return, DossierEventKinds.Returned, note, (d, _, now) =>
        {
            if (d.Delivery == ResultDelivery.ByPost || request.ByPost)
            {
                var tracking = (request.TrackingNumber ?? "").Trim().ToUpperInvariant();
                if (tracking.Length < 6) return Task.FromResult<(Result, DossierEventData?)>((Result.Invalid("Nhập số hiệu bưu gửi (mã vận đơn)."), null));
                return Task.FromResult<(Result, DossierEventData?)>((d.Return(d.ApplicantName, null, tracking, now), new ReturnedData(Tracking: tracking)));
            }
            if (!CitizenId.TryParse(request.CollectorIdNumber, out var cid, out var idError))
                return Task.FromResult<(Result, DossierEventData?)>((Result.Invalid("Số định danh người nhận: " + idError), null));
            string name;
            if (request.IsApplicant)
            {
                if (d.ApplicantIdNumber is not null && cid.Value.Value != d.ApplicantIdNumber)
                    return Task.FromResult<(Result, DossierEventData?)>((Result.Invalid("Số định danh không khớp với người nộp hồ sơ. Nếu là người được ủy quyền, chọn “Người được ủy quyền”."), null));
                name = d.ApplicantName;
            }
            else
            {
                name = VietnameseText.Clean(request.CollectorName);
                if (name.Length == 0) return Task.FromResult<(Result, DossierEventData?)>((Result.Invalid("Nhập họ tên người nhận kết quả."), null));
                if (!VietnameseText.IsPersonName(name)) return Task.FromResult<(Result, DossierEventData?)>((Result.Invalid(VietnameseText.NameCharactersError), null));
            }
            return Task.FromResult<(Result, DossierEventData?)>((d.Return(name, cid.Value.Value, null, now), new ReturnedData(name, cid.Value.Value)));
        }, ct);

    public Task<Result> WithdrawAsync(long id, int expectedVersion, DateOnly requestedOn, string? reason, Officer by, CancellationToken ct = default) =>
        RunAsync(id, expectedVersion, by, DossierAction.Withdraw, DossierEventKinds.Withdrawn, reason, async (d, db, now) =>
        {
            if (requestedOn > VnTime.DateOf(now) || requestedOn < d.ReceivedDate)
                return (Result.Invalid("Ngày công dân đề nghị dừng phải trong khoảng từ ngày nộp đến hôm nay."), null);
            var note = $"Công dân đề nghị dừng ngày {VnFormat.Date(requestedOn)}" + (string.IsNullOrWhiteSpace(reason) ? "" : $": {VietnameseText.Clean(reason)}");
            var closed = d.Close(DossierStatus.Withdrawn, note, now);
            if (!closed.IsSuccess) return (closed, null);
            var number = await Sequences.NextAsync(db, WithdrawnData.SequenceScope(now.Year), ct);
            return (closed, new WithdrawnData(requestedOn, (int)number, now.Year));
        }, ct);

    public Task<Result> RefuseAsync(long id, int expectedVersion, string reason, Officer by, CancellationToken ct = default)
    {
        var clean = VietnameseText.Clean(reason);
        if (clean.Length < 5) return Task.FromResult(Result.Invalid("Ghi rõ lý do từ chối giải quyết."));
        return RunAsync(id, expectedVersion, by, DossierAction.Refuse, DossierEventKinds.Refused, clean,
            async (d, db, now) =>
            {
                var closed = d.Close(DossierStatus.Refused, clean, now);
                if (!closed.IsSuccess) return (closed, null);
                // Numbered inside the refusal's transaction: a rolled-back refusal never took a number.
                var number = await Sequences.NextAsync(db, RefusedData.SequenceScope(now.Year), ct);
                return (closed, new RefusedData((int)number, now.Year));
            }, ct);
    }

    /// <summary>
    /// Hands over every scanned dossier to the next step handled by <paramref name="role"/> (optionally a person).
    /// Each dossier is its own transaction: one refused dossier does not stop the others, and the result says why.
    /// </summary>
    public async Task<BatchHandOverResult> HandOverBatchAsync(IReadOnlyList<string> codes, string role, StaffMember? person, string? note, Officer by,
        CancellationToken ct = default)
    {
        var done = new List<HandOverListRow>();
        // One id for the whole batch: the list can be printed again later from any of its dossiers' trail.
        var batch = Guid.NewGuid().ToString("N")[..12];
        var failed = new List<(string Code, string Error)>();
        foreach (var code in codes.Select(c => c.Trim().ToUpperInvariant()).Distinct())
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            var d = await db.Dossiers.AsNoTracking().FirstOrDefaultAsync(x => x.Code == code, ct);
            if (d is null) { failed.Add((code, "Không tìm thấy hồ sơ.")); continue; }
            var steps = await StepsAsync(db, d, ct);
            var next = Enumerable.Range(d.CurrentStep + 1, Math.Max(0, steps.Count - d.CurrentStep - 1)).FirstOrDefault(i => steps[i].Role == role, -1);
            if (next < 0) { failed.Add((code, $"Quy trình của thủ tục không còn bước nào của {Roles.DisplayName(role)}.")); continue; }
            if (DossierPermissions.Check(DossierAction.HandOver, d, by) is { Allowed: false } refused) { failed.Add((code, refused.Reason!)); continue; }
            var r = await HandOverAsync(d.Id, d.Version, new HandOverTarget(next, role, person?.UserName, person?.FullName), note, by, batch, ct);
            if (r.IsSuccess) done.Add(new HandOverListRow(d.Code, d.ProcedureName, d.ApplicantName, d.DueAt));
            else failed.Add((code, r.Error ?? ""));
        }
        return new BatchHandOverResult(done, failed);
    }

    /// <summary>
    /// Corrects the applicant data received at the counter. Only a counter officer or a supervisor may; the event keeps
    /// the before and after values of every changed field.
    /// </summary>
    public async Task<Result> EditApplicantAsync(long id, int expectedVersion, ReceptionRequest edited, Officer by, CancellationToken ct = default)
    {
        var (applicant, errors) = ReceptionService.ValidateApplicant(edited, VnTime.Now(clock));
        if (applicant is null) return Result.Invalid(errors);
        return await RunAsync(id, expectedVersion, by, DossierAction.EditApplicant, DossierEventKinds.Edited, null, (d, _, _) =>
        {
            var before = d.Applicant;
            var changes = Diff(before, applicant);
            if (changes.Count == 0) return Task.FromResult<(Result, DossierEventData?)>((Result.Invalid("Không có thông tin nào thay đổi."), null));
            return Task.FromResult<(Result, DossierEventData?)>((d.EditApplicant(applicant), new EditedData(changes)));
        }, ct);
    }

    private static Dictionary<string, FieldChange> Diff(ApplicantInfo a, ApplicantInfo b)
    {
        var d = new Dictionary<string, FieldChange>();
        void Add(string name, string? x, string? y) { if (x != y) d[name] = new FieldChange(x, y); }
        Add("Họ và tên", a.FullName, b.FullName);
        Add("Số định danh", a.IdNumber, b.IdNumber);
        Add("Ngày sinh", FieldChange.Text(a.BirthDate), FieldChange.Text(b.BirthDate));
        Add("Điện thoại", a.Phone, b.Phone);
        Add("Email", a.Email, b.Email);
        Add("Địa chỉ", a.Address, b.Address);
        Add("Người ủy quyền", a.OnBehalfName, b.OnBehalfName);
        Add("Số định danh người ủy quyền", a.OnBehalfIdNumber, b.OnBehalfIdNumber);
        return d;
    }

    /// <summary>The steps of the dossier's procedure.</summary>
    public async Task<IReadOnlyList<StepTemplate>> StepsAsync(long dossierId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var d = await db.Dossiers.AsNoTracking().FirstAsync(x => x.Id == dossierId, ct);
        return await StepsAsync(db, d, ct);
    }

    private static async Task<IReadOnlyList<StepTemplate>> StepsAsync(OneStopDbContext db, Dossier d, CancellationToken ct)
    {
        var p = await db.Procedures.AsNoTracking().FirstOrDefaultAsync(x => x.Id == d.ProcedureId, ct);
        return p?.EffectiveSteps ?? StepTemplates.Default(8);
    }

    /// <summary>When the current step was due by its budget (start of the step + budget in working hours).</summary>
    private async Task<DateTimeOffset?> PlannedEndAsync(Dossier d, IReadOnlyList<StepTemplate> steps, CancellationToken ct)
    {
        if (d.StepStartedAt is not { } start || d.CurrentStep >= steps.Count) return null;
        var calendar = await calendars.LoadAsync(ct);
        return calendar.AddWorkingMinutes(calendar.StartOfClock(start), (double)(steps[d.CurrentStep].BudgetHours * 60));
    }

    private async Task<Result> RunAsync(long id, int expectedVersion, Officer by, DossierAction action, string kind, string? note,
        Func<Dossier, OneStopDbContext, DateTimeOffset, Task<(Result Result, DossierEventData? Data)>> change, CancellationToken ct)
    {
        var now = VnTime.Now(clock);
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var d = await db.Dossiers.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (d is null) return Result.Invalid("Không tìm thấy hồ sơ.");
        if (d.Version != expectedVersion) return Result.Invalid(Conflict);
        if (DossierPermissions.Check(action, d, by) is { Allowed: false } refused)
        {
            Log.LogWarning("Refused {Action} on {Code} for {User} ({Roles}): {Reason}", action, d.Code, by.UserName, string.Join(",", by.HeldRoles), refused.Reason);
            return Result.Invalid(refused.Reason!);
        }
        var from = d.Status;
        var (result, data) = await change(d, db, now);
        if (!result.IsSuccess) return result;
        await DossierTrail.AppendAsync(db, d, now, by, kind, from, d.Status, string.IsNullOrWhiteSpace(note) ? null : VietnameseText.Clean(note), data, ct);
        try
        {
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            if (Log.IsEnabled(LogLevel.Information)) Log.LogInformation("{Action} on {Code} by {User} lost a race: refused as stale", action, d.Code, by.UserName);
            return Result.Invalid(Conflict);
        }
        if (Log.IsEnabled(LogLevel.Information)) Log.LogInformation("{Action} {Code}: {From} -> {To} by {User}", action, d.Code, from, d.Status, by.UserName);
        changes?.Raise(new DossierChange(d.Id, d.Code, kind, now));
        return Result.Ok();
    }
}

public sealed record BatchHandOverResult(IReadOnlyList<HandOverListRow> HandedOver, IReadOnlyList<(string Code, string Error)> Failed);

/// <summary>How the result leaves the centre.</summary>
public sealed record ReturnRequest(bool IsApplicant, string? CollectorName, string? CollectorIdNumber, bool ByPost = false, string? TrackingNumber = null,
    bool AcceptUnpaidFee = false);
