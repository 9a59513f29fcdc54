using Microsoft.EntityFrameworkCore;
using OneStop.Core.Calendar;
using OneStop.Core.Centre;
using OneStop.Core.Dossiers;
using OneStop.Core.Payments;

namespace OneStop.Tests.Payments;

/// <summary>§7: a result leaves with its fee unpaid only when the officer confirms it, and the trail says so.</summary>
public sealed class ReturnWithFeeTests
{
    private static async Task<(PaymentWorld World, ProcessingService Processing, Dossier Dossier)> ReadyAsync()
    {
        var w = new PaymentWorld();
        var d = (await w.SeedAsync(1))[0];
        await using (var ctx = w.Db.CreateDbContext())
            await ctx.Database.ExecuteSqlAsync($"UPDATE Dossiers SET Status = 'ResultReady', HolderRole = 'CounterOfficer' WHERE Id = {d.Id}");
        var processing = new ProcessingService(w.Db, new CalendarService(w.Db, new CentreOfficeHours(w.Db), w.Clock), w.Clock);
        return (w, processing, d);
    }

    [Fact]
    public async Task AResultWithAnUnpaidFeeIsRefusedUntilTheOfficerConfirms()
    {
        var (w, processing, d) = await ReadyAsync();
        using var _ = w;
        var refused = await processing.ReturnAsync(d.Id, d.Version, new ReturnRequest(true, null, d.ApplicantIdNumber), PaymentWorld.Counter);
        Assert.False(refused.IsSuccess);
        Assert.Equal(ProcessingService.UnpaidFee, refused.Error);

        var confirmed = await processing.ReturnAsync(d.Id, d.Version, new ReturnRequest(true, null, d.ApplicantIdNumber, AcceptUnpaidFee: true), PaymentWorld.Counter);
        Assert.True(confirmed.IsSuccess, confirmed.Error);
        await using var ctx = w.Db.CreateDbContext();
        var returned = await ctx.DossierEvents.AsNoTracking().SingleAsync(e => e.DossierId == d.Id && e.Kind == DossierEventKinds.Returned);
        Assert.Equal(ProcessingService.UnpaidFeeNote, returned.Note);
    }

    [Fact]
    public async Task APaidFeeNeedsNoConfirmation()
    {
        var (w, processing, d) = await ReadyAsync();
        using var _ = w;
        Assert.True((await w.Payments.RecordAsync(d.Id, d.Version, new PaymentRequest(PaymentMethod.Cash), PaymentWorld.Counter)).IsSuccess);
        Assert.False(await processing.IsFeeUnpaidAsync(d.Id));
        var version = (await w.Payments.GetAsync(d.Id))!.DossierVersion;
        var r = await processing.ReturnAsync(d.Id, version, new ReturnRequest(true, null, d.ApplicantIdNumber), PaymentWorld.Counter);
        Assert.True(r.IsSuccess, r.Error);
    }
}
