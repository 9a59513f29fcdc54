using System.Collections.Concurrent;
using System.Reflection;
using PdfSharp.Fonts;

namespace OneStop.Core.Documents.Rendering;

/// <summary>
/// Serves the Noto Sans faces embedded in OneStop.Core to PDFsharp. Noto Sans, not DejaVu:
/// PDFsharp's subsetting keeps the stacked marks of Vietnamese letters (ấ, ề, ố) only with Noto.
/// </summary>
public sealed class NotoSansFontResolver : IFontResolver
{
    public const string Family = "Noto Sans";

    private static readonly Lock Gate = new();
    private static readonly ConcurrentDictionary<string, byte[]> Faces = new(StringComparer.Ordinal);

    public static NotoSansFontResolver Instance { get; } = new();

    private NotoSansFontResolver() { }

    /// <summary>
    /// Installs the resolver. PDFsharp accepts a font resolver once per process (again only the
    /// same instance), so this is idempotent and leaves alone a resolver the host set first.
    /// </summary>
    public static void EnsureRegistered()
    {
        if (ReferenceEquals(GlobalFontSettings.FontResolver, Instance)) return;
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is null) GlobalFontSettings.FontResolver = Instance;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        // Every family resolves to Noto Sans: a form must never fall back to a face without Vietnamese.
        var face = (bold, italic) switch
        {
            (true, true) => "NotoSans-BoldItalic",
            (true, false) => "NotoSans-Bold",
            (false, true) => "NotoSans-Italic",
            _ => "NotoSans-Regular",
        };
        return new FontResolverInfo(face);
    }

    public byte[]? GetFont(string faceName) => Faces.GetOrAdd(faceName, Load);

    private static byte[] Load(string faceName)
    {
        var resource = $"OneStop.Fonts.{faceName}.ttf";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Missing embedded font {resource}.");
        using var ms = new MemoryStream((int)stream.Length);
        stream.CopyTo(ms);
        return ms.ToArray();
    }
}
