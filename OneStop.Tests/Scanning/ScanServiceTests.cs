using Microsoft.EntityFrameworkCore;
using OneStop.Core.Centre;
using OneStop.Core.Dossiers;
using OneStop.Core.Scanning;
using OneStop.Tests.Dossiers.Processing;

namespace OneStop.Tests.Scanning;

public sealed class ScanServiceTests
{
    [Fact]
    public async Task AttachedScanIsStoredUnderItsHashWithARowAndATrailEvent()
    {
        using var w = await ScanWorld.CreateAsync();
        var id = await w.ReceiveAsync();
        var pdf = ScanSamples.Pdf(2);

        var a = await w.AttachOkAsync(id, 1, pdf, "Giấy chứng sinh.pdf");

        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)), a.Hash);
        Assert.Equal(pdf, await File.ReadAllBytesAsync(w.Storage.PathOf(a.Hash)));
        Assert.Equal(2, a.Pages);
        Assert.Equal(ScanWorld.Papers[1], a.ItemName);
        var e = (await w.H.EventsAsync(id)).Last();
        Assert.Equal(DossierEventKinds.ScanAttached, e.Kind);
        var data = DossierEventData.Read<ScanData>(e)!;
        Assert.Equal((a.Hash, "Giấy chứng sinh.pdf", 1), (data.Hash, data.FileName, data.ItemIndex));
        Assert.Equal(0, w.TempFiles);
    }

    [Fact]
    public async Task TheSameFileInTwoDossiersIsStoredOnceAndDeletedOnlyWhenTheLastAttachmentGoes()
    {
        using var w = await ScanWorld.CreateAsync();
        var first = await w.ReceiveAsync();
        var second = await w.ReceiveAsync(id: "014190009999");
        var pdf = ScanSamples.Pdf(1);
        var a1 = await w.AttachOkAsync(first, 0, pdf);
        var a2 = await w.AttachOkAsync(second, 0, pdf);
        Assert.Equal(1, w.StoredFiles);
        Assert.Equal(1, await w.CountAsync<ScanFile>());

        Assert.True((await w.Scans.RemoveAsync(a1.Id, w.Counter)).IsSuccess);
        Assert.True(w.Storage.Exists(a2.Hash));

        Assert.True((await w.Scans.RemoveAsync(a2.Id, w.Counter)).IsSuccess);
        Assert.False(w.Storage.Exists(a2.Hash));
        Assert.Equal(0, await w.CountAsync<ScanFile>());
        Assert.Equal(DossierEventKinds.ScanRemoved, (await w.H.EventsAsync(second)).Last().Kind);
    }

    [Fact]
    public async Task AFileOverThePerFileLimitIsRefusedAndLeavesNothingBehind()
    {
        using var w = await ScanWorld.CreateAsync();
        var id = await w.ReceiveAsync();
        await SetLimitsAsync(w, fileMb: 1, dossierMb: 2);

        var r = await w.Scans.AttachAsync(id, 0, new MemoryStream(ScanSamples.PdfOfAbout(1_200_000)), "lon.pdf", w.Counter);

        Assert.Equal(ScanService.FileTooLarge(1), r.Error);
        Assert.Equal((0, 0, 0), (w.StoredFiles, w.TempFiles, await w.CountAsync<Attachment>()));
    }

    [Fact]
    public async Task ScansOverThePerDossierLimitAreRefused()
    {
        using var w = await ScanWorld.CreateAsync();
        var id = await w.ReceiveAsync();
        await SetLimitsAsync(w, fileMb: 1, dossierMb: 1);
        await w.AttachOkAsync(id, 0, ScanSamples.PdfOfAbout(600_000));

        var r = await w.Scans.AttachAsync(id, 1, new MemoryStream(ScanSamples.PdfOfAbout(610_000)), "b.pdf", w.Counter);

        Assert.Equal(ScanService.DossierTooLarge(1), r.Error);
        Assert.Equal(1, await w.CountAsync<Attachment>());
        Assert.Equal(1, w.StoredFiles);
    }

    [Fact]
    public async Task ACrashBetweenFileAndRowLeavesNoRowAndTheSweepRemovesTheOrphanFile()
    {
        using var w = await ScanWorld.CreateAsync();
        var id = await w.ReceiveAsync();
        var pdf = ScanSamples.Pdf(1);
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf));
        w.Scans.BeforeCommit = () => throw new IOException("power cut");

        await Assert.ThrowsAsync<IOException>(() => w.Scans.AttachAsync(id, 0, new MemoryStream(pdf), "a.pdf", w.Counter));

        Assert.Equal(0, await w.CountAsync<Attachment>());
        Assert.Equal(0, await w.CountAsync<ScanFile>());
        Assert.DoesNotContain(await w.H.EventsAsync(id), e => e.Kind == DossierEventKinds.ScanAttached);
        Assert.True(w.Storage.Exists(hash));
        // A fresh orphan might be an upload on its way to its row: the sweep waits for the grace period.
        Assert.Equal(0, await w.Scans.SweepAsync());
        File.SetLastWriteTimeUtc(w.Storage.PathOf(hash), DateTime.UtcNow - ScanStorage.SweepGrace - TimeSpan.FromMinutes(1));
        Assert.Equal(1, await w.Scans.SweepAsync());
        Assert.False(w.Storage.Exists(hash));
    }

    [Fact]
    public async Task TheSweepKeepsFilesAnAttachmentRefersTo()
    {
        using var w = await ScanWorld.CreateAsync();
        var id = await w.ReceiveAsync();
        var a = await w.AttachOkAsync(id, 0, ScanSamples.Pdf(1));
        File.SetLastWriteTimeUtc(w.Storage.PathOf(a.Hash), DateTime.UtcNow.AddDays(-3));

        Assert.Equal(0, await w.Scans.SweepAsync());
        Assert.True(w.Storage.Exists(a.Hash));
    }

    [Fact]
    public async Task RefusedContentLeavesTheDossierUnchanged()
    {
        using var w = await ScanWorld.CreateAsync();
        var id = await w.ReceiveAsync();
        var before = (await w.H.EventsAsync(id)).Count;

        var r = await w.Scans.AttachAsync(id, 0, new MemoryStream(ScanSamples.WindowsExe), "giay-to.pdf", w.Counter);

        Assert.Equal(ScanContent.Executable, r.Error);
        Assert.Equal(before, (await w.H.EventsAsync(id)).Count);
        Assert.Equal((0, 0), (w.StoredFiles, w.TempFiles));
    }

    [Fact]
    public async Task StatusSaysHowManyHandedInPapersAreStillMissing()
    {
        using var w = await ScanWorld.CreateAsync();
        var id = await w.ReceiveAsync(third: false);
        Assert.Equal("Thiếu 2 mục", (await w.Scans.GetAsync(id))!.Status);

        await w.AttachOkAsync(id, 0, ScanSamples.Pdf(1));
        await w.AttachOkAsync(id, 1, ScanSamples.Jpeg, "anh.jpg");

        var d = (await w.Scans.GetAsync(id))!;
        Assert.True(d.Complete);
        Assert.Equal("Đã số hóa đủ", d.Status);
    }

    [Fact]
    public async Task AScanMovedToAnotherItemIsRecordedWithBothItems()
    {
        using var w = await ScanWorld.CreateAsync();
        var id = await w.ReceiveAsync();
        var a = await w.AttachOkAsync(id, 0, ScanSamples.Pdf(1));

        Assert.True((await w.Scans.ReassignAsync(a.Id, 2, w.Counter)).IsSuccess);

        var d = (await w.Scans.GetAsync(id))!;
        Assert.Empty(d.Items[0].Scans);
        Assert.Single(d.Items[2].Scans);
        var data = DossierEventData.Read<ScanReassignedData>((await w.H.EventsAsync(id)).Last())!;
        Assert.Equal((0, 2, ScanWorld.Papers[2]), (data.FromIndex, data.ToIndex, data.ToName));
    }

    [Fact]
    public async Task ASpecialistNotHoldingTheDossierCannotAttachButTheHolderCan()
    {
        using var w = await ScanWorld.CreateAsync();
        var id = await w.ReceiveAsync();
        var r = await w.Scans.AttachAsync(id, 0, new MemoryStream(ScanSamples.Pdf(1)), "a.pdf", ProcessingHarness.Specialist);
        Assert.False(r.IsSuccess);

        await w.H.ToSpecialistAsync(id);
        await w.AttachOkAsync(id, 0, ScanSamples.Pdf(1), by: ProcessingHarness.Specialist);
        var other = await w.Scans.AttachAsync(id, 1, new MemoryStream(ScanSamples.Pdf(2)), "b.pdf", ProcessingHarness.Specialist2);
        Assert.False(other.IsSuccess);
    }

    [Fact]
    public async Task TheResultIsDigitisedOnceReadyAndNotBefore()
    {
        using var w = await ScanWorld.CreateAsync();
        var id = await w.ReceiveAsync();
        var early = await w.Scans.AttachAsync(id, null, new MemoryStream(ScanSamples.Pdf(1)), "ket-qua.pdf", w.Counter);
        Assert.False(early.IsSuccess);

        await w.H.ToSpecialistAsync(id);
        Assert.True((await w.H.ReadyAsync(id)).IsSuccess);
        await w.AttachOkAsync(id, null, ScanSamples.Pdf(1), "ket-qua.pdf");

        var d = (await w.Scans.GetAsync(id))!;
        Assert.True(d.ResultDigitised);
        Assert.Equal(DossierEventKinds.ResultDigitised, (await w.H.EventsAsync(id)).Last().Kind);
    }

    [Fact]
    public async Task PapersOfAnEarlierDossierOfTheSameCccdAreReusedByReference()
    {
        using var w = await ScanWorld.CreateAsync();
        var earlier = await w.ReceiveAsync();
        var other = await w.ReceiveAsync(id: "014190009999");
        var a = await w.AttachOkAsync(earlier, 1, ScanSamples.Pdf(1), "Giấy chứng sinh.pdf");
        await w.AttachOkAsync(other, 1, ScanSamples.Pdf(3), "nguoi-khac.pdf");
        var now = await w.ReceiveAsync();

        var reusable = await w.Scans.ReusableAsync(now);
        var paper = Assert.Single(reusable);
        var earlierCode = (await w.H.GetAsync(earlier)).Code;
        Assert.Equal((ScanWorld.Papers[1], earlierCode), (paper.ItemName, paper.DossierCode));

        var r = await w.Scans.ReuseAsync(now, 1, paper.AttachmentId, w.Counter);
        Assert.True(r.IsSuccess, r.Error);
        Assert.Equal(a.Hash, r.Value!.Hash);
        Assert.Equal(2, w.StoredFiles);
        var data = DossierEventData.Read<ScanData>((await w.H.EventsAsync(now)).Last())!;
        Assert.Equal(earlierCode, data.ReusedFromCode);

        // Another citizen's paper is never offered nor accepted.
        var foreign = await w.Scans.ReuseAsync(other, 0, a.Id, w.Counter);
        Assert.False(foreign.IsSuccess);
    }

    [Fact]
    public async Task SeveralImagesOfOnePaperBecomeOneA4PdfInTheOrderGiven()
    {
        using var w = await ScanWorld.CreateAsync();
        var id = await w.ReceiveAsync();

        var r = await w.Scans.AttachCombinedAsync(id, 0,
            [(new MemoryStream(ScanSamples.Jpeg), "trang-1.jpg"), (new MemoryStream(ScanSamples.Png), "trang-2.png"), (new MemoryStream(ScanSamples.Jpeg), "trang-3.jpg")],
            "To khai.pdf", w.Counter);

        Assert.True(r.IsSuccess, r.Error);
        Assert.Equal(("application/pdf", 3), (r.Value!.ContentType, r.Value.Pages));
        using var pdf = PdfSharp.Pdf.IO.PdfReader.Open(w.Storage.PathOf(r.Value.Hash), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
        Assert.Equal(595, pdf.Pages[0].Width.Point, 0);
        Assert.Equal(0, w.TempFiles);
    }

    private static async Task SetLimitsAsync(ScanWorld w, int fileMb, int dossierMb)
    {
        var s = CentreService.Copy(await w.H.Centre.GetAsync());
        s.ScanFileLimitMb = fileMb;
        s.ScanDossierLimitMb = dossierMb;
        var r = await w.H.Centre.SaveAsync(s);
        Assert.True(r.IsSuccess, r.Error + string.Join(";", r.FieldErrors.Values));
    }
}
