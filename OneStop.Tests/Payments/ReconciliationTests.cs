using System.Text;
using OneStop.Core.Payments;
using OneStop.Tests.Audit;

namespace OneStop.Tests.Payments;

public sealed class BankStatementCsvTests
{
    private static byte[] Utf8(string s, bool bom = false) => [.. (bom ? Encoding.UTF8.GetPreamble() : []), .. Encoding.UTF8.GetBytes(s)];

    [Fact]
    public void BomCrlfQuotedFieldsAndDottedAmountsAreRead()
    {
        var csv = "date,amount,description,reference\r\n25/11/2026,\"1.000.000\",\"MBVCB.123, nop phi\",FT1\r\n2026-11-26,8000,x,FT2\r\n";
        var r = BankStatementCsv.Parse(Utf8(csv, bom: true));
        Assert.True(r.IsSuccess, r.Error);
        Assert.Equal(1000000, r.Value![0].Amount);
        Assert.Equal("MBVCB.123, nop phi", r.Value[0].Description);
        Assert.Equal((3, new DateOnly(2026, 11, 26)), (r.Value[1].Line, r.Value[1].Date));
    }

    [Fact]
    public void MalformedLineRefusesTheFileNamingTheLine()
    {
        var csv = "date,amount,description,reference\n25/11/2026,8000,a,FT1\n26/11/2026,tám nghìn,b,FT2\n";
        var r = BankStatementCsv.Parse(Utf8(csv));
        Assert.False(r.IsSuccess);
        Assert.Contains("dòng 3", r.Error);
    }

    [Theory]
    [InlineData("1.000.000", 1000000L)]   // dots group thousands
    [InlineData("1,000,000", 1000000L)]   // commas group thousands
    [InlineData("1.000.000,00", 1000000L)] // both marks: the last is a zero decimal part
    [InlineData("8000 VND", 8000L)]       // currency suffix
    [InlineData("-50.000", -50000L)]      // a debit
    public void AmountsInBankStyles(string text, long expected)
    {
        Assert.True(BankStatementCsv.TryAmount(text, out var a));
        Assert.Equal(expected, a);
    }

    [Theory]
    [InlineData("MBVCB.3278.H26.99-261125-0001.CT tu 0123", "H26.99-261125-0001")] // bank prefix and dots kept
    [InlineData("nop phi h26 99 261125 0001", "H26.99-261125-0001")]              // lower case, spaces instead of punctuation
    [InlineData("IBFT H26.99-261125-0001-NGUYEN VAN A", "H26.99-261125-0001")]     // name glued after a dash
    public void DossierCodeIsFoundInTheDescription(string description, string code) =>
        Assert.Contains(code, DossierCodeFinder.Candidates(description, "H26.99"));
}

public sealed class ReconciliationTests : IDisposable
{
    private readonly PaymentWorld _w = new();
    public void Dispose() => _w.Dispose();

    private static byte[] Csv(params string[] lines) =>
        Encoding.UTF8.GetBytes("date,amount,description,reference\r\n" + string.Join("\r\n", lines) + "\r\n");

    [Fact]
    public async Task StatementLinesAreSortedIntoMatchedMismatchUnknownAndDuplicate()
    {
        var ds = await _w.SeedAsync();
        var file = Csv(
            $"27/11/2026,8.000,\"MBVCB.1.{ds[0].Code.ToLowerInvariant()}.CT\",FT1",
            $"27/11/2026,9.000,{ds[1].Code},FT2",
            $"27/11/2026,8.000,{TestDossiers.Agency}-261125-9999,FT3",
            $"27/11/2026,8.000,{ds[0].Code} lan 2,FT1");
        var r = await _w.Reconciliation.PreviewAsync(file, "sk.csv", PaymentWorld.Supervisor);
        Assert.True(r.IsSuccess, r.Error);
        var outcomes = r.Value!.Lines.Select(l => l.Outcome).ToArray();
        Assert.Equal([LineOutcome.Matched, LineOutcome.AmountMismatch, LineOutcome.Unmatched, LineOutcome.Duplicate], outcomes);
        Assert.DoesNotContain(r.Value.Unpaid, u => u.Id == ds[0].Id);
        Assert.Contains(r.Value.Unpaid, u => u.Id == ds[1].Id);
    }

    [Fact]
    public async Task ConfirmedLinesArePaidByTransferAndTheSameFileTwicePaysNothing()
    {
        var ds = await _w.SeedAsync();
        var file = Csv($"27/11/2026,8000,{ds[0].Code},FT10", $"27/11/2026,8000,{ds[2].Code},FT11");
        var first = await _w.Reconciliation.ConfirmAsync(file, "sk.csv", new HashSet<int> { 2, 3 }, PaymentWorld.Supervisor);
        Assert.True(first.IsSuccess, first.Error);
        Assert.Equal(2, first.Value);
        var state = await _w.Payments.GetAsync(ds[2].Id);
        Assert.Equal((FeeStatus.Paid, PaymentMethod.Transfer, "FT11"), (state!.Status, state.Payment!.Method, state.Payment.BankReference));

        var again = await _w.Reconciliation.ConfirmAsync(file, "sk-copy.csv", new HashSet<int> { 2, 3 }, PaymentWorld.Supervisor);
        Assert.False(again.IsSuccess);
        Assert.Contains("đã được đối soát", again.Error);
        await using var ctx = _w.Db.CreateDbContext();
        Assert.Equal(2, ctx.Payments.Count());
    }

    [Fact]
    public async Task AnOverlappingStatementDoesNotPayAKnownReferenceAgain()
    {
        var ds = await _w.SeedAsync();
        await _w.Reconciliation.ConfirmAsync(Csv($"27/11/2026,8000,{ds[0].Code},FT20"), "a.csv", new HashSet<int> { 2 }, PaymentWorld.Supervisor);
        var r = await _w.Reconciliation.PreviewAsync(Csv($"27/11/2026,8000,{ds[0].Code},FT20", $"28/11/2026,8000,{ds[1].Code},FT21"), "b.csv", PaymentWorld.Supervisor);
        Assert.Equal([LineOutcome.Duplicate, LineOutcome.Matched], r.Value!.Lines.Select(l => l.Outcome).ToArray());
    }

    [Fact]
    public async Task MalformedFileAppliesNothing()
    {
        var ds = await _w.SeedAsync();
        var r = await _w.Reconciliation.ConfirmAsync(Csv($"27/11/2026,8000,{ds[0].Code},FT30", "hôm qua,8000,x,FT31"), "bad.csv", new HashSet<int> { 2 }, PaymentWorld.Supervisor);
        Assert.False(r.IsSuccess);
        Assert.Contains("dòng 3", r.Error);
        await using var ctx = _w.Db.CreateDbContext();
        Assert.Empty(ctx.Payments);
    }

    [Fact]
    public async Task SpecialistCannotReconcile()
    {
        await _w.SeedAsync();
        var r = await _w.Reconciliation.PreviewAsync(Csv(), "x.csv", PaymentWorld.Specialist);
        Assert.False(r.IsSuccess);
    }
}
