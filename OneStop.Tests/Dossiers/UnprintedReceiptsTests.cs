using OneStop.Core.Documents;
using OneStop.Core.Dossiers;

namespace OneStop.Tests.Dossiers;

public sealed class UnprintedReceiptsTests
{
    [Fact]
    public async Task A_dossier_saved_without_its_receipt_printed_is_listed_for_its_officer_until_the_receipt_is_printed()
    {
        await using var w = await ReceptionWorld.CreateAsync(new DateTimeOffset(2026, 11, 25, 3, 0, 0, TimeSpan.Zero));
        var p = await w.ProcedureAsync("1.004873");
        var dossiers = new DossierService(w.Factory, w.Centre, new PdfSharpDocumentRenderer(), w.Clock);
        var unprinted = new UnprintedReceipts(w.Factory, w.Clock);
        var other = new Officer("tiepnhan2", "Lường Văn Hải", "CounterOfficer");
        var supervisor = new Officer("giamsat", "Giám sát", "Supervisor");

        // Printed as the page does it; then a crash between the save and the print; then another officer's dossier.
        var printed = (await w.Reception.ReceiveAsync(ReceptionWorld.Request(p), ReceptionWorld.Officer)).Value!;
        Assert.True((await dossiers.RecordPrintAsync(printed.Id, DossierService.ReceiptForm, ReceptionWorld.Officer)).IsSuccess);
        var crashed = (await w.Reception.ReceiveAsync(ReceptionWorld.Request(p, "Trần Thị Bình", "014190005678"), ReceptionWorld.Officer)).Value!;
        var others = (await w.Reception.ReceiveAsync(ReceptionWorld.Request(p, "Lò Văn Cường", "014190009999"), other)).Value!;
        // Printing another form does not count as the receipt.
        Assert.True((await dossiers.RecordPrintAsync(crashed.Id, "06", ReceptionWorld.Officer)).IsSuccess);

        Assert.Equal([crashed.Code], (await unprinted.ListAsync(ReceptionWorld.Officer)).Select(u => u.Code));
        Assert.Equal([crashed.Code, others.Code], (await unprinted.ListAsync(supervisor)).Select(u => u.Code));
        Assert.Empty(await unprinted.ListAsync(new Officer("chuyenvien", "Chuyên viên", "Specialist")));

        Assert.True((await dossiers.RecordPrintAsync(crashed.Id, DossierService.ReceiptForm, ReceptionWorld.Officer)).IsSuccess);
        Assert.Empty(await unprinted.ListAsync(ReceptionWorld.Officer));
    }
}
