using Microsoft.EntityFrameworkCore;
using OneStop.Core.Persistence;

namespace OneStop.Core.Dossiers;

/// <summary>Named counters that only go up, issued inside the caller's write transaction.</summary>
public static class Sequences
{
    /// <summary>
    /// The next value of <paramref name="scope"/> (1 for a new scope). Inside a write transaction SQLite serialises
    /// writers, so two counters saving at the same instant get consecutive values; a rolled-back save never printed its code.
    /// </summary>
    public static async Task<long> NextAsync(OneStopDbContext db, string scope, CancellationToken ct = default)
    {
        var rows = await db.Database.SqlQuery<long>($"""
            INSERT INTO Sequences (Scope, Value) VALUES ({scope}, 1)
            ON CONFLICT(Scope) DO UPDATE SET Value = Value + 1
            RETURNING Value AS "Value"
            """).ToListAsync(ct);
        return rows[0];
    }
}
