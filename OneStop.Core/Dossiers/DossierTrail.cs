using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneStop.Core.Persistence;

namespace OneStop.Core.Dossiers;

/// <summary>Appends events to the centre-wide hash chain. Call inside the write transaction of the change it records.</summary>
public static class DossierTrail
{
    public static async Task<DossierEvent> AppendAsync(OneStopDbContext db, Dossier dossier, DateTimeOffset at, Officer officer,
        string kind, DossierStatus? from, DossierStatus? to, string? note, object? data, CancellationToken ct = default)
    {
        var previous = await db.DossierEvents.AsNoTracking().OrderByDescending(e => e.Id).Select(e => e.Hash).FirstOrDefaultAsync(ct)
            ?? DossierEvent.GenesisHash;
        var json = data is null ? null : JsonSerializer.Serialize(data, Json.Options);
        var e = DossierEvent.Create(dossier.Id, dossier.Code, at, officer.UserName, officer.FullName, officer.Role, kind, from, to, note, json, previous);
        db.DossierEvents.Add(e);
        return e;
    }
}
