using Microsoft.EntityFrameworkCore;
using OneStop.Core.Accounts;
using OneStop.Core.Common;
using OneStop.Core.Dossiers;
using OneStop.Core.Persistence;

namespace OneStop.Core.Ratings;

/// <summary>The dossier's rating as its page shows it.</summary>
public sealed record RatingView(long DossierId, SatisfactionLevel Level, string? Comment, string OfficerName, DateTimeOffset RatedAt, bool CanChange);

/// <summary>One officer's ratings in a period.</summary>
public sealed record OfficerRatings(string OfficerUserName, string OfficerName, int VerySatisfied, int Satisfied, int NotSatisfied)
{
    public int Total => VerySatisfied + Satisfied + NotSatisfied;
}

/// <summary>Who may record a rating: the counter officer serving the citizen (the citizen presses, the counter's account records).</summary>
public static class RatingPermissions
{
    public static string? CanRecord(Officer by) =>
        by.Has(Roles.CounterOfficer) ? null : "Chỉ quầy tiếp nhận, trả kết quả ghi nhận đánh giá của công dân.";

    /// <summary>The per-officer ratings: Supervisor and Leader see everyone; a Specialist or counter officer only themself.</summary>
    public static bool SeesEveryone(Officer by) => by.HasAny([Roles.Supervisor, Roles.Leader]);
}

/// <summary>
/// Records the citizen's answer for a dossier and reads ratings back per dossier and per officer. The rating is the
/// citizen's opinion, not a step of handling the dossier, so it is not appended to the dossier's trail (which the
/// control slip prints) and does not bump the dossier's version: a rating never makes an officer's open page stale.
/// </summary>
public sealed class RatingService(IDbContextFactory<OneStopDbContext> factory, TimeProvider clock)
{
    public async Task<Result<RatingView>> RecordAsync(long dossierId, SatisfactionLevel level, string? comment, Officer by, CancellationToken ct = default)
    {
        if (RatingPermissions.CanRecord(by) is { } refused) return Result<RatingView>.Invalid(refused);
        if (!Enum.IsDefined(level)) return Result<RatingView>.Invalid("Mức đánh giá không hợp lệ.");
        var now = clock.GetUtcNow();
        await using var db = await factory.CreateDbContextAsync(ct);
        var d = await db.Dossiers.AsNoTracking().Where(x => x.Id == dossierId).Select(x => new { x.Id, x.Code }).FirstOrDefaultAsync(ct);
        if (d is null) return Result<RatingView>.Invalid("Không tìm thấy hồ sơ.");
        var existing = await db.ServiceRatings.FirstOrDefaultAsync(r => r.DossierId == dossierId, ct);
        if (existing is null)
        {
            existing = ServiceRating.Create(d.Id, d.Code, level, comment, by.UserName, by.FullName, now);
            db.ServiceRatings.Add(existing);
        }
        else if (existing.Change(level, comment, now) is { IsSuccess: false } r) return Result<RatingView>.Invalid(r.Error!);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two presses at the same instant on a new dossier: the unique index kept the first.
            return Result<RatingView>.Invalid("Hồ sơ này vừa được đánh giá; vui lòng thử lại.");
        }
        return Result<RatingView>.Ok(View(existing, now));
    }

    public async Task<RatingView?> GetAsync(long dossierId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var r = await db.ServiceRatings.AsNoTracking().FirstOrDefaultAsync(x => x.DossierId == dossierId, ct);
        return r is null ? null : View(r, clock.GetUtcNow());
    }

    /// <summary>Ratings given from <paramref name="from"/> to <paramref name="to"/> (Viet Nam dates, inclusive), per officer.</summary>
    public async Task<IReadOnlyList<OfficerRatings>> PerOfficerAsync(DateOnly from, DateOnly to, Officer by, CancellationToken ct = default)
    {
        var start = VnTime.At(from, TimeOnly.MinValue);
        var end = VnTime.At(to.AddDays(1), TimeOnly.MinValue);
        await using var db = await factory.CreateDbContextAsync(ct);
        var q = db.ServiceRatings.AsNoTracking().Where(r => r.RatedAt >= start && r.RatedAt < end);
        if (!RatingPermissions.SeesEveryone(by)) q = q.Where(r => r.OfficerUserName == by.UserName);
        var rows = await q.GroupBy(r => new { r.OfficerUserName, r.OfficerName })
            .Select(g => new OfficerRatings(g.Key.OfficerUserName, g.Key.OfficerName,
                g.Count(r => r.Level == SatisfactionLevel.VerySatisfied), g.Count(r => r.Level == SatisfactionLevel.Satisfied),
                g.Count(r => r.Level == SatisfactionLevel.NotSatisfied)))
            .ToListAsync(ct);
        return rows.OrderBy(r => r.OfficerName, StringComparer.Create(VnTime.Culture, false)).ToList();
    }

    private static RatingView View(ServiceRating r, DateTimeOffset now) =>
        new(r.DossierId, r.Level, r.Comment, r.OfficerName, r.RatedAt, r.CanChange(now));
}
