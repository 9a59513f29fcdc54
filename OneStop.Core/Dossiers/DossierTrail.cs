using Microsoft.EntityFrameworkCore;
using OneStop.Core.Persistence;

namespace OneStop.Core.Dossiers;

/// <summary>Appends events to the centre-wide hash chain. Call inside the write transaction of the change it records.</summary>
public static class DossierTrail
{
    public static async Task<DossierEvent> AppendAsync(OneStopDbContext db, Dossier dossier, DateTimeOffset at, Officer officer,
        string kind, DossierStatus? from, DossierStatus? to, string? note, DossierEventData? data, CancellationToken ct = default)
    {
        // The head is tracked, so several events appended before one SaveChanges still chain one after another.
        var head = await db.TrailHeads.FindAsync([TrailHead.SingletonId], ct);
        if (head is null)
        {
            head = new TrailHead();
            db.TrailHeads.Add(head);
        }
        var json = DossierEventData.Write(kind, data);
        var e = DossierEvent.Create(dossier.Id, dossier.Code, at, officer.UserName, officer.FullName, officer.Role, kind, from, to, note, json, head.Hash);
        db.DossierEvents.Add(e);
        head.Advance(e.Hash);
        return e;
    }
}
