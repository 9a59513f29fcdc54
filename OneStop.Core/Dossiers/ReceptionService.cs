using System.Globalization;
using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using OneStop.Core.Calendar;
using OneStop.Core.Catalog;
using OneStop.Core.Centre;
using OneStop.Core.Common;
using OneStop.Core.Payments;
using OneStop.Core.Persistence;

namespace OneStop.Core.Dossiers;

/// <summary>What the counter officer entered, as typed. The service parses and validates it once.</summary>
public sealed record ReceptionRequest
{
    public int ProcedureId { get; init; }
    public string? FullName { get; init; }
    public string? IdNumber { get; init; }
    public DateOnly? BirthDate { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public string? Address { get; init; }
    public bool OnBehalf { get; init; }
    public string? OnBehalfName { get; init; }
    public string? OnBehalfIdNumber { get; init; }
    public IReadOnlyList<ChecklistItem> Checklist { get; init; } = [];
    public int Sets { get; init; } = 1;
    public ReceptionChannel Channel { get; init; } = ReceptionChannel.Direct;
    /// <summary>For an online dossier: when the citizen submitted it (the clock starts from there, rule 1).</summary>
    public DateTimeOffset? SubmittedAt { get; init; }
    public ResultDelivery Delivery { get; init; } = ResultDelivery.AtCounter;
    public string? PostalAddress { get; init; }
    public FeeRequest Fee { get; init; } = new();
    /// <summary>A free note beside the exemption reason (which is one of the centre's list, in <see cref="Fee"/>).</summary>
    public string? ExemptionNote { get; init; }
}

public sealed record ReceivedDossier(long Id, string Code, DateTimeOffset ReceivedAt, DateTimeOffset DueAt);

/// <summary>Receives a dossier at the counter: one transaction for the code, the dossier and its first event.</summary>
public sealed class ReceptionService(
    IDbContextFactory<OneStopDbContext> factory,
    CalendarService calendars,
    CentreService centre,
    TimeProvider clock,
    DossierChanges? changes = null)
{
    /// <summary>Field names used as keys of <see cref="Result.FieldErrors"/> (the form shows each at its field).</summary>
    /// <remarks>Named after the request's properties (and so after <see cref="ApplicantForm"/>'s and <see cref="ReceptionForm"/>'s).</remarks>
    public static class Fields
    {
        public const string Procedure = nameof(Procedure),
            FullName = nameof(ReceptionRequest.FullName), IdNumber = nameof(ReceptionRequest.IdNumber),
            BirthDate = nameof(ReceptionRequest.BirthDate), Phone = nameof(ReceptionRequest.Phone), Email = nameof(ReceptionRequest.Email),
            Address = nameof(ReceptionRequest.Address), OnBehalfName = nameof(ReceptionRequest.OnBehalfName),
            OnBehalfIdNumber = nameof(ReceptionRequest.OnBehalfIdNumber), Checklist = nameof(ReceptionRequest.Checklist),
            Sets = nameof(ReceptionRequest.Sets), SubmittedAt = nameof(ReceptionRequest.SubmittedAt),
            PostalAddress = nameof(ReceptionRequest.PostalAddress), Fee = nameof(ReceptionRequest.Fee);
    }

    /// <summary>Checks the request; the parsed applicant comes back when it is valid.</summary>
    public const string ExemptionNeedsReason = "Nhập lý do miễn phí, lệ phí (ví dụ: hộ nghèo, gia đình chính sách).";

    public static (ApplicantInfo? Applicant, Dictionary<string, string> Errors) Validate(ReceptionRequest r, Procedure? procedure, DateTimeOffset now)
    {
        var e = new Dictionary<string, string>();
        if (procedure is null) e[Fields.Procedure] = "Chọn thủ tục hành chính.";
        else if (!procedure.IsActive) e[Fields.Procedure] = "Thủ tục này đã ngừng áp dụng.";

        var (applicant, applicantErrors) = ValidateApplicant(r, now);
        foreach (var (k, v) in applicantErrors) e[k] = v;

        var missing = r.Checklist.Where(c => !c.Optional && !c.Provided).Select(c => c.Name).ToList();
        if (missing.Count > 0)
            e[Fields.Checklist] = "Hồ sơ còn thiếu: " + string.Join("; ", missing) + ". Đánh dấu đã nhận, hoặc dùng “Hướng dẫn bổ sung” (Mẫu 02).";
        if (r.Checklist.Any(c => c.Count < 1)) e[Fields.Checklist] = "Số lượng mỗi giấy tờ phải từ 1 trở lên.";

        if (r.Sets is < 1 or > 100) e[Fields.Sets] = "Số bộ hồ sơ từ 1 đến 100.";

        if (r.Channel == ReceptionChannel.Online)
        {
            if (r.SubmittedAt is null) e[Fields.SubmittedAt] = "Nhập thời điểm công dân nộp trực tuyến.";
            else if (r.SubmittedAt > now) e[Fields.SubmittedAt] = "Thời điểm nộp trực tuyến không thể ở tương lai.";
            else if (r.SubmittedAt < now.AddDays(-60)) e[Fields.SubmittedAt] = "Thời điểm nộp trực tuyến quá xa (trên 60 ngày).";
        }
        if (r.Delivery == ResultDelivery.ByPost && string.IsNullOrWhiteSpace(r.PostalAddress))
            e[Fields.PostalAddress] = "Nhập địa chỉ nhận kết quả qua bưu chính.";
        else if (VietnameseText.HasHiddenCharacters(r.PostalAddress)) e[Fields.PostalAddress] = "Địa chỉ bưu chính: " + VietnameseText.HiddenCharactersError;

        if (r.Fee.Units is < 1 or > 100_000) e[Fields.Fee] = "Số trang/số bản phải từ 1 trở lên.";
        else if (r.Fee.Copies is < 1 or > 1_000) e[Fields.Fee] = "Số bản sao phải từ 1 đến 1.000.";
        // An exemption is a decision the officer answers for: it is never taken without its reason written down.
        else if (r.Fee.ExemptionReason is { } reason && string.IsNullOrWhiteSpace(reason)) e[Fields.Fee] = ExemptionNeedsReason;

        return e.Count > 0 ? (null, e) : (applicant, e);
    }

    public const string ExemptionReasonNotListed = "Chọn lý do miễn phí, lệ phí trong danh sách lý do của trung tâm.";
    public const int ExemptionNoteMaxLength = 200;

    /// <summary>
    /// A reception-time exemption: the reason must be one of the centre's active list (the one payments use), the note is
    /// free text. Returns what the dossier keeps ("Hộ nghèo - sổ hộ nghèo số 123") or the message for the fee field.
    /// </summary>
    public static (string? Stored, string? Error) Exemption(string? reason, string? note, IReadOnlyCollection<string> listed)
    {
        ArgumentNullException.ThrowIfNull(listed);
        var cleanReason = VietnameseText.Clean(reason);
        if (cleanReason.Length == 0) return (null, ExemptionNeedsReason);
        if (!listed.Contains(cleanReason, StringComparer.Ordinal)) return (null, ExemptionReasonNotListed);
        var cleanNote = VietnameseText.Clean(note);
        if (cleanNote.Length > ExemptionNoteMaxLength) return (null, $"Ghi chú miễn phí tối đa {ExemptionNoteMaxLength} ký tự.");
        if (VietnameseText.HasHiddenCharacters(cleanNote)) return (null, "Ghi chú miễn phí: " + VietnameseText.HiddenCharactersError);
        return (cleanNote.Length == 0 ? cleanReason : $"{cleanReason} - {cleanNote}", null);
    }

    /// <summary>The applicant part of the form (also used to correct a received dossier).</summary>
    public static (ApplicantInfo? Applicant, Dictionary<string, string> Errors) ValidateApplicant(ReceptionRequest r, DateTimeOffset now)
    {
        var e = new Dictionary<string, string>();
        var name = VietnameseText.Clean(r.FullName);
        if (name.Length == 0) e[Fields.FullName] = "Nhập họ và tên người nộp hồ sơ.";
        else if (name.Length > 100) e[Fields.FullName] = "Họ và tên tối đa 100 ký tự.";
        else if (!VietnameseText.IsPersonName(name)) e[Fields.FullName] = VietnameseText.NameCharactersError;

        string? id = null;
        if (string.IsNullOrWhiteSpace(r.IdNumber)) e[Fields.IdNumber] = "Nhập số định danh cá nhân (12 chữ số trên CCCD).";
        else if (!CitizenId.TryParse(r.IdNumber, out var cid, out var idError)) e[Fields.IdNumber] = idError;
        else id = cid.Value.Value;

        if (r.BirthDate is { } bd && (bd > VnTime.DateOf(now) || bd.Year < 1900))
            e[Fields.BirthDate] = "Ngày sinh không hợp lệ.";

        string? phone = null;
        if (!string.IsNullOrWhiteSpace(r.Phone))
        {
            if (!PhoneNumber.TryParse(r.Phone, out var p, out var pError)) e[Fields.Phone] = pError;
            else phone = p.Value.Value;
        }

        string? email = null;
        if (!string.IsNullOrWhiteSpace(r.Email))
        {
            email = r.Email.Trim();
            if (email.Length > 254 || !MailAddress.TryCreate(email, out var m) || m.Address != email || !email.Contains('.', StringComparison.Ordinal))
                e[Fields.Email] = "Địa chỉ email không hợp lệ.";
        }

        var address = VietnameseText.Clean(r.Address);
        if (address.Length == 0) e[Fields.Address] = "Nhập địa chỉ của người nộp hồ sơ.";
        else if (VietnameseText.HasHiddenCharacters(address)) e[Fields.Address] = "Địa chỉ: " + VietnameseText.HiddenCharactersError;

        string? behalfName = null, behalfId = null;
        if (r.OnBehalf)
        {
            behalfName = VietnameseText.Clean(r.OnBehalfName);
            if (behalfName.Length == 0) e[Fields.OnBehalfName] = "Nhập họ tên người ủy quyền (người được nộp thay).";
            else if (!VietnameseText.IsPersonName(behalfName)) e[Fields.OnBehalfName] = VietnameseText.NameCharactersError;
            if (string.IsNullOrWhiteSpace(r.OnBehalfIdNumber)) e[Fields.OnBehalfIdNumber] = "Nhập số định danh của người ủy quyền.";
            else if (!CitizenId.TryParse(r.OnBehalfIdNumber, out var bid, out var bError)) e[Fields.OnBehalfIdNumber] = bError;
            else behalfId = bid.Value.Value;
        }

        if (e.Count > 0) return (null, e);
        return (new ApplicantInfo(name, id, r.BirthDate, phone, email, address, behalfName, behalfId), e);
    }

    /// <summary>
    /// When the clock of a dossier starts: the moment the counter accepts it, or for an online dossier the moment the
    /// citizen submitted it (rule 1), in Viet Nam time.
    /// </summary>
    public static DateTimeOffset ReceivedAtFor(ReceptionChannel channel, DateTimeOffset? submittedAt, DateTimeOffset now) =>
        channel == ReceptionChannel.Online && submittedAt is { } s ? VnTime.ToVn(s) : VnTime.ToVn(now);

    /// <summary>
    /// The appointment printed on the receipt: the procedure's deadline counted on the working calendar from
    /// <paramref name="receivedAt"/>; a same-day procedure without its own cut-off uses the centre's.
    /// The one computation behind the save and the preview on the reception page.
    /// </summary>
    public static DateTimeOffset DueFor(Procedure procedure, DateTimeOffset receivedAt, WorkingCalendar calendar, TimeOnly centreSameDayCutoff)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.DueAt(receivedAt, procedure.Deadline with { Cutoff = procedure.Deadline.CutoffOr(centreSameDayCutoff) });
    }

    /// <summary>
    /// The appointment a save now would print, for the page to show before saving (same calendar, same centre
    /// cut-off, same clock as <see cref="ReceiveAsync"/>).
    /// </summary>
    public async Task<DateTimeOffset> PreviewDueAsync(Procedure procedure, ReceptionChannel channel = ReceptionChannel.Direct,
        DateTimeOffset? submittedAt = null, CancellationToken ct = default)
    {
        var now = VnTime.Now(clock);
        var settings = await centre.GetAsync(ct);
        var calendar = await calendars.LoadAsync(ct);
        return DueFor(procedure, ReceivedAtFor(channel, submittedAt, now), calendar, settings.SameDayCutoff);
    }

    public async Task<Result<ReceivedDossier>> ReceiveAsync(ReceptionRequest request, Officer officer, CancellationToken ct = default)
    {
        if (DossierPermissions.CanReceive(officer) is { Allowed: false } refused) return Result<ReceivedDossier>.Invalid(refused.Reason!);
        var now = VnTime.Now(clock);
        var settings = await centre.GetAsync(ct);
        if (!AgencyCode.TryParse(settings.AgencyCode, out var agency))
            return Result<ReceivedDossier>.Invalid("Mã định danh của trung tâm chưa hợp lệ; quản trị viên cần sửa trong Cài đặt trung tâm.");

        await using var db = await factory.CreateDbContextAsync(ct);
        var procedure = await db.Procedures.AsNoTracking().FirstOrDefaultAsync(p => p.Id == request.ProcedureId, ct);
        var (applicant, errors) = Validate(request, procedure, now);
        if (applicant is null || procedure is null) return Result<ReceivedDossier>.Invalid(errors);

        var feeRequest = request.Fee;
        if (feeRequest.ExemptionReason is { } exemptReason)
        {
            var listed = await db.ExemptionReasons.AsNoTracking().Where(r => r.Active).Select(r => r.Name).ToListAsync(ct);
            if (!await db.ExemptionReasons.AnyAsync(ct)) listed = [.. ExemptionReason.Defaults];
            var (stored, exemptError) = Exemption(exemptReason, request.ExemptionNote, listed);
            if (exemptError is not null) return Result<ReceivedDossier>.Invalid(new Dictionary<string, string> { [Fields.Fee] = exemptError });
            feeRequest = feeRequest with { ExemptionReason = stored };
        }
        var fee = FeeCalculator.Quote(procedure, feeRequest);
        var calendar = await calendars.LoadAsync(ct);
        var receivedAt = ReceivedAtFor(request.Channel, request.SubmittedAt, now);
        // The centre's cut-off as saved now (the calendar's copy may be older): the due and the receipt's text use the same one.
        var deadline = procedure.Deadline with { Cutoff = procedure.Deadline.CutoffOr(settings.SameDayCutoff) };
        var dueAt = DueFor(procedure, receivedAt, calendar, settings.SameDayCutoff);

        // The code's date is the day the counter accepts it (today, Viet Nam time), even for an online submission.
        var date = VnTime.DateOf(now);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var seq = await Sequences.NextAsync(db, $"code:{agency.Value.Value}:{date:yyMMdd}", ct);
        var year = date.Year.ToString(CultureInfo.InvariantCulture);
        var line = await Sequences.NextAsync(db, $"register:{procedure.FieldCode}:{year}", ct);
        var code = DossierCode.Create(agency.Value, date, seq);
        var dossier = Dossier.Receive(code, procedure, applicant, request.Checklist, request.Sets, request.Channel, request.Delivery,
            request.PostalAddress, fee, receivedAt, dueAt, officer.UserName, officer.FullName, $"{procedure.FieldCode}/{year}", (int)line, settings.SameDayCutoff);
        db.Dossiers.Add(dossier);
        // In SQL, inside the write transaction: the procedure row was read before it, so UseCount++ on the entity
        // would lose the counts of counters saving at the same time.
        await db.Procedures.Where(p => p.Id == procedure.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.UseCount, p => p.UseCount + 1), ct);
        await db.SaveChangesAsync(ct);
        await DossierTrail.AppendAsync(db, dossier, now, officer, DossierEventKinds.Received, null, DossierStatus.Received,
            $"Tiếp nhận hồ sơ, hẹn trả {VnFormat.DateTime(dueAt)}", null, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        changes?.Raise(new DossierChange(dossier.Id, dossier.Code, DossierEventKinds.Received, now));
        return Result<ReceivedDossier>.Ok(new ReceivedDossier(dossier.Id, dossier.Code, dossier.ReceivedAt, dossier.DueAt));
    }
}
