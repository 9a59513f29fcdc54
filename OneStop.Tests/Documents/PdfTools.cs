using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace OneStop.Tests.Documents;

/// <summary>Runs the Debian tools (poppler-utils, zbar-tools) on rendered documents in a temp folder.</summary>
public sealed partial class PdfTools : IDisposable
{
    public PdfTools()
    {
        Folder = Directory.CreateTempSubdirectory("onestop-docs-").FullName;
    }

    public string Folder { get; }

    public string Save(byte[] bytes, string name)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>The text of the PDF, laid out as on the page.</summary>
    public string Text(string pdf) => Run("pdftotext", "-layout", pdf, "-").Output;

    /// <summary>
    /// The text with every run of whitespace (line breaks too) as one space, so a label and its
    /// value, or a sentence wrapped over two lines, compare as one phrase.
    /// </summary>
    public string FlatText(string pdf) => Spaces().Replace(Text(pdf), " ");

    /// <summary>
    /// The text in the order it was drawn, flattened: a table cell's lines stay together instead of interleaving with the
    /// cells beside them as in the page layout.
    /// </summary>
    public string DrawnText(string pdf) => Spaces().Replace(Run("pdftotext", "-raw", pdf, "-").Output, " ");

    public (double Width, double Height, int Pages) Info(string pdf)
    {
        var info = Run("pdfinfo", pdf).Output;
        var size = PageSizeLine().Match(info);
        Assert.True(size.Success, info);
        var pages = int.Parse(PagesLine().Match(info).Groups[1].Value, CultureInfo.InvariantCulture);
        return (double.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture),
                double.Parse(size.Groups[2].Value, CultureInfo.InvariantCulture), pages);
    }

    /// <summary>Renders one page at <paramref name="dpi"/> and returns the PNG path.</summary>
    public string RenderPage(string pdf, int page = 1, int dpi = 200)
    {
        var prefix = Path.Combine(Folder, Path.GetFileNameWithoutExtension(pdf) + $"-p{page}");
        Run("pdftoppm", "-r", dpi.ToString(CultureInfo.InvariantCulture), "-png", "-f", page.ToString(CultureInfo.InvariantCulture),
            "-l", page.ToString(CultureInfo.InvariantCulture), "-singlefile", pdf, prefix);
        return prefix + ".png";
    }

    /// <summary>Every symbol zbarimg finds, as "TYPE:data" lines (e.g. "QR-Code:…", "CODE-128:…").</summary>
    public IReadOnlyList<string> Decode(string png)
    {
        // zbarimg exits 4 when it finds no symbol; the assertion, not the tool, should say so.
        var result = Run("zbarimg", ["-q", png], [0, 4]);
        return result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    public static (string Output, int ExitCode) Run(string file, params string[] args) => Run(file, args, [0]);

    private static (string Output, int ExitCode) Run(string file, string[] args, int[] allowExitCodes)
    {
        var psi = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"Cannot start {file}.");
        var stderr = p.StandardError.ReadToEndAsync();
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (!allowExitCodes.Contains(p.ExitCode))
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited {p.ExitCode}: {stderr.Result}");
        return (output, p.ExitCode);
    }

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }

    [GeneratedRegex(@"Page size:\s+([\d.]+) x ([\d.]+) pts")]
    private static partial Regex PageSizeLine();

    [GeneratedRegex(@"Pages:\s+(\d+)")]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
