using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OneStop.Core.Common;
using OneStop.Core.Persistence;

namespace OneStop.Core.Dossiers;

public sealed record CounterSlipRequest(
    CounterSlipKind Kind, int ProcedureId, string? FullName, string? IdNumber, string? Phone, string? Address, string? Email,
    IReadOnlyList<SlipItem> Items, string? Reason);

/// <summary>Records a guidance (Mẫu 02) or refusal (Mẫu 03) at the counter, so the statistics and the trail keep it.</summary>
public sealed class CounterSlipService(IDbContextFactory<OneStopDbContext> factory, TimeProvider clock, ILogger<CounterSlipService>? logger = null)
{
    /// <summary>Keys of the slip's own field errors (the applicant's use <see cref="ReceptionService.Fields"/>).</summary>
    public static class Fields
    {
        public const string Items = nameof(CounterSlipRequest.Items), Reason = nameof(CounterSlipRequest.Reason);
    }

    public async Task<Result<long>> CreateAsync(CounterSlipRequest r, Officer officer, CancellationToken ct = default)
    {
        if (DossierPermissions.CanReceive(officer) is { Allowed: false } refused) return Result<long>.Invalid(refused.Reason!);
        var e = new Dictionary<string, string>();
        var name = VietnameseText.Clean(r.FullName);
        if (name.Length == 0) e[ReceptionService.Fields.FullName] = "Nhập họ và tên người nộp hồ sơ.";
        string? id = null;
        if (!string.IsNullOrWhiteSpace(r.IdNumber))
        {
            if (!CitizenId.TryParse(r.IdNumber, out var cid, out var err)) e[ReceptionService.Fields.IdNumber] = err;
            else id = cid.Value.Value;
        }
        string? phone = null;
        if (!string.IsNullOrWhiteSpace(r.Phone))
        {
            if (!PhoneNumber.TryParse(r.Phone, out var p, out var err)) e[ReceptionService.Fields.Phone] = err;
            else phone = p.Value.Value;
        }
        var items = r.Items
            .Select(i => new SlipItem(VietnameseText.Clean(i.Item), VietnameseText.Clean(i.Reason)))
            .Where(i => i.Item.Length > 0).ToList();
        var reason = VietnameseText.Clean(r.Reason);
        if (r.Kind == CounterSlipKind.Guidance)
        {
            if (items.Count == 0) e[Fields.Items] = "Liệt kê ít nhất một giấy tờ cần bổ sung, hoàn thiện.";
            else if (items.Any(i => i.Reason.Length == 0)) e[Fields.Items] = "Ghi lý do cho từng giấy tờ cần bổ sung.";
        }
        else if (reason.Length < 5)
        {
            e[Fields.Reason] = "Ghi rõ lý do từ chối tiếp nhận.";
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var procedure = await db.Procedures.AsNoTracking().FirstOrDefaultAsync(p => p.Id == r.ProcedureId, ct);
        if (procedure is null) e[ReceptionService.Fields.Procedure] = "Chọn thủ tục hành chính.";
        if (e.Count > 0) return Result<long>.Invalid(e);

        var now = VnTime.Now(clock);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var number = await Sequences.NextAsync(db, $"slip:{r.Kind}:{now.Year}", ct);
        var applicant = new ApplicantInfo(name, id, null, phone, string.IsNullOrWhiteSpace(r.Email) ? null : r.Email.Trim(), VietnameseText.Clean(r.Address));
        var slip = new CounterSlip(r.Kind, (int)number, now.Year, now, officer, procedure!.Id, procedure.Name, procedure.FieldCode, applicant,
            items, r.Kind == CounterSlipKind.Refusal ? reason : null);
        db.CounterSlips.Add(slip);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        if (logger?.IsEnabled(LogLevel.Information) == true)
            logger.LogInformation("Counter slip {Kind} {Number}/{Year} by {User} for applicant {IdNumber}", r.Kind, number, now.Year, officer.UserName,
            PersonalData.Mask(r.IdNumber));
        return Result<long>.Ok(slip.Id);
    }

    public async Task<CounterSlip?> GetAsync(long id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.CounterSlips.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
    }
}
