using System.Text;
using OneStop.Core.Accounts;
using OneStop.Core.Common;
using OneStop.Core.Documents;
using OneStop.Core.Dossiers;
using OneStop.Core.Payments;
using OneStop.Tests.Documents;

namespace OneStop.Tests.Payments;

public sealed class PaymentSummaryTests : IDisposable
{
    private readonly PaymentWorld _w = new();
    private readonly PdfTools _tools = new();
    private readonly PaymentSummaryService _summaries;
    private static readonly Officer OtherCounter = new("tiepnhan2", "Đỗ Thị Hoa", Roles.CounterOfficer);
    private static readonly DateOnly Day = new(2026, 11, 27);

    public PaymentSummaryTests() => _summaries = new PaymentSummaryService(_w.Db, _w.Centre, _w.Clock);

    public void Dispose()
    {
        _tools.Dispose();
        _w.Dispose();
    }

    private static byte[] Csv(params string[] lines) =>
        Encoding.UTF8.GetBytes("date,amount,description,reference\r\n" + string.Join("\r\n", lines) + "\r\n");

    /// <summary>d0 cash and d2 exempt at the first counter, d1 transfer at the second, d3 confirmed from a statement.</summary>
    private async Task<IReadOnlyList<Dossier>> SettleAsync()
    {
        var ds = await _w.SeedAsync();
        Assert.True((await _w.Payments.RecordAsync(ds[0].Id, ds[0].Version, new PaymentRequest(PaymentMethod.Cash), PaymentWorld.Counter)).IsSuccess);
        Assert.True((await _w.Payments.RecordAsync(ds[1].Id, ds[1].Version, new PaymentRequest(PaymentMethod.Transfer, "FT900"), OtherCounter)).IsSuccess);
        var reason = (await _w.Payments.ExemptionReasonsAsync())[0];
        Assert.True((await _w.Payments.ExemptAsync(ds[2].Id, ds[2].Version, reason, "Sổ hộ nghèo 2026", PaymentWorld.Counter)).IsSuccess);
        var r = await _w.Reconciliation.ConfirmAsync(Csv($"27/11/2026,8000,{ds[3].Code},FT901"), "sk.csv", new HashSet<int> { 2 }, PaymentWorld.Supervisor);
        Assert.True(r.IsSuccess, r.Error);
        return ds;
    }

    [Fact]
    public async Task DailySummaryCountsCashTransferAndExemptPerCounterAndForTheCentre()
    {
        await SettleAsync();
        var r = await _summaries.SummaryAsync(Day, Day, PaymentWorld.Supervisor);
        Assert.True(r.IsSuccess, r.Error);
        var s = r.Value!;
        Assert.Equal(new FeeTotals(1, 8000, 2, 16000, 1, 8000), s.Centre);
        var first = s.Counters.Single(c => c.UserName == "tiepnhan");
        Assert.Equal(new FeeTotals(1, 8000, 0, 0, 1, 8000), first.Totals);
        Assert.Equal(new FeeTotals(0, 0, 1, 8000, 0, 0), s.Counters.Single(c => c.UserName == "tiepnhan2").Totals);
        var statement = s.Counters.Single(c => c.FromStatements);
        Assert.Equal(("giamsat", 1), (statement.UserName, statement.Totals.TransferCount));
        Assert.Contains("đối soát", PaymentSummaryService.CounterName(statement));
        Assert.Equal([new ExemptionCount("Hộ nghèo", 1, 8000)], s.Exemptions);
    }

    [Fact]
    public async Task CashlessShareIsTheTransfersAmongPaidFeesAndTheQueryAgreesWithTheSummary()
    {
        await SettleAsync();
        var share = await _summaries.CashlessShareAsync(Day, Day);
        Assert.Equal((3, 2, 24000L, 16000L), (share.PaidCount, share.CashlessCount, share.PaidAmount, share.CashlessAmount));
        Assert.Equal(2.0 / 3, share.ByCount!.Value, 6);
        Assert.Equal(share, (await _summaries.SummaryAsync(Day, Day, PaymentWorld.Supervisor)).Value!.Cashless);
        Assert.Contains("66,7 %", PaymentSummaryService.CashlessText(share));
    }

    [Fact]
    public async Task PaymentsOfAnotherDayAreLeftOutAndAnEmptyPeriodHasNoShare()
    {
        var ds = await _w.SeedAsync();
        _w.Clock.Advance(TimeSpan.FromDays(1));   // 28/11
        await _w.Payments.RecordAsync(ds[0].Id, ds[0].Version, new PaymentRequest(PaymentMethod.Cash), PaymentWorld.Counter);
        var day = (await _summaries.SummaryAsync(Day, Day, PaymentWorld.Supervisor)).Value!;
        Assert.Equal(FeeTotals.Zero, day.Centre);
        Assert.Null(day.Cashless.ByCount);
        var period = (await _summaries.SummaryAsync(Day, Day.AddDays(1), PaymentWorld.Supervisor)).Value!;
        Assert.Equal(1, period.Centre.CashCount);
    }

    [Fact]
    public async Task ExemptionDecidedAtReceptionCountsForTheOfficerWhoReceivedIt()
    {
        var ds = await _w.SeedAsync();
        await using (var ctx = _w.Db.CreateDbContext())
            await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlAsync(ctx.Database,
                $"UPDATE Dossiers SET FeeTotal = 0, FeeExemptReason = 'Trẻ em' WHERE Id = {ds[0].Id}");
        var received = ds[0].ReceivedDate;
        var s = (await _summaries.SummaryAsync(received, received, PaymentWorld.Supervisor)).Value!;
        Assert.Equal(1, s.Centre.ExemptCount);
        Assert.Equal(ds[0].ReceivedBy, s.Counters.Single().UserName);
        Assert.Equal([new ExemptionCount("Trẻ em", 1, 0)], s.Exemptions);
    }

    [Theory]
    [InlineData(Roles.CounterOfficer)] // counter officers record fees; the summary is the supervisor's
    [InlineData(Roles.Leader)]
    [InlineData(Roles.Admin)]
    public async Task OnlySupervisorsSeeTheSummaryAndReconcile(string role)
    {
        await _w.SeedAsync();
        var someone = new Officer("x", "Người khác", role);
        var summary = await _summaries.SummaryAsync(Day, Day, someone);
        Assert.False(summary.IsSuccess);
        Assert.Contains("giám sát", summary.Error);
        var preview = await _w.Reconciliation.PreviewAsync(Csv(), "x.csv", someone);
        Assert.False(preview.IsSuccess);
    }

    [Fact]
    public async Task PeriodEndingBeforeItStartsIsRefused()
    {
        var r = await _summaries.SummaryAsync(Day, Day.AddDays(-1), PaymentWorld.Supervisor);
        Assert.Equal("Ngày kết thúc phải từ ngày bắt đầu trở đi.", r.Error);
    }

    [Fact]
    public async Task PrintedSummaryShowsTheCountersTotalsAndTheCashlessShare()
    {
        await SettleAsync();
        var r = await _summaries.SummaryPdfAsync(Day, Day, PaymentWorld.Supervisor);
        Assert.True(r.IsSuccess, r.Error);
        var text = _tools.FlatText(_tools.Save(r.Value!, "tong-hop.pdf"));
        foreach (var s in new[] { "BẢNG TỔNG HỢP THU PHÍ, LỆ PHÍ", "Ngày 27/11/2026", "Trần Văn Bình", "Đỗ Thị Hoa", "Toàn trung tâm", "24.000 đ",
                     "66,7 %", "Hộ nghèo: 1 hồ sơ", "Lê Thị Giám" })
            Assert.Contains(s, text);
    }
}

/// <summary>The receipt (Mẫu 01) reprinted after the fee was settled: it says how, and no longer offers the QR.</summary>
public sealed class ReceiptAfterSettlementTests : IDisposable
{
    private readonly PaymentWorld _w = new();
    private readonly PdfTools _tools = new();

    public void Dispose()
    {
        _tools.Dispose();
        _w.Dispose();
    }

    private async Task<(string Text, IReadOnlyList<string> Codes)> ReceiptAsync(long id)
    {
        var service = new DossierService(_w.Db, _w.Centre, new PdfSharpDocumentRenderer(), _w.Clock);
        var pdf = (await service.ReceiptPdfAsync(id))!.Value.Pdf;
        var file = _tools.Save(pdf, $"receipt-{id}.pdf");
        return (_tools.FlatText(file), _tools.Decode(_tools.RenderPage(file)));
    }

    private static bool HasPaymentQr(IReadOnlyList<string> codes) =>
        codes.Any(c => c.StartsWith("QR-Code:", StringComparison.Ordinal) && VietQr.TryParse(c["QR-Code:".Length..], out _, out _));

    [Fact]
    public async Task UnpaidReceiptCarriesThePaymentQr()
    {
        var d = (await _w.SeedAsync())[0];
        Assert.True(HasPaymentQr((await ReceiptAsync(d.Id)).Codes));
    }

    [Fact]
    public async Task ReceiptOfADossierExemptedLaterShowsTheReasonAndNoPaymentQr()
    {
        var d = (await _w.SeedAsync())[0];
        var reason = (await _w.Payments.ExemptionReasonsAsync())[2];
        Assert.True((await _w.Payments.ExemptAsync(d.Id, d.Version, reason, null, PaymentWorld.Counter)).IsSuccess);
        var (text, codes) = await ReceiptAsync(d.Id);
        Assert.Contains($"Miễn: {reason}", text);
        Assert.False(HasPaymentQr(codes));
    }

    [Fact]
    public async Task ReceiptOfAPaidDossierShowsTheFeeReceiptNumberAndNoPaymentQr()
    {
        var d = (await _w.SeedAsync())[0];
        Assert.True((await _w.Payments.RecordAsync(d.Id, d.Version, new PaymentRequest(PaymentMethod.Cash), PaymentWorld.Counter)).IsSuccess);
        var (text, codes) = await ReceiptAsync(d.Id);
        Assert.Contains("biên lai BL-2026-000001", text);
        Assert.False(HasPaymentQr(codes));
    }
}
