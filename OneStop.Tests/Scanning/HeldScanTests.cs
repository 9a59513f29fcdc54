using OneStop.Core.Accounts;
using OneStop.Core.Dossiers;
using OneStop.Core.Scanning;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace OneStop.Tests.Scanning;

/// <summary>Files held before they are attached: the reception form before its save, images waiting to be put in order.</summary>
public sealed class HeldScanTests
{
    [Fact]
    public async Task AHeldFileIsCheckedAtOnceAndAttachedAfterTheDossierIsSaved()
    {
        using var w = await ScanWorld.CreateAsync();
        var held = await w.Scans.HoldAsync(new MemoryStream(ScanSamples.Pdf(2)), "Tờ khai.pdf");
        Assert.True(held.IsSuccess, held.Error);
        Assert.Equal((ScanKind.Pdf, 2), (held.Value!.Kind, held.Value.Pages));
        Assert.Equal(0, await w.CountAsync<Attachment>());

        var id = await w.ReceiveAsync();
        var r = await w.Scans.AttachHeldAsync(id, 0, held.Value, w.Counter);

        Assert.True(r.IsSuccess, r.Error);
        Assert.Equal(0, w.TempFiles);
        Assert.True(w.Storage.Exists(held.Value.Hash));
        Assert.Single((await w.Scans.GetAsync(id))!.Items[0].Scans);
    }

    [Fact]
    public async Task ABadFileIsRefusedWhenHeldAndLeavesNothingBehind()
    {
        using var w = await ScanWorld.CreateAsync();
        var r = await w.Scans.HoldAsync(new MemoryStream(ScanSamples.WindowsExe), "to-khai.pdf");
        Assert.Equal(ScanContent.Executable, r.Error);
        Assert.Equal(0, w.TempFiles);
    }

    [Fact]
    public async Task AHeldFileThatCannotBeAttachedIsKeptAndGoesToTheCountersTray()
    {
        using var w = await ScanWorld.CreateAsync();
        var id = await w.ReceiveAsync();
        var bytes = ScanSamples.Pdf(1);
        await w.AttachOkAsync(id, 0, bytes);
        // The same file again on the same item is refused: the held copy must not vanish with the refusal.
        var held = (await w.Scans.HoldAsync(new MemoryStream(bytes), "to-khai.pdf")).Value!;

        var r = await w.Scans.AttachHeldAsync(id, 0, held, w.Counter);
        Assert.Equal(ScanService.AlreadyAttached, r.Error);
        Assert.True(File.Exists(held.TempPath));

        var name = await w.Trays.ReturnToTrayAsync("tiepnhan", held);
        Assert.Equal("to-khai.pdf", name);
        Assert.True(File.Exists(Path.Combine(await w.Trays.FolderOfAsync("tiepnhan"), name)));
        Assert.Equal(0, w.TempFiles);
    }

    [Fact]
    public async Task HeldImagesAreCombinedInTheOrderTheOfficerPutThemIn()
    {
        using var w = await ScanWorld.CreateAsync();
        var id = await w.ReceiveAsync();
        var jpeg = (await w.Scans.HoldAsync(new MemoryStream(ScanSamples.Jpeg), "trang-a.jpg")).Value!;
        var png = (await w.Scans.HoldAsync(new MemoryStream(ScanSamples.Png), "trang-b.png")).Value!;

        // Chosen JPEG first, then moved below the PNG.
        var r = await w.Scans.CombineHeldAsync(id, 1, [png, jpeg], "Giấy chứng sinh.pdf", w.Counter);

        Assert.True(r.IsSuccess, r.Error);
        using var pdf = PdfReader.Open(w.Storage.PathOf(r.Value!.Hash), PdfDocumentOpenMode.Import);
        Assert.Equal(2, pdf.PageCount);
        Assert.NotEqual(16, ImageWidth(pdf.Pages[0]));   // the PNG (a QR code, wider than 16 px)
        Assert.Equal(16, ImageWidth(pdf.Pages[1]));      // the 16×16 JPEG
        Assert.Equal(0, w.TempFiles);
    }

    [Fact]
    public async Task OnlyImagesAreCombined()
    {
        using var w = await ScanWorld.CreateAsync();
        var id = await w.ReceiveAsync();
        var pdf = (await w.Scans.HoldAsync(new MemoryStream(ScanSamples.Pdf(1)), "a.pdf")).Value!;
        var r = await w.Scans.CombineHeldAsync(id, 0, [pdf], "x.pdf", w.Counter);
        Assert.False(r.IsSuccess);
        Assert.True(File.Exists(pdf.TempPath));
        w.Scans.Release(pdf);
        Assert.Equal(0, w.TempFiles);
    }

    [Theory]
    [InlineData("quet/quay-1", false)]   // a relative path says nothing about where on the server
    [InlineData("", true)]               // blank: back to the default folder
    public async Task ATraysFolderMustBeAFullPathOnTheServer(string folder, bool ok)
    {
        using var w = await ScanWorld.CreateAsync();
        var r = await w.Trays.SetFolderAsync("tiepnhan", folder);
        Assert.Equal(ok, r.IsSuccess);
        Assert.Equal(w.Trays.DefaultFolderOf("tiepnhan"), await w.Trays.FolderOfAsync("tiepnhan"));
    }

    private static int ImageWidth(PdfPage page)
    {
        var xobjects = page.Resources.Elements.GetDictionary("/XObject")!;
        var image = (PdfDictionary)((PdfSharp.Pdf.Advanced.PdfReference)xobjects.Elements.Values.First()!).Value;
        return image.Elements.GetInteger("/Width");
    }
}
