using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneStop.Core.Persistence;

namespace OneStop.Core.Payments;

/// <summary>
/// Reconciliation's one piece of SQLite-specific SQL: a statement's candidate codes and bank references, each list sent as
/// one JSON parameter and walked with <c>json_each</c> as the outer loop (CROSS JOIN keeps that order), so SQLite probes the
/// unique Code / BankReference index once per value. The cost grows with the statement, not with the dossiers table.
/// </summary>
internal static class ReconciliationLookup
{
    /// <summary>A dossier a statement line may name, with its payment (or exemption) when it has one.</summary>
    internal sealed class DossierRow
    {
        public long Id { get; set; }
        public string Code { get; set; } = "";
        public long FeeTotal { get; set; }
        public string? FeeExemptReason { get; set; }
        public string Status { get; set; } = "";
        public string? PaidMethod { get; set; }
        public string? PaidReceipt { get; set; }
    }

    public static Task<List<DossierRow>> DossiersAsync(OneStopDbContext db, IReadOnlyCollection<string> codes, CancellationToken ct)
    {
        var json = JsonSerializer.Serialize(codes);
        return db.Database.SqlQuery<DossierRow>($"""
            SELECT d.Id AS Id, d.Code AS Code, d.FeeTotal AS FeeTotal, d.FeeExemptReason AS FeeExemptReason, d.Status AS Status,
                   p.Method AS PaidMethod, p.ReceiptNumber AS PaidReceipt
            FROM json_each({json}) AS j
            CROSS JOIN Dossiers AS d ON d.Code = j.value
            LEFT JOIN Payments AS p ON p.DossierId = d.Id
            """).ToListAsync(ct);
    }

    /// <summary>Which of these bank references a payment already carries.</summary>
    public static Task<List<string>> KnownReferencesAsync(OneStopDbContext db, IReadOnlyCollection<string> references, CancellationToken ct)
    {
        var json = JsonSerializer.Serialize(references);
        return db.Database.SqlQuery<string>($"""
            SELECT p.BankReference AS Value
            FROM json_each({json}) AS j
            CROSS JOIN Payments AS p ON p.BankReference = j.value
            """).ToListAsync(ct);
    }
}
