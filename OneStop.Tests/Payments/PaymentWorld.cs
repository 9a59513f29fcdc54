using Microsoft.EntityFrameworkCore;
using OneStop.Core.Accounts;
using OneStop.Core.Centre;
using OneStop.Core.Common;
using OneStop.Core.Documents;
using OneStop.Core.Dossiers;
using OneStop.Core.Payments;
using OneStop.Tests.Audit;
using OneStop.Tests.TestSupport;

namespace OneStop.Tests.Payments;

/// <summary>A test database with generated dossiers that each owe 8.000 đ, a bank account, and the payment services.</summary>
internal sealed class PaymentWorld : IDisposable
{
    public const long Fee = 8000;
    public SqliteTestDatabase Db { get; } = new();
    public FakeClock Clock { get; } = new(VnTime.At(new DateOnly(2026, 11, 27), new TimeOnly(10, 0)));
    public CentreService Centre { get; }
    public PaymentService Payments { get; }
    public ReconciliationService Reconciliation { get; }

    public static readonly Officer Counter = new("tiepnhan", "Trần Văn Bình", Roles.CounterOfficer);
    public static readonly Officer Supervisor = new("giamsat", "Lê Thị Giám", Roles.Supervisor);
    public static readonly Officer Specialist = new("chuyenvien", "Phạm Văn Xử", Roles.Specialist);

    public PaymentWorld()
    {
        Centre = new CentreService(Db);
        Payments = new PaymentService(Db, Centre, new PdfSharpDocumentRenderer(), Clock);
        Reconciliation = new ReconciliationService(Db, Centre, Clock);
    }

    /// <summary>Open dossiers owing <see cref="Fee"/>, oldest first.</summary>
    public async Task<IReadOnlyList<Dossier>> SeedAsync(int count = 6, bool bankAccount = true)
    {
        var procs = await TestDossiers.SeedCatalogAsync(Db);
        await TestDossiers.InsertOnAsync(Db, procs, procs[0].FieldCode, new DateOnly(2026, 11, 25), count, seed: 7);
        await using var ctx = Db.CreateDbContext();
        ctx.CentreSettings.Add(new CentreSettings
        {
            AgencyCode = TestDossiers.Agency, PlaceName = "Chiềng Lề",
            BankBin = bankAccount ? "970418" : "", BankAccountNumber = bankAccount ? "8600123456789" : "", BankAccountHolder = bankAccount ? "UBND PHUONG" : "",
        });
        await ctx.SaveChangesAsync();
        await ctx.Database.ExecuteSqlRawAsync($"UPDATE Dossiers SET FeeTotal = {Fee}, FeeExemptReason = NULL, Status = 'InProgress'");
        return await TestDossiers.AllAsync(Db);
    }

    public void Dispose() => Db.Dispose();
}
