using Microsoft.EntityFrameworkCore;
using OneStop.Core.Accounts;
using OneStop.Core.Persistence;

namespace OneStop.Core.Dossiers;

/// <summary>A dossier whose receipt (Mẫu 01) was never printed: saved, but the citizen left without the appointment slip.</summary>
public sealed record UnprintedReceipt(long Id, string Code, string ProcedureName, DateTimeOffset ReceivedAt, string ReceivedBy, string ReceivedByName);

/// <summary>
/// "Chưa in giấy tiếp nhận": dossiers received in the last days with no print of the receipt on their trail. It happens
/// when the server or the counter's PC stops between the save (committed) and the page that prints. The counter officer
/// sees the dossiers they received, the supervisor every officer's; printing the receipt takes a dossier off the list.
/// </summary>
public sealed class UnprintedReceipts(IDbContextFactory<OneStopDbContext> factory, TimeProvider clock)
{
    /// <summary>How far back the list looks: a receipt still missing after this is a matter for the supervisor's register, not the counter.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(30);

    /// <summary>Who sees the list, and whose dossiers: the counter officer their own, the supervisor everyone's.</summary>
    public static bool CanSee(Officer by) => by.HasAny([Roles.CounterOfficer, Roles.Supervisor]);

    public static bool SeesEveryone(Officer by) => by.Has(Roles.Supervisor);

    public async Task<IReadOnlyList<UnprintedReceipt>> ListAsync(Officer by, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!CanSee(by)) return [];
        var since = clock.GetUtcNow() - Window;
        await using var db = await factory.CreateDbContextAsync(ct);
        var q = db.Dossiers.AsNoTracking().Where(d => d.ReceivedAt >= since);
        if (!SeesEveryone(by)) q = q.Where(d => d.ReceivedBy == by.UserName);
        return await q
            .Where(d => !db.DossierEvents.Any(e => e.DossierId == d.Id && e.Kind == DossierEventKinds.Printed && e.Note == DossierService.ReceiptTitle))
            .OrderBy(d => d.ReceivedAt).ThenBy(d => d.Id)
            .Select(d => new UnprintedReceipt(d.Id, d.Code, d.ProcedureName, d.ReceivedAt, d.ReceivedBy, d.ReceivedByName))
            .Take(200)
            .ToListAsync(ct);
    }
}
