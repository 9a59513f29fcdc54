using OneStop.Core.Scanning;

namespace OneStop.Tests.Scanning;

public sealed class ScanTrayTests
{
    [Fact]
    public async Task AFileStillBeingWrittenIsNotPickedUntilItsSizeStaysTheSame()
    {
        using var w = await ScanWorld.CreateAsync();
        var folder = await w.Trays.FolderOfAsync("tiepnhan");
        var pdf = ScanSamples.Pdf(2);
        var path = Path.Combine(folder, "scan0001.pdf");

        await using (var writing = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read))
        {
            writing.Write(pdf, 0, pdf.Length / 2);
            writing.Flush();
            await w.Trays.PollAsync();
            w.H.Clock.Advance(TimeSpan.FromSeconds(2));
            writing.Write(pdf, pdf.Length / 2, pdf.Length - pdf.Length / 2);
            writing.Flush();
            // The scanner is still writing: the size changed since the last look.
            await w.Trays.PollAsync();
            Assert.Empty(await w.Trays.ListAsync("tiepnhan"));
        }
        w.H.Clock.Advance(TimeSpan.FromSeconds(2));
        await w.Trays.PollAsync();

        var file = Assert.Single(await w.Trays.ListAsync("tiepnhan"));
        Assert.Equal(("scan0001.pdf", ScanKind.Pdf, 2, (string?)null), (file.Name, file.Kind, file.Pages, file.Error));
    }

    [Fact]
    public async Task AssigningATrayFileAttachesItAndTakesItOutOfTheFolder()
    {
        using var w = await ScanWorld.CreateAsync();
        var id = await w.ReceiveAsync();
        var folder = await w.Trays.FolderOfAsync("tiepnhan");
        await File.WriteAllBytesAsync(Path.Combine(folder, "scan0002.pdf"), ScanSamples.Pdf(1));
        await File.WriteAllBytesAsync(Path.Combine(folder, "virus.pdf"), ScanSamples.WindowsExe);
        await w.Trays.PollAsync();
        w.H.Clock.Advance(TimeSpan.FromSeconds(2));
        await w.Trays.PollAsync();
        var tray = await w.Trays.ListAsync("tiepnhan");
        // An unreadable file stays in the tray with the reason.
        Assert.Equal(ScanContent.Executable, tray.Single(f => f.Name == "virus.pdf").Error);

        var r = await w.Trays.AssignAsync("tiepnhan", "scan0002.pdf", id, 0, w.Counter);

        Assert.True(r.IsSuccess, r.Error);
        Assert.False(File.Exists(Path.Combine(folder, "scan0002.pdf")));
        Assert.True(w.Storage.Exists(r.Value!.Hash));
        Assert.Equal(["virus.pdf"], (await w.Trays.ListAsync("tiepnhan")).Select(f => f.Name));
        Assert.Single((await w.Scans.GetAsync(id))!.Items[0].Scans);
    }

    [Fact]
    public async Task ATrayCanWatchAFolderOfItsOwn()
    {
        using var w = await ScanWorld.CreateAsync();
        var shared = Directory.CreateDirectory(Path.Combine(w.Folder, "quay-2-share")).FullName;
        await w.Trays.SetFolderAsync("tiepnhan", shared);
        await File.WriteAllBytesAsync(Path.Combine(shared, "a.png"), ScanSamples.Png);

        await w.Trays.PollAsync();
        w.H.Clock.Advance(TimeSpan.FromSeconds(2));
        await w.Trays.PollAsync();

        Assert.Equal(shared, await w.Trays.FolderOfAsync("tiepnhan"));
        Assert.Equal("a.png", Assert.Single(await w.Trays.ListAsync("tiepnhan")).Name);
    }
}
