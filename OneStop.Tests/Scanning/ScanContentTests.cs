using OneStop.Core.Scanning;

namespace OneStop.Tests.Scanning;

public sealed class ScanContentTests
{
    public static TheoryData<string, byte[], ScanKind?, int, string?> Samples => new()
    {
        // A scanner's usual output: one PDF page.
        { "one-page.pdf", ScanSamples.Pdf(1), ScanKind.Pdf, 1, null },
        // Page count comes from the PDF, not from the name or size.
        { "three-pages.pdf", ScanSamples.Pdf(3), ScanKind.Pdf, 3, null },
        // A phone photo.
        { "anh.jpg", ScanSamples.Jpeg, ScanKind.Jpeg, 1, null },
        // A PNG screenshot of an electronic paper.
        { "anh.png", ScanSamples.Png, ScanKind.Png, 1, null },
        // A single-page TIFF, the default of many office scanners.
        { "quet.tif", ScanSamples.Tiff, ScanKind.Tiff, 1, null },
        // A multi-page TIFF: pages are counted by walking the directory chain.
        { "quet-2.tif", ScanSamples.TwoPageTiff(), ScanKind.Tiff, 2, null },
        // The type is decided by the content: a JPEG named .pdf is still accepted as a JPEG.
        { "misnamed.pdf", ScanSamples.Jpeg, ScanKind.Jpeg, 1, null },
        // A Windows program renamed to .pdf.
        { "virus.pdf", ScanSamples.WindowsExe, null, 0, ScanContent.Executable },
        // A Linux program renamed to .jpg.
        { "virus.jpg", ScanSamples.LinuxElf, null, 0, ScanContent.Executable },
        // Anything else that is none of the four kinds (a zip archive here).
        { "tai-lieu.pdf", ScanSamples.Zip, null, 0, ScanContent.Unknown },
        // An upload cut half-way: the end of the PDF is missing.
        { "cut.pdf", ScanSamples.Pdf(2, padBytes: 4000)[..2500], null, 0, ScanContent.BrokenPdf },
        // A password-protected PDF cannot be read by the processing officer later.
        { "locked.pdf", ScanSamples.Pdf(1, userPassword: "mat-khau"), null, 0, ScanContent.EncryptedPdf },
        // A TIFF whose directory points past the end of the file does not decode.
        { "hong.tif", ScanSamples.BrokenTiff(), null, 0, ScanContent.BrokenTiff },
        // A JPEG cut right after its header has no frame.
        { "cut.jpg", ScanSamples.Jpeg[..20], null, 0, ScanContent.BrokenImage },
        // A PNG without its end chunk was not fully written.
        { "cut.png", ScanSamples.Png[..^12], null, 0, ScanContent.BrokenImage },
        // An empty file (a failed scan).
        { "empty.pdf", [], null, 0, ScanContent.Empty },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void ContentDecidesTheKindAndRefusesBadFilesWithAVietnameseReason(string name, byte[] bytes, ScanKind? kind, int pages, string? error)
    {
        var path = Path.Combine(Path.GetTempPath(), "onestop-sniff-" + Guid.NewGuid().ToString("N") + "-" + name);
        File.WriteAllBytes(path, bytes);
        try
        {
            var r = ScanContent.Inspect(path);
            Assert.Equal(error, r.Error);
            Assert.Equal(kind, r.Value?.Kind);
            Assert.Equal(pages, r.Value?.Pages ?? 0);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("Giấy khai sinh.pdf", true)]    // Vietnamese letters are fine
    [InlineData("../../etc/passwd", false)]     // a path climbing out
    [InlineData("C:\\scans\\a.pdf", false)]     // a Windows path
    [InlineData("a\u0000.pdf", false)]           // a NUL byte
    [InlineData("a\u202Efdp.exe", false)]       // right-to-left override hiding the real extension
    [InlineData("   ", false)]                  // nothing but spaces
    [InlineData("..", false)]                   // the parent folder
    public void FileNamesWithPathsOrOddCharactersAreRefused(string name, bool ok) =>
        Assert.Equal(ok, ScanFileName.Parse(name).IsSuccess);
}
