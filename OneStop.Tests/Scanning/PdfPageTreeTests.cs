using System.Text;
using OneStop.Core.Scanning;
using PdfSharp.Pdf.IO;

namespace OneStop.Tests.Scanning;

public sealed class PdfPageTreeTests
{
    /// <summary>Writes a PDF from object bodies (object i+1 is bodies[i]) with a correct classic cross-reference table.</summary>
    private static byte[] Build(IReadOnlyList<string> bodies, int root = 1, string trailerExtra = "", Func<int, long, long>? offsetOf = null)
    {
        var sb = new StringBuilder("%PDF-1.4\n%\u00e2\u00e3\n");
        var offsets = new List<long>();
        for (var i = 0; i < bodies.Count; i++)
        {
            offsets.Add(Encoding.Latin1.GetByteCount(sb.ToString()));
            sb.Append($"{i + 1} 0 obj\n{bodies[i]}\nendobj\n");
        }
        var xref = Encoding.Latin1.GetByteCount(sb.ToString());
        sb.Append($"xref\n0 {bodies.Count + 1}\n0000000000 65535 f\r\n");
        for (var i = 0; i < offsets.Count; i++) sb.Append($"{(offsetOf?.Invoke(i + 1, offsets[i]) ?? offsets[i]):0000000000} 00000 n\r\n");
        sb.Append($"trailer\n<< /Size {bodies.Count + 1} /Root {root} 0 R {trailerExtra}>>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(sb.ToString());
    }

    private static int? Count(byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), "onestop-pagetree-" + Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(path, bytes);
        try { return PdfPageTree.TryCount(path); }
        finally { File.Delete(path); }
    }

    private static int PdfSharpCount(byte[] bytes)
    {
        using var doc = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        return doc.PageCount;
    }

    private static readonly string[] TwoPagesNested =
    [
        "<< /Type /Catalog /Pages 2 0 R /Lang (vi-VN) /ViewerPreferences << /DisplayDocTitle true >> >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 2 >>",
        "<< /Type /Pages /Parent 2 0 R /Kids [4 0 R 5 0 R] /Count 2 >>",
        "<< /Type /Page /Parent 3 0 R /MediaBox [0 0 595.28 841.89] >>",
        "<< /Type /Page /Parent 3 0 R /MediaBox [0 0 595.28 841.89] % a comment\n>>",
    ];

    [Theory]
    [InlineData(1, 0)]        // a one-page scan
    [InlineData(7, 0)]        // several pages in one tree
    [InlineData(2, 300_000)]  // large content does not change the answer
    public void APdfWrittenByPdfSharpIsCountedLikePdfSharpCountsIt(int pages, int pad)
    {
        var bytes = ScanSamples.Pdf(pages, pad);
        Assert.Equal(PdfSharpCount(bytes), Count(bytes));
    }

    [Fact]
    public void ANestedPageTreeIsCountedFromItsRoot()
    {
        var bytes = Build(TwoPagesNested);
        Assert.Equal(2, Count(bytes));
        Assert.Equal(PdfSharpCount(bytes), Count(bytes));
    }

    [Fact]
    public void AnIncrementalUpdateIsFollowedThroughPrev()
    {
        // The original file has one page; an update appended at the end adds a second page and a new page tree node.
        var original = Build(
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        ]);
        var text = Encoding.Latin1.GetString(original);
        var firstXref = int.Parse(text[(text.LastIndexOf("startxref", StringComparison.Ordinal) + 10)..].Split('\n')[0], System.Globalization.CultureInfo.InvariantCulture);
        var sb = new StringBuilder(text);
        var pages = Encoding.Latin1.GetByteCount(sb.ToString());
        sb.Append("2 0 obj\n<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>\nendobj\n");
        var page = Encoding.Latin1.GetByteCount(sb.ToString());
        sb.Append("4 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n");
        var xref = Encoding.Latin1.GetByteCount(sb.ToString());
        sb.Append($"xref\n2 1\n{pages:0000000000} 00000 n\r\n4 1\n{page:0000000000} 00000 n\r\n");
        sb.Append($"trailer\n<< /Size 5 /Root 1 0 R /Prev {firstXref} >>\nstartxref\n{xref}\n%%EOF\n");
        var updated = Encoding.Latin1.GetBytes(sb.ToString());

        Assert.Equal(1, Count(original));
        Assert.Equal(2, Count(updated));
        Assert.Equal(PdfSharpCount(updated), Count(updated));
    }

    [Fact]
    public void ATableThatDoesNotMatchTheFileIsLeftToTheFullParser()
    {
        // Object 4 is said to start 7 bytes later than it does: the fast reader does not vouch for the file.
        Assert.Null(Count(Build(TwoPagesNested, offsetOf: (n, o) => n == 4 ? o + 7 : o)));
    }

    [Fact]
    public void AnIndirectCountOrAMissingPageTreeIsLeftToTheFullParser()
    {
        Assert.Null(Count(Build(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 4 0 R >>",
            "<< /Type /Page /Parent 2 0 R >>", "1"])));
        Assert.Null(Count(Build(["<< /Type /Catalog /Pages 9 0 R >>"])));
    }

    [Fact]
    public void ACrossReferenceStreamIsLeftToTheFullParser()
    {
        // PDF 1.5 files may keep their table in a compressed stream; "startxref" then points to an object, not to "xref".
        var bytes = Encoding.Latin1.GetBytes("%PDF-1.5\n1 0 obj\n<< /Type /XRef /Size 1 /W [1 2 1] /Length 0 >>\nstream\n\nendstream\nendobj\nstartxref\n9\n%%EOF\n");
        Assert.Null(Count(bytes));
    }

    [Fact]
    public void TheInspectorCountsPagesOfPlainAndFallbackPdfsAlike()
    {
        var plain = Path.Combine(Path.GetTempPath(), "onestop-inspect-" + Guid.NewGuid().ToString("N") + ".pdf");
        var skewed = Path.Combine(Path.GetTempPath(), "onestop-inspect-" + Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(plain, Build(TwoPagesNested));
        File.WriteAllBytes(skewed, Build(TwoPagesNested, offsetOf: (n, o) => n == 4 ? o + 7 : o));
        try
        {
            Assert.Equal(2, ScanContent.Inspect(plain).Value?.Pages);
            // PDFsharp reads the skewed table its own way: whatever it answers, the upload gets an answer, not an exception.
            var r = ScanContent.Inspect(skewed);
            Assert.True(r.IsSuccess ? r.Value!.Pages == 2 : r.Error == ScanContent.BrokenPdf);
        }
        finally
        {
            File.Delete(plain);
            File.Delete(skewed);
        }
    }
}
