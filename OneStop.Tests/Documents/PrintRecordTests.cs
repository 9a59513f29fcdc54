using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Core.Accounts;
using OneStop.Core.Dossiers;
using OneStop.Core.Persistence;
using OneStop.Tests.TestSupport;

namespace OneStop.Tests.Documents;

/// <summary>Opening a PDF is a read: only the officer's print button records a print in the trail.</summary>
public sealed class PrintRecordTests(PrintRecordTests.AppFixture app) : IClassFixture<PrintRecordTests.AppFixture>
{
    public sealed class AppFixture : OneStopAppFactory;

    private static readonly Officer Counter = new("tiepnhan", "Cán bộ tiếp nhận", Roles.CounterOfficer);

    private async Task<long> AnyDossierAsync()
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<OneStopDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        return await db.Dossiers.OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
    }

    private async Task<int> TrailCountAsync(long id)
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<OneStopDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        return await db.DossierEvents.CountAsync(e => e.DossierId == id);
    }

    [Fact]
    public async Task TenReloadsOfTheReceiptAppendNothingAndPressingPrintRecordsExactlyOne()
    {
        var client = await HttpLogin.SignedInAsync(app, "tiepnhan", "Tiepnhan@2026");
        var id = await AnyDossierAsync();
        var before = await TrailCountAsync(id);

        for (var i = 0; i < 10; i++)
        {
            var r = await client.GetAsync($"/ho-so/{id}/giay-tiep-nhan.pdf");
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.Equal("%PDF"u8.ToArray(), (await r.Content.ReadAsByteArrayAsync())[..4]);
        }
        var form = await client.GetAsync($"/ho-so/{id}/mau/06.pdf");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Equal(before, await TrailCountAsync(id));

        // What the print button on the dossier page calls in the circuit.
        var dossiers = app.Services.GetRequiredService<DossierService>();
        Assert.True((await dossiers.RecordPrintAsync(id, DossierService.ReceiptForm, Counter)).IsSuccess);

        var details = await dossiers.GetAsync(id);
        Assert.Equal(before + 1, details!.Events.Count);
        var printed = details.Events[^1];
        Assert.Equal(DossierEventKinds.Printed, printed.Kind);
        Assert.Equal(DossierService.ReceiptTitle, printed.Note);
        Assert.Equal("tiepnhan", printed.Actor);
    }

    [Fact]
    public async Task AnUnknownFormIsNeitherPrintedNorRecorded()
    {
        var client = await HttpLogin.SignedInAsync(app, "tiepnhan", "Tiepnhan@2026");
        var id = await AnyDossierAsync();
        var before = await TrailCountAsync(id);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/ho-so/{id}/mau/99.pdf")).StatusCode);
        Assert.False((await app.Services.GetRequiredService<DossierService>().RecordPrintAsync(id, "99", Counter)).IsSuccess);
        Assert.Equal(before, await TrailCountAsync(id));
    }
}
