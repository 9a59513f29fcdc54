using System.Text;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace OneStop.Core.Documents.Rendering;

internal enum Align { Left, Center, Right }

/// <summary>A piece of text in one font; paragraphs are lists of runs.</summary>
internal readonly record struct Run(string Text, XFont Font);

/// <summary>Font sizes and margins for one paper.</summary>
/// <param name="Leading">Line pitch as a multiple of the font size; 0 keeps the font's own line spacing (≈1.36 for Noto Sans).</param>
internal sealed record PageMetrics(
    PageSize Size, PageOrientation Orientation,
    double MarginLeft, double MarginRight, double MarginTop, double MarginBottom,
    double Body, double Small, double Title, double Header, double Leading = 0)
{
    /// <summary>Letters: A4 whenever the centre prints on A4 (one copy a sheet, or two copies a sheet for the receipt).</summary>
    public static PageMetrics For(PaperSize size) => size == PaperSize.A5 ? A5 : A4;

    /// <summary>
    /// Mẫu 01 prints one copy per sheet: A5 with 10–11 mm margins, 8.5 pt body and a tighter
    /// line pitch, so a typical dossier (≈5 papers) keeps each copy on one page.
    /// </summary>
    /// <see cref="PaperSize.A4TwoCopies"/> lays out the same A5 pages, placed two to an A4 sheet afterwards.
    public static PageMetrics Receipt(PaperSize size) => size == PaperSize.A4 ? A4 : ReceiptA5;

    public static readonly PageMetrics ReceiptA5 = new(PageSize.A5, PageOrientation.Portrait, 31, 28, 30, 28, 8.5, 7, 10.5, 8, 1.24);

    /// <summary>The payment slip on A6: small margins and type, the QR still ≥ 1.5 pt per module.</summary>
    public static readonly PageMetrics A6 = new(PageSize.Undefined, PageOrientation.Portrait, 18, 16, 18, 16, 7, 6, 9, 6.5, 1.24);

    public static readonly PageMetrics A5 = new(PageSize.A5, PageOrientation.Portrait, 30, 24, 26, 24, 9, 7.5, 11, 8.5);
    public static readonly PageMetrics A4 = new(PageSize.A4, PageOrientation.Portrait, 56, 40, 36, 36, 11.5, 9.5, 14, 11);
    public static readonly PageMetrics A4Landscape = new(PageSize.A4, PageOrientation.Landscape, 36, 30, 30, 30, 8.5, 7.5, 13, 9.5);
}

/// <summary>The fonts of one paper size, created once per process (XFont is an immutable description).</summary>
internal sealed class FontSet
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<PageMetrics, FontSet> Cache = new();

    public static FontSet For(PageMetrics m) => Cache.GetOrAdd(m, static m => new FontSet(m));

    private FontSet(PageMetrics m)
    {
        Leading = m.Leading;
        Regular = Make(m.Body, XFontStyleEx.Regular);
        Bold = Make(m.Body, XFontStyleEx.Bold);
        Italic = Make(m.Body, XFontStyleEx.Italic);
        BoldItalic = Make(m.Body, XFontStyleEx.BoldItalic);
        Small = Make(m.Small, XFontStyleEx.Regular);
        SmallBold = Make(m.Small, XFontStyleEx.Bold);
        SmallItalic = Make(m.Small, XFontStyleEx.Italic);
        Title = Make(m.Title, XFontStyleEx.Bold);
        Header = Make(m.Header, XFontStyleEx.Regular);
        HeaderBold = Make(m.Header, XFontStyleEx.Bold);
        HeaderItalic = Make(m.Header, XFontStyleEx.Italic);
    }

    private double Leading { get; }

    public XFont Regular { get; }
    public XFont Bold { get; }
    public XFont Italic { get; }
    public XFont BoldItalic { get; }
    public XFont Small { get; }
    public XFont SmallBold { get; }
    public XFont SmallItalic { get; }
    public XFont Title { get; }
    public XFont Header { get; }
    public XFont HeaderBold { get; }
    public XFont HeaderItalic { get; }

    /// <summary>The line pitch of <paramref name="font"/>: its own spacing, or the paper's tighter leading.</summary>
    public double LineHeight(XFont font) => Leading > 0 ? Math.Min(font.GetHeight(), font.Size * Leading) : font.GetHeight();

    /// <summary>
    /// How far above the line's top to draw the glyph cell so a tightened line stays centred
    /// (Noto Sans keeps a tall ascent for stacked Vietnamese marks; most of it is empty).
    /// </summary>
    public double Lift(XFont font) => (font.GetHeight() - LineHeight(font)) / 2;

    public static XFont Make(double size, XFontStyleEx style) => new(NotoSansFontResolver.Family, size, style, Unicode);
}

/// <summary>
/// A top-to-bottom flow over PDFsharp pages: wrapped text, rules, tables that break across pages
/// with repeated headers. A new page calls <see cref="OnNewPage"/> for page marks ("Liên 1 …").
/// </summary>
internal sealed class FormCanvas : IDisposable
{
    private readonly PdfDocument _doc = new();
    private PdfPage? _page;
    private XGraphics? _g;
    // Both copies of a receipt wrap the same words: measure each (font, word) once per document.
    private readonly Dictionary<(XFont Font, string Text), double> _widths = [];

    public FormCanvas(PageMetrics metrics, string title)
    {
        NotoSansFontResolver.EnsureRegistered();
        Metrics = metrics;
        Fonts = FontSet.For(metrics);
        _doc.Info.Title = Clean(title);
        _doc.Info.Creator = "OneStop";
        _doc.Options.CompressContentStreams = true;
        _doc.Options.NoCompression = false;
        _doc.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;
    }

    public PageMetrics Metrics { get; }
    public FontSet Fonts { get; }
    public XGraphics G => _g ?? throw new InvalidOperationException("No page yet.");
    public double Y { get; set; }
    public double Left => Metrics.MarginLeft;
    public double Right => PageWidth - Metrics.MarginRight;
    public double Width => Right - Left;
    public double PageWidth { get; private set; }
    public double PageHeight { get; private set; }
    public double Bottom => PageHeight - Metrics.MarginBottom;
    public int PageCount => _doc.PageCount;

    private readonly Dictionary<object, XForm> _stamps = [];

    /// <summary>
    /// A block drawn once into a form XObject of this document and placed on as many pages as
    /// needed (a receipt's code strip on both copies): its content is built and written once.
    /// </summary>
    public XForm Stamp(object key, double width, double height, Action<XGraphics> draw)
    {
        if (_stamps.TryGetValue(key, out var form)) return form;
        form = new XForm(_doc, new XRect(0, 0, width, height));
        using (var g = XGraphics.FromForm(form)) draw(g);
        _stamps[key] = form;
        return form;
    }

    /// <summary>Draws page-level marks on every new page; may move <see cref="Y"/>.</summary>
    public Action<FormCanvas>? OnNewPage { get; set; }

    public void NewPage()
    {
        _g?.Dispose();
        _page = _doc.AddPage();
        if (Metrics.Size == PageSize.Undefined)
        {
            // A6 (105 × 148 mm): PDFsharp's PageSize has no A6.
            _page.Width = XUnit.FromMillimeter(105);
            _page.Height = XUnit.FromMillimeter(148);
        }
        else
        {
            _page.Size = Metrics.Size;
            _page.Orientation = Metrics.Orientation;
        }
        PageWidth = _page.Width.Point;
        PageHeight = _page.Height.Point;
        _g = XGraphics.FromPdfPage(_page);
        Y = Metrics.MarginTop;
        OnNewPage?.Invoke(this);
    }

    /// <summary>Starts a new page unless <paramref name="height"/> still fits on this one.</summary>
    public void Ensure(double height)
    {
        if (_g is null || Y + height > Bottom) NewPage();
    }

    public void Space(double points) => Y += points;

    /// <summary>Draws the page-level marks on every page once the content is known ("Trang 1/3").</summary>
    public void Overlay(Action<XGraphics, int, int, double, double> draw)
    {
        _g?.Dispose();
        _g = null;
        for (var i = 0; i < _doc.PageCount; i++)
        {
            var page = _doc.Pages[i];
            using var g = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            draw(g, i + 1, _doc.PageCount, page.Width.Point, page.Height.Point);
        }
    }

    public byte[] ToPdf()
    {
        _g?.Dispose();
        _g = null;
        // PDFsharp compresses page contents but leaves form XObjects (the stamps) as written.
        if (_stamps.Count > 0)
            foreach (var obj in _doc.Internals.GetAllObjects())
                if (obj is PdfSharp.Pdf.Advanced.PdfFormXObject { Stream: { } stream } form && !form.Elements.ContainsKey("/Filter"))
                    stream.Zip();
        using var ms = new MemoryStream(128 * 1024);
        _doc.Save(ms, closeStream: false);
        return ms.ToArray();
    }

    public void Dispose()
    {
        _g?.Dispose();
        _doc.Dispose();
    }

    // ---- text ----

    public static string Clean(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : PlainlyComposed(text) ? text : text.Normalize(NormalizationForm.FormC);

    /// <summary>
    /// True when every character is below U+0300 (Basic Latin to Latin Extended-B: đ, ơ, ư, ă, â…)
    /// or a precomposed Vietnamese letter (U+1EA0–U+1EF9), plus … – —: such text is already NFC, so the ICU
    /// call (the costliest step of laying out a line) is skipped. Anything else is normalised.
    /// </summary>
    private static bool PlainlyComposed(string text)
    {
        foreach (var ch in text)
            if (ch >= '\u0300' && (ch < '\u1EA0' || ch > '\u1EF9') && ch != '…' && ch != '–' && ch != '—') return false;
        return true;
    }

    /// <summary>One laid-out line: pieces with their x offsets.</summary>
    internal sealed record Line(List<(string Text, XFont Font, double X)> Pieces, double Width, double Height);

    /// <summary>Breaks runs into lines no wider than <paramref name="width"/>; '\n' forces a break.</summary>
    public List<Line> Wrap(IReadOnlyList<Run> runs, double width)
    {
        var lines = new List<Line>();
        var pieces = new List<(string Text, XFont Font, double X)>();
        var sb = new StringBuilder();
        XFont? pieceFont = null;
        double pieceX = 0, x = 0, lineHeight = 0;
        var atLineStart = true;
        var pendingSpace = false;

        void FlushPiece()
        {
            if (sb.Length > 0 && pieceFont is not null) pieces.Add((sb.ToString(), pieceFont, pieceX));
            sb.Clear();
            pieceFont = null;
        }

        void EndLine()
        {
            FlushPiece();
            lines.Add(new Line(pieces, x, lineHeight));
            pieces = [];
            x = 0;
            lineHeight = 0;
            atLineStart = true;
            pendingSpace = false;
        }

        void Place(string word, XFont font, double wordWidth)
        {
            var spaceWidth = pendingSpace && !atLineStart ? Measure(" ", font) : 0;
            // Punctuation glued to the word before it (", mã hồ sơ" after a bold name) hangs into the margin rather than
            // starting a line with a comma.
            var hangs = !atLineStart && spaceWidth == 0 && IsClosingPunctuation(word);
            if (!atLineStart && !hangs && x + spaceWidth + wordWidth > width + 0.01)
            {
                EndLine();
                spaceWidth = 0;
            }
            if (!ReferenceEquals(font, pieceFont))
            {
                FlushPiece();
                pieceFont = font;
                pieceX = x + spaceWidth;
                x += spaceWidth;
            }
            else if (spaceWidth > 0)
            {
                sb.Append(' ');
                x += spaceWidth;
            }
            sb.Append(word);
            x += wordWidth;
            lineHeight = Math.Max(lineHeight, Fonts.LineHeight(font));
            atLineStart = false;
            pendingSpace = false;
        }

        foreach (var run in runs)
        {
            var text = Clean(run.Text);
            var font = run.Font;
            lineHeight = Math.Max(lineHeight, atLineStart ? Fonts.LineHeight(font) : lineHeight);
            var i = 0;
            while (i < text.Length)
            {
                var ch = text[i];
                if (ch == '\n')
                {
                    if (atLineStart) lineHeight = Math.Max(lineHeight, Fonts.LineHeight(font));
                    EndLine();
                    i++;
                    continue;
                }
                if (ch == ' ')
                {
                    pendingSpace = true;
                    i++;
                    continue;
                }
                var end = i;
                while (end < text.Length && text[end] != ' ' && text[end] != '\n') end++;
                var word = text[i..end];
                var w = Measure(word, font);
                if (w <= width)
                {
                    Place(word, font, w);
                }
                else
                {
                    // A word wider than the column (a dossier code, an e-mail): break it, after a
                    // '-', '.', '/' or '@' when one fits on the line, else between characters.
                    if (!atLineStart) EndLine();
                    var start = 0;
                    while (start < word.Length)
                    {
                        var k = start + 1;
                        while (k < word.Length && Measure(word[start..(k + 1)], font) <= width) k++;
                        if (k < word.Length)
                        {
                            var soft = word.AsSpan(start, k - start).LastIndexOfAny("-./@");
                            if (soft > 0) k = start + soft + 1;
                        }
                        var part = word[start..k];
                        Place(part, font, Measure(part, font));
                        if (k < word.Length) EndLine();
                        start = k;
                    }
                }
                i = end;
            }
        }
        if (!atLineStart || pieces.Count > 0 || lines.Count == 0) EndLine();
        return lines;
    }

    private static bool IsClosingPunctuation(string word)
    {
        foreach (var ch in word)
            if (ch is not (',' or '.' or ';' or ':' or ')' or '!' or '?' or '…')) return false;
        return word.Length > 0;
    }

    /// <summary>The width of <paramref name="text"/> in <paramref name="font"/>, cached per document.</summary>
    public double Measure(string text, XFont font)
    {
        if (!_widths.TryGetValue((font, text), out var w))
        {
            w = G.MeasureString(text, font).Width;
            _widths[(font, text)] = w;
        }
        return w;
    }

    public static double HeightOf(List<Line> lines) => lines.Sum(l => l.Height);

    /// <summary>Draws laid-out lines with their top at <paramref name="top"/>; returns the height used.</summary>
    public double DrawLines(List<Line> lines, double x, double top, double width, Align align) =>
        DrawLines(G, lines, x, top, width, align);

    /// <summary>Draws laid-out lines on <paramref name="g"/> (a page or a form XObject).</summary>
    public double DrawLines(XGraphics g, List<Line> lines, double x, double top, double width, Align align)
    {
        var y = top;
        foreach (var line in lines)
        {
            var offset = align switch
            {
                Align.Center => (width - line.Width) / 2,
                Align.Right => width - line.Width,
                _ => 0,
            };
            foreach (var (text, font, px) in line.Pieces)
                g.DrawString(text, font, XBrushes.Black, x + offset + px, y - Fonts.Lift(font), XStringFormats.TopLeft);
            y += line.Height;
        }
        return y - top;
    }

    /// <summary>A wrapped paragraph in the flow, breaking to a new page between lines.</summary>
    public void Paragraph(IReadOnlyList<Run> runs, Align align = Align.Left, double indent = 0, double after = 0)
    {
        Ensure(0);
        var lines = Wrap(runs, Width - indent);
        foreach (var line in lines)
        {
            Ensure(line.Height);
            DrawLines([line], Left + indent, Y, Width - indent, align);
            Y += line.Height;
        }
        Y += after;
    }

    public void Paragraph(string text, XFont font, Align align = Align.Left, double indent = 0, double after = 0) =>
        Paragraph([new Run(text, font)], align, indent, after);

    /// <summary>"Label: value" with the value in bold.</summary>
    public void Field(string label, string? value, double indent = 0) =>
        Paragraph([new Run(label + ": ", Fonts.Regular), new Run(string.IsNullOrWhiteSpace(value) ? "…………" : value, Fonts.Bold)], indent: indent);

    /// <summary>Text in a fixed box (no page flow); returns the height used.</summary>
    public double TextAt(IReadOnlyList<Run> runs, double x, double top, double width, Align align) =>
        DrawLines(Wrap(runs, width), x, top, width, align);

    public void HLine(double x1, double x2, double y, double thickness = 0.6) =>
        G.DrawLine(new XPen(XColors.Black, thickness), x1, y, x2, y);

    // ---- official blocks ----

    /// <summary>
    /// The official header: left "parent body / CENTRE" with a short rule, right the national
    /// motto with a rule, then "Số: …" under the left and "<place>, ngày … tháng … năm …" under the right.
    /// </summary>
    /// <param name="numberLine">The whole line under the left block when it is not "Số: …" (the register's "Quyển số: …").</param>
    public void OfficialHeader(CentreHeader centre, string? number, DateOnly? date, double leftShare = 0.42, double after = 8, string? numberLine = null)
    {
        Ensure(80);
        var gap = 8.0;
        var leftW = Width * leftShare;
        var rightW = Width - leftW - gap;
        var rightX = Left + leftW + gap;
        var top = Y;

        var leftH = TextAt([new Run(centre.ParentBody.ToUpper(VnCulture), Fonts.Header)], Left, top, leftW, Align.Center);
        leftH += TextAt([new Run(centre.CentreName.ToUpper(VnCulture), Fonts.HeaderBold)], Left, top + leftH, leftW, Align.Center);
        var ruleW = leftW * 0.35;
        HLine(Left + (leftW - ruleW) / 2, Left + (leftW + ruleW) / 2, top + leftH + 3);
        leftH += 7;

        var rightH = TextAt([new Run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Fonts.HeaderBold)], rightX, top, rightW, Align.Center);
        var motto = "Độc lập - Tự do - Hạnh phúc";
        rightH += TextAt([new Run(motto, Fonts.HeaderBold)], rightX, top + rightH, rightW, Align.Center);
        var mottoW = Math.Min(rightW, Measure(motto, Fonts.HeaderBold));
        HLine(rightX + (rightW - mottoW) / 2, rightX + (rightW + mottoW) / 2, top + rightH + 3);
        rightH += 7;

        var row2 = top + Math.Max(leftH, rightH) + 2;
        var numberText = numberLine ?? "Số: " + (string.IsNullOrWhiteSpace(number) ? "……/……" : number);
        var h1 = TextAt([new Run(numberText, Fonts.Header)], Left, row2, leftW, Align.Center);
        var h2 = date is { } d
            ? TextAt([new Run($"{centre.PlaceName}, {Common.VnFormat.DateLine(d)}", Fonts.HeaderItalic)], rightX, row2, rightW, Align.Center)
            : 0;
        Y = row2 + Math.Max(h1, h2) + after;
    }

    public void Title(string title, string? subtitle = null, double after = 6)
    {
        Paragraph(title, Fonts.Title, Align.Center);
        if (!string.IsNullOrEmpty(subtitle)) Paragraph(subtitle, Fonts.Italic, Align.Center);
        Y += after;
    }

    /// <summary>Signature blocks side by side, kept together on one page.</summary>
    public void Signatures(params Signature[] blocks) => Signatures(4, blocks);

    /// <summary>Signature blocks side by side after <paramref name="before"/> points, kept together on one page.</summary>
    public void Signatures(double before, params Signature[] blocks)
    {
        var colW = Width / blocks.Length;
        var heights = blocks.Select(b => HeightOf(Wrap(b.TitleRuns(Fonts), colW - 6)) + HeightOf(Wrap(b.NoteRuns(Fonts), colW - 6))
                                         + b.Space + HeightOf(Wrap(b.NameRuns(Fonts), colW - 6))).ToList();
        Ensure(heights.Max() + before);
        Y += before;
        var top = Y;
        for (var i = 0; i < blocks.Length; i++)
        {
            var b = blocks[i];
            var x = Left + i * colW + 3;
            var y = top;
            y += TextAt(b.TitleRuns(Fonts), x, y, colW - 6, b.Align);
            y += TextAt(b.NoteRuns(Fonts), x, y, colW - 6, b.Align);
            y += b.Space;
            TextAt(b.NameRuns(Fonts), x, y, colW - 6, b.Align);
        }
        Y = top + heights.Max();
    }

    internal static readonly System.Globalization.CultureInfo VnCulture = Common.VnTime.Culture;
}

/// <summary>A signature block: title, "(Ký, ghi rõ họ tên)", blank space, name.</summary>
internal sealed record Signature(string Title, string? Name, string Note = "(Ký, ghi rõ họ tên)", double Space = 36, Align Align = Align.Center)
{
    public IReadOnlyList<Run> TitleRuns(FontSet f) => [new Run(Title, f.Bold)];
    public IReadOnlyList<Run> NoteRuns(FontSet f) => [new Run(Note, f.SmallItalic)];
    public IReadOnlyList<Run> NameRuns(FontSet f) => [new Run(Name ?? string.Empty, f.Bold)];
}
