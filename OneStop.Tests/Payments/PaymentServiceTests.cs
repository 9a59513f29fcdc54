using OneStop.Core.Payments;
using OneStop.Tests.Documents;

namespace OneStop.Tests.Payments;

public sealed class PaymentServiceTests : IDisposable
{
    private readonly PaymentWorld _w = new();
    public void Dispose() => _w.Dispose();

    [Fact]
    public async Task CashPaymentGetsAFeeReceiptNumberAndShowsPaid()
    {
        var d = (await _w.SeedAsync())[0];
        Assert.True(await _w.Payments.IsFeeUnpaidAsync(d.Id));
        var r = await _w.Payments.RecordAsync(d.Id, d.Version, new PaymentRequest(PaymentMethod.Cash), PaymentWorld.Counter);
        Assert.True(r.IsSuccess, r.Error);
        Assert.Equal("BL-2026-000001", r.Value!.ReceiptNumber);
        var state = await _w.Payments.GetAsync(d.Id);
        Assert.Equal(FeeStatus.Paid, state!.Status);
        Assert.False(await _w.Payments.IsFeeUnpaidAsync(d.Id));
    }

    [Fact]
    public async Task ReceiptNumbersFollowOneAnotherAndAFeeIsNeverCollectedTwice()
    {
        var ds = await _w.SeedAsync();
        var first = await _w.Payments.RecordAsync(ds[0].Id, ds[0].Version, new PaymentRequest(PaymentMethod.Transfer, "ft 263 301"), PaymentWorld.Counter);
        var second = await _w.Payments.RecordAsync(ds[1].Id, ds[1].Version, new PaymentRequest(PaymentMethod.Cash), PaymentWorld.Counter);
        Assert.Equal("FT263301", first.Value!.BankReference);
        Assert.Equal("BL-2026-000002", second.Value!.ReceiptNumber);
        var again = await _w.Payments.RecordAsync(ds[0].Id, ds[0].Version + 1, new PaymentRequest(PaymentMethod.Cash), PaymentWorld.Counter);
        Assert.False(again.IsSuccess);
        Assert.Contains("đã nộp phí", again.Error);
    }

    [Fact]
    public async Task StaleVersionIsRefusedWithAClearMessage()
    {
        var d = (await _w.SeedAsync())[0];
        var r = await _w.Payments.RecordAsync(d.Id, d.Version - 1, new PaymentRequest(PaymentMethod.Cash), PaymentWorld.Counter);
        Assert.Equal(PaymentService.Conflict, r.Error);
    }

    [Fact]
    public async Task SpecialistCannotRecordAPayment()
    {
        var d = (await _w.SeedAsync())[0];
        var r = await _w.Payments.RecordAsync(d.Id, d.Version, new PaymentRequest(PaymentMethod.Cash), PaymentWorld.Specialist);
        Assert.False(r.IsSuccess);
        Assert.Contains("cán bộ tiếp nhận", r.Error);
    }

    [Fact]
    public async Task TransferWithoutBankReferenceIsRefused()
    {
        var d = (await _w.SeedAsync())[0];
        var r = await _w.Payments.RecordAsync(d.Id, d.Version, new PaymentRequest(PaymentMethod.Transfer, " "), PaymentWorld.Counter);
        Assert.Contains("mã giao dịch", r.Error);
    }

    [Fact]
    public async Task ExemptionNeedsAReasonFromTheCentreListAndShowsExempt()
    {
        var d = (await _w.SeedAsync())[0];
        var reasons = await _w.Payments.ExemptionReasonsAsync();
        Assert.False((await _w.Payments.ExemptAsync(d.Id, d.Version, "Vì thích", null, PaymentWorld.Counter)).IsSuccess);
        var r = await _w.Payments.ExemptAsync(d.Id, d.Version, reasons[0], "Sổ hộ nghèo 2026", PaymentWorld.Supervisor);
        Assert.True(r.IsSuccess, r.Error);
        Assert.Equal(FeeStatus.Exempt, (await _w.Payments.GetAsync(d.Id))!.Status);
    }

    [Fact]
    public async Task PaymentIsOnTheTrail()
    {
        var d = (await _w.SeedAsync())[0];
        await _w.Payments.RecordAsync(d.Id, d.Version, new PaymentRequest(PaymentMethod.Cash), PaymentWorld.Counter);
        await using var ctx = _w.Db.CreateDbContext();
        var e = ctx.DossierEvents.Single(x => x.DossierId == d.Id && x.Kind == Core.Dossiers.DossierEventKinds.PaymentRecorded);
        var data = Core.Dossiers.DossierEventData.Read<Core.Dossiers.PaymentRecordedData>(e)!;
        Assert.Equal(("BL-2026-000001", PaymentWorld.Fee), (data.ReceiptNumber, data.Amount));
    }

    [Fact]
    public async Task NoBankAccountMeansNoSlipAndTheOfficerIsToldWhy()
    {
        var d = (await _w.SeedAsync(bankAccount: false))[0];
        var slip = await _w.Payments.SlipPdfAsync(d.Id);
        Assert.False(slip.IsSuccess);
        Assert.Equal(PaymentSlips.NoBankAccount, slip.Error);
        Assert.Equal(PaymentSlips.NoBankAccount, (await _w.Payments.GetAsync(d.Id))!.SlipRefusal);
    }

    [Fact]
    public async Task SlipOfAStoredDossierDecodesToItsCodeAndFee()
    {
        var d = (await _w.SeedAsync())[0];
        var slip = await _w.Payments.SlipPdfAsync(d.Id);
        using var tools = new PdfTools();
        var png = tools.RenderPage(tools.Save(slip.Value.Pdf, "slip.pdf"));
        var qr = VietQr.Parse(tools.Decode(png).Single(s => s.StartsWith("QR-Code:", StringComparison.Ordinal))["QR-Code:".Length..]);
        Assert.Equal((PaymentWorld.Fee, d.Code, "8600123456789"), (qr.Amount!.Value, qr.Purpose!, qr.AccountNumber));
    }
}
