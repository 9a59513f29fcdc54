using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using OneStop.Core.Centre;
using OneStop.Core.Common;
using OneStop.Core.Documents;
using OneStop.Core.Dossiers;
using OneStop.Core.Reports;
using OneStop.Tests.Audit;
using OneStop.Tests.Documents;
using OneStop.Tests.TestSupport;

namespace OneStop.Tests.Reports;

public sealed class RegisterServiceTests : IAsyncLifetime, IDisposable
{
    private readonly SqliteTestDatabase db = new();
    private RegisterService register = default!;

    private static readonly DateOnly Nov2 = new(2026, 11, 2);    // Monday, first working day of the period
    private static readonly DateOnly Nov30 = new(2026, 11, 30);  // Monday, last day of the period
    private static readonly DateOnly Oct30 = new(2026, 10, 30);  // Friday before: outside
    private static readonly DateOnly Dec1 = new(2026, 12, 1);    // Tuesday after: outside

    public async Task InitializeAsync()
    {
        var procs = await TestDossiers.SeedCatalogAsync(db);
        await TestDossiers.InsertOnAsync(db, procs, "HT", Oct30, 1, seed: 1);
        await TestDossiers.InsertOnAsync(db, procs, "HT", Nov2, 3, seed: 2);
        await TestDossiers.InsertOnAsync(db, procs, "CT", Nov2, 2, seed: 3);  // another field
        await TestDossiers.InsertOnAsync(db, procs, "HT", Nov30, 2, seed: 4);
        await TestDossiers.InsertOnAsync(db, procs, "HT", Dec1, 1, seed: 5);
        var clock = new FixedClock(VnTime.At(new DateOnly(2026, 12, 2), new TimeOnly(9, 0)));
        register = new RegisterService(db, new CentreService(db), clock);
    }

    public Task DisposeAsync() => Task.CompletedTask;
    public void Dispose() => db.Dispose();

    private async Task<IReadOnlyList<Dossier>> ExpectedAsync() =>
        (await TestDossiers.AllAsync(db))
            .Where(d => d.FieldCode == "HT" && d.ReceivedDate >= Nov2 && d.ReceivedDate <= Nov30)
            .OrderBy(d => d.ReceivedAt).ToList();

    private async Task<RegisterData> NovemberAsync()
    {
        var r = await register.BuildAsync("HT", new DateOnly(2026, 11, 1), Nov30);
        Assert.True(r.IsSuccess, r.Error);
        return r.Value!;
    }

    [Fact]
    public async Task ListsTheFieldsDossiersOfThePeriodBothEndsIncludedInOrderOfReception()
    {
        var data = await NovemberAsync();
        var expected = await ExpectedAsync();

        Assert.Equal(5, expected.Count); // 3 on the first working day, 2 on the last day
        Assert.Equal(expected.Select(d => d.Code), data.Rows.Select(r => r.DossierCode));
        Assert.True(data.Rows.Zip(data.Rows.Skip(1)).All(p => p.First.ReceivedAt <= p.Second.ReceivedAt));
        Assert.Equal("Hộ tịch", data.FieldName);
        Assert.Equal(new DateOnly(2026, 12, 2), data.IssuedOn);
        var first = data.Rows[0];
        Assert.Equal(expected[0].ApplicantName, first.ApplicantName);
        Assert.Equal(expected[0].ApplicantPhone, first.Phone);
        Assert.Equal(expected[0].ApplicantAddress, first.Address);
        Assert.Equal(expected[0].ProcedureName, first.ProcedureName);
        // Cơ quan chủ trì: the body above the centre (the commune's committee), which decides commune-level procedures.
        Assert.Equal(new CentreSettings().ParentBody, first.HandlingBody);
        Assert.Equal("Trực tiếp", first.DeliveryMethod);   // narrow: a postal address goes on its own line
        Assert.Null(first.SignedBy);
    }

    [Fact]
    public async Task ReturnedAtIsShownOnlyForReturnedDossiers()
    {
        var expected = await ExpectedAsync();
        var returned = VnTime.At(new DateOnly(2026, 11, 4), new TimeOnly(10, 15));
        await using (var ctx = db.CreateDbContext())
        {
            var ms = returned.ToUnixTimeMilliseconds();
            await ctx.Database.ExecuteSqlAsync($"UPDATE Dossiers SET Status = 'Returned', FinishedAt = {ms} WHERE Id = {expected[0].Id}");
            // A refusal also finishes a dossier, but nothing was returned.
            await ctx.Database.ExecuteSqlAsync($"UPDATE Dossiers SET Status = 'Refused', FinishedAt = {ms} WHERE Id = {expected[1].Id}");
        }

        var rows = (await NovemberAsync()).Rows;

        Assert.Equal(returned, rows[0].ReturnedAt);
        Assert.Null(rows[1].ReturnedAt);
    }

    [Theory]
    [InlineData("HT", "2026-11-30", "2026-11-01", "Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.")]
    [InlineData("HT", "2026-01-01", "2027-01-02", "Mỗi lần chỉ xem được tối đa 366 ngày.")] // 367 days
    [InlineData("XX", "2026-11-01", "2026-11-30", "Không có lĩnh vực mã XX.")]
    [InlineData(" ", "2026-11-01", "2026-11-30", "Vui lòng chọn lĩnh vực.")]
    public async Task RefusesABadRequestWithAVietnameseMessage(string field, string from, string to, string message)
    {
        var r = await register.BuildAsync(field, DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));
        Assert.False(r.IsSuccess);
        Assert.Equal(message, r.Error);
    }

    [Fact]
    public async Task AWholeLeapYearIsAllowed()
    {
        var r = await register.BuildAsync("ht", new DateOnly(2028, 1, 1), new DateOnly(2028, 12, 31)); // 366 days, lower-case code
        Assert.True(r.IsSuccess, r.Error);
        Assert.Empty(r.Value!.Rows);
    }

    [Fact]
    public async Task ThePdfIsTheRegisterWithEveryCode()
    {
        var data = await NovemberAsync();
        using var tools = new PdfTools();
        var pdf = tools.Save(new PdfSharpDocumentRenderer().Register(data), "so-theo-doi.pdf");
        var text = tools.FlatText(pdf);

        Assert.Contains("SỔ THEO DÕI HỒ SƠ", text, StringComparison.Ordinal);
        Assert.Contains("Hộ tịch", text, StringComparison.Ordinal);
        foreach (var row in data.Rows) Assert.Contains(row.DossierCode, text, StringComparison.Ordinal);
        foreach (var outside in (await TestDossiers.AllAsync(db)).Where(d => !data.Rows.Any(r => r.DossierCode == d.Code)))
            Assert.DoesNotContain(outside.Code, text, StringComparison.Ordinal);
        var (width, height, _) = tools.Info(pdf);
        Assert.True(width > height, "A4 landscape");
    }

    [Fact]
    public async Task TheSpreadsheetIsAValidWorkbookWithEveryCode()
    {
        var data = await NovemberAsync();
        var xlsx = await new PdfSharpDocumentRenderer().RegisterXlsxAsync(data);

        var xml = RegisterXlsx.AllXml(xlsx);
        foreach (var row in data.Rows) Assert.Contains(row.DossierCode, xml, StringComparison.Ordinal);
    }
}

internal static class RegisterXlsx
{
    /// <summary>The text of the workbook's sheets and shared strings; throws if it is not a zip with a workbook.</summary>
    public static string AllXml(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        Assert.NotNull(zip.GetEntry("[Content_Types].xml"));
        Assert.NotNull(zip.GetEntry("xl/workbook.xml"));
        var parts = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) || e.FullName == "xl/sharedStrings.xml").ToList();
        Assert.NotEmpty(parts);
        return string.Concat(parts.Select(e => { using var r = new StreamReader(e.Open()); return r.ReadToEnd(); }));
    }
}

internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
