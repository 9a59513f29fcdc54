using PdfSharp.Pdf;
using QRCoder;

namespace OneStop.Tests.Scanning;

/// <summary>Small files of every kind, good and bad, made in memory.</summary>
public static class ScanSamples
{
    // A 16×16 JPEG and TIFF from CPython's test data (Lib/test/imghdrdata, PSF licence).
    public static byte[] Jpeg => Convert.FromBase64String("/9j/4AAQSkZJRgABAQEAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsOCwkJDRENDg8QEBEQCgwSExIQEw8QEBD/2wBDAQMDAwQDBAgEBAgQCwkLEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBD/wAARCAAQABADASIAAhEBAxEB/8QAFgABAQEAAAAAAAAAAAAAAAAABwQF/8QAJBAAAQQBBAICAwAAAAAAAAAAAQIDBAYFBwgSExEiABQJMTL/xAAVAQEBAAAAAAAAAAAAAAAAAAAABv/EACMRAAECBQMFAAAAAAAAAAAAAAECEQMEBQYhABIxFRZhgeH/2gAMAwEAAhEDEQA/ABSm0mobc8HmExLUlRzzEWPkJWW+ulrsaUVAseUgslSlH9LKuPryIKuWPZdskzXmm3fX5m2nF4GlVxx/HOpx4ks51+MiU/Iaad7UcUo4tILoS4kqcWkezS0hO/HvuRp0rO6hWnWO1UisZVuFi4GFeyEpmGepa5S5SWVPuciFKRFLgSrwetnyPIB+Vb4N9mKhQMzo5po9XLdDs9d6ZVix2VEhiL9kuNPxw2gEKcDQ/rs8AuA8VAe0vdl7VOYn+27flGAUgmITjbhSmCg3BYlyeWDkMolvw4KOp1KM6iCNvngZHwetf//Z");
    public static byte[] Tiff => Convert.FromBase64String("SUkqAAgEAAAAAAAAAAAAAAAAAAAAAAAATo3Ar0qGuu1Ig7T/RH6t/0B4p/88cZ73N2iWkgAAAAsAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEyKvP//////RX+v/0F5qP8+dKL/Om+b/zZplP8AAAAoAAAACwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABJhbf/RoCx/0J7qv8+daP/O3Cd/zdqlv82aZT/AAAAQQAAABUAAAAAAAAAAAAAAAAAAAAATo/EfkyKv6BIhbahQ32toz10oac5bJaqNmaQqjhsl/82aZT/NmmU/wAAAEgAAAAYAAAAAAAAAAAAAAAAUpHGvU+Nwf9LiLv/SIO0/0R9rf9AeKb/PXOg/zltmf82aZT/NmmU/zZplP8AAABI/+JV//3dSvf51T6CAAAAClCPw/9Mibz/SIS1/0V/r/9Beaj/PXSh/zpvm/82aZT/NmmU/zZplP8yYIe2AAAAQ//eS///2kH//dU27QAAACRNi77/SYW3/0aAsP9Ce6r/PnWj/ztwnP83apb/NmmU/zVokvcyYIe2AAAAT+zORYj/2kL//9Y3///TLf8AAAA9Soe5/0eBsv9DfKv/P3al/zZpk7YbMUVcAAAATAAAAEgAAABHAAAAQeLDRWv92UH3/9c4///TLf//zyP/AAAARkaBsvdEfa3/QHim/zZnkaoAAABO8uFupv3pavf/5mH//+NX///fTf//20L//9c4///TLv//zyT//csb9wAAAEdDfa7XQXmo/z10of8cMktb9eNvs//rbP//52H//+NX///fTf//20P//9c5///TLv//zyT//8wc//PBGsIAAABBQHWjbz1zovc6cJz/AAAAS//rbP//52L//+NY///fTv//20P//9c5///TL///zyT//8wc///MHP/CmhJ6AAAANAAAAAgAAAAhAAAAPAAAADX/52L//+NY///fTv/oxz2q68U0qevCKqnrviGp67sYqeu7GKnGmxJ5AAAAQQAAACAAAAACAAAACQAAABMAAAAS/+NY///fTv//20T//9c6///TMP//0CX//8wc/wAAAEEAAAA1AAAALAAAAB4AAAALAAAAAAAAAAAAAAAAAAAAAP3eTvf/20T//9g6///UMP//0Cb///////3LG/cAAABAAAAAHAAAAAkAAAAFAAAAAQAAAAAAAAAAAAAAAAAAAADx0D9M+tM5zP3SL/f/0Cb//8wc//rHGdjAlxJ7AAAAOwAAABIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAB0AAAA1AAAAQgAAAEcAAABFAAAAOAAAAB8AAAAIAAAAAAAAAAAAAAAAEQAAAQMAAQAAABAAAAABAQMAAQAAABAAAAACAQMABAAAANoEAAADAQMAAQAAAAEAAAAGAQMAAQAAAAIAAAAKAQMAAQAAAAEAAAANAQIADAAAACIFAAARAQQAAQAAAAgAAAASAQMAAQAAAAEAAAAVAQMAAQAAAAQAAAAWAQMAAQAAAIAAAAAXAQQAAQAAAAAEAAAcAQMAAQAAAAEAAAApAQMAAgAAAAAAAQA+AQUAAgAAABIFAAA/AQUABgAAAOIEAABSAQMAAQAAAAIAAAAAAAAACAAIAAgACAAACtej/////4DhelT/////AM3MTP////8AmpmZ/////4BmZib/////8ChcD/////+AGw1Q/////wBYOVT/////cHl0aG9uLnRpZmYA");

    public static byte[] Png => new PngByteQRCode(new QRCodeGenerator().CreateQrCode("OneStop", QRCodeGenerator.ECCLevel.L)).GetGraphic(4, [0, 0, 0], [255, 255, 255]);

    /// <summary>A PDF with <paramref name="pages"/> blank A4 pages, padded with a comment to about <paramref name="padBytes"/> bytes.</summary>
    public static byte[] Pdf(int pages = 1, int padBytes = 0, string? userPassword = null)
    {
        using var doc = new PdfDocument();
        for (var i = 0; i < pages; i++) doc.AddPage();
        if (padBytes > 0) doc.Info.Subject = new string('x', padBytes);
        if (userPassword is not null) doc.SecuritySettings.UserPassword = userPassword;
        using var ms = new MemoryStream();
        doc.Save(ms, false);
        return ms.ToArray();
    }

    /// <summary>A one-page PDF of about <paramref name="bytes"/> bytes (padding in the document information).</summary>
    public static byte[] PdfOfAbout(int bytes)
    {
        var bare = Pdf(1).Length;
        var perChar = (Pdf(1, padBytes: 10_000).Length - bare) / 10_000.0;
        return Pdf(1, padBytes: (int)((bytes - bare) / perChar));
    }

    /// <summary>A two-page TIFF: the 16×16 sample's directory chained to a copy of itself.</summary>
    public static byte[] TwoPageTiff()
    {
        var t = Tiff;
        var little = t[0] == (byte)'I';
        uint U32(int at) => little ? BitConverter.ToUInt32(t, at) : (uint)(t[at] << 24 | t[at + 1] << 16 | t[at + 2] << 8 | t[at + 3]);
        ushort U16(int at) => little ? BitConverter.ToUInt16(t, at) : (ushort)(t[at] << 8 | t[at + 1]);
        var ifd = (int)U32(4);
        var next = ifd + 2 + U16(ifd) * 12;
        // Point the first directory's "next" at itself plus nothing else would loop; instead copy the directory to the end.
        var copy = t.Concat(t.AsSpan(ifd, next - ifd + 4).ToArray()).ToArray();
        var copyAt = (uint)t.Length;
        var bytes = little ? BitConverter.GetBytes(copyAt) : BitConverter.GetBytes(copyAt).Reverse().ToArray();
        bytes.CopyTo(copy, next);
        Array.Clear(copy, copy.Length - 4, 4);
        return copy;
    }

    /// <summary>A TIFF whose first directory points past the end of the file.</summary>
    public static byte[] BrokenTiff()
    {
        var t = Tiff;
        var b = t.ToArray();
        if (b[0] == (byte)'I') BitConverter.GetBytes(0x7FFF_0000u).CopyTo(b, 4);
        else BitConverter.GetBytes(0x7FFF_0000u).Reverse().ToArray().CopyTo(b, 4);
        return b;
    }

    public static byte[] WindowsExe => [.. "MZ"u8, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0, .. new byte[64]];
    public static byte[] LinuxElf => [0x7F, .. "ELF"u8, 2, 1, 1, 0, .. new byte[64]];
    public static byte[] Zip => [.. "PK"u8, 3, 4, .. new byte[64]];

    public static MemoryStream Stream(byte[] bytes) => new(bytes);
}
