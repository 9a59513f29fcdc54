using System.IO.Compression;
using System.Text;

namespace OneStop.Core.Documents.Rendering;

/// <summary>
/// Page setup SpreadCheetah does not write: A4 landscape, fitted to the page width, with header rows repeated on every
/// printed page (the workbook's <c>_xlnm.Print_Titles</c>). Applied to the finished workbook's first sheet.
/// </summary>
internal static class XlsxPrintSetup
{
    public static byte[] Landscape(byte[] xlsx, string sheetName, int firstTitleRow, int lastTitleRow)
    {
        using var ms = new MemoryStream();
        ms.Write(xlsx);
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Update, leaveOpen: true))
        {
            Rewrite(zip, "xl/worksheets/sheet1.xml", xml =>
            {
                // fitToPage lives in sheetPr, which comes first in a worksheet.
                var open = xml.IndexOf("<worksheet", StringComparison.Ordinal);
                var afterOpen = xml.IndexOf('>', open) + 1;
                xml = xml.Insert(afterOpen, "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>");
                const string setup = "<pageMargins left=\"0.4\" right=\"0.4\" top=\"0.5\" bottom=\"0.5\" header=\"0.3\" footer=\"0.3\"/>"
                    + "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
                    + "<headerFooter><oddFooter>&amp;CTrang &amp;P/&amp;N</oddFooter></headerFooter>";
                return xml.Replace("</worksheet>", setup + "</worksheet>", StringComparison.Ordinal);
            });
            Rewrite(zip, "xl/workbook.xml", xml =>
            {
                var titles = $"<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">'{sheetName}'!${firstTitleRow}:${lastTitleRow}</definedName>";
                return xml.Contains("<definedNames>", StringComparison.Ordinal)
                    ? xml.Replace("<definedNames>", "<definedNames>" + titles, StringComparison.Ordinal)
                    : xml.Replace("</sheets>", "</sheets><definedNames>" + titles + "</definedNames>", StringComparison.Ordinal);
            });
        }
        return ms.ToArray();
    }

    private static void Rewrite(ZipArchive zip, string name, Func<string, string> change)
    {
        var entry = zip.GetEntry(name) ?? throw new InvalidOperationException($"{name} is missing from the workbook.");
        string xml;
        using (var reader = new StreamReader(entry.Open(), Encoding.UTF8)) xml = reader.ReadToEnd();
        entry.Delete();
        var fresh = zip.CreateEntry(name, CompressionLevel.Fastest);
        using var writer = new StreamWriter(fresh.Open(), new UTF8Encoding(false));
        writer.Write(change(xml));
    }
}
