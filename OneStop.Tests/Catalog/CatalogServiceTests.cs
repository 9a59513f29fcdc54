using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OneStop.Core.Catalog;
using OneStop.Tests.TestSupport;

namespace OneStop.Tests.Catalog;

public sealed class CatalogServiceTests : IDisposable
{
    private readonly SqliteTestDatabase database = new();
    private readonly CatalogService catalog;

    public CatalogServiceTests() => catalog = new CatalogService(database);

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task SeedImportsTheSampleOnceIntoAnEmptyCatalogue()
    {
        Assert.True(await catalog.SeedDemoAsync());
        Assert.False(await catalog.SeedDemoAsync());
        await using var db = database.CreateDbContext();
        Assert.Equal(9, await db.Procedures.CountAsync());
        Assert.Equal(2, await db.ProcedureFields.CountAsync());
    }

    [Fact]
    public async Task ExportOfAnImportReimportsToIdenticalData()
    {
        var first = await catalog.ImportAsync(CatalogJson.SampleJson());
        Assert.True(first.IsSuccess, first.Error);
        Assert.Equal(9, first.Value!.ProceduresAdded);
        var exported = await catalog.ExportAsync();

        using var other = new SqliteTestDatabase();
        var second = new CatalogService(other);
        Assert.True((await second.ImportAsync(exported)).IsSuccess);
        Assert.Equal(exported, await second.ExportAsync());

        var sample = JsonNode.Parse(CatalogJson.SampleJson())!;
        var back = JsonNode.Parse(exported)!;
        Assert.True(JsonNode.DeepEquals(sample["procedures"], back["procedures"]));
        Assert.True(JsonNode.DeepEquals(sample["fields"], back["fields"]));
    }

    [Fact]
    public async Task ImportingAgainUpdatesByCodeInsteadOfDuplicating()
    {
        await catalog.ImportAsync(CatalogJson.SampleJson());
        var edited = JsonNode.Parse(CatalogJson.SampleJson())!;
        edited["procedures"]![0]!["name"] = "Đăng ký khai sinh (sửa)";
        edited["fields"]![0]!["name"] = "Hộ tịch – tư pháp";
        var result = await catalog.ImportAsync(edited.ToJsonString());
        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal((0, 1, 0, 9), (result.Value!.FieldsAdded, result.Value.FieldsUpdated, result.Value.ProceduresAdded, result.Value.ProceduresUpdated));
        Assert.Equal("Đăng ký khai sinh (sửa)", (await catalog.GetByCodeAsync("1.001193"))!.Name);
        Assert.Equal(9, (await catalog.SearchAsync(null)).Count);
    }

    [Fact]
    public async Task AMalformedImportChangesNothing()
    {
        await catalog.ImportAsync(CatalogJson.SampleJson());
        var before = await catalog.ExportAsync();
        var bad = JsonNode.Parse(CatalogJson.SampleJson())!;
        bad["procedures"]![0]!["name"] = "Đổi tên nhưng không được lưu";
        bad["procedures"]![5]!["documents"]![0]!["count"] = 0;
        var result = await catalog.ImportAsync(bad.ToJsonString());
        Assert.False(result.IsSuccess);
        Assert.Contains("Thủ tục thứ 6 (mã 2.000815)", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, await catalog.ExportAsync());
    }

    [Fact]
    public async Task AProcedureInAnUnknownFieldIsRefused()
    {
        var json = """{ "fields": [], "procedures": [ { "code": "X.1", "field": "DD", "name": "Đất đai", "deadline": { "kind": "WorkingDays", "value": 3 }, "fees": [], "documents": [] } ] }""";
        var result = await catalog.ImportAsync(json);
        Assert.False(result.IsSuccess);
        Assert.Contains("lĩnh vực DD", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("chung thuc", new[] { "2.000815", "2.000884" })]             // without diacritics
    [InlineData("Chứng thực bản sao", new[] { "2.000815" })]                 // with diacritics
    [InlineData("CHUNG THUC BAN SAO", new[] { "2.000815" })]                 // upper case
    [InlineData("2.000815", new[] { "2.000815" })]                           // by national code
    [InlineData("dang ky khai", new[] { "1.001193", "1.000656" })]           // đ ↔ d; words anywhere
    [InlineData("khai sinh dang ky", new[] { "1.001193" })]                  // word order does not matter
    [InlineData("xyz không có", new string[0])]                              // no match
    public async Task SearchMatchesWithOrWithoutDiacritics(string query, string[] codes)
    {
        await catalog.SeedDemoAsync();
        var found = await catalog.SearchAsync(query);
        Assert.Equal(codes.Order(), found.Select(p => p.Code).Order());
    }

    [Fact]
    public async Task SearchListsTheMostUsedFirstThenByName()
    {
        await catalog.SeedDemoAsync();
        await using (var db = database.CreateDbContext())
        {
            var death = await db.Procedures.SingleAsync(p => p.Code == "1.000656");
            death.CountUse();
            death.CountUse();
            (await db.Procedures.SingleAsync(p => p.Code == "2.000884")).CountUse();
            await db.SaveChangesAsync();
        }
        var found = await catalog.SearchAsync("");
        Assert.Equal(["1.000656", "2.000884"], found.Take(2).Select(p => p.Code));
        var rest = found.Skip(2).Select(p => p.Name).ToList();
        Assert.Equal(rest.Order(StringComparer.Create(OneStop.Core.Common.VnTime.Culture, true)), rest);
    }

    [Fact]
    public async Task SearchFiltersByFieldAndHidesInactiveUnlessAsked()
    {
        await catalog.SeedDemoAsync();
        var copy = (await catalog.GetByCodeAsync("2.000815"))!;
        Assert.True((await catalog.SetActiveAsync(copy.Id, false)).IsSuccess);
        Assert.Equal(["2.000884", "2.000908"], (await catalog.SearchAsync(null, fieldCode: "ct")).Select(p => p.Code).Order());
        Assert.Equal(3, (await catalog.SearchAsync(null, includeInactive: true, fieldCode: "CT")).Count);
        Assert.Contains("\"active\": false", await catalog.ExportAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SavingAnEditedProcedureKeepsItAndItsSearchKey()
    {
        await catalog.SeedDemoAsync();
        var p = (await catalog.GetByCodeAsync("LOCAL.XNTTHT"))!;
        var draft = ProcedureDraft.From(p) with
        {
            Code = "1.004859",
            Deadline = new Deadline(DeadlineKind.WorkingDays, 2.5m),
            CodeNote = null,
        };
        var result = await catalog.SaveAsync(draft);
        Assert.True(result.IsSuccess, result.Error);
        var saved = (await catalog.GetAsync(p.Id))!;
        Assert.Equal("1.004859", saved.Code);
        Assert.Equal(2.5m, saved.Deadline.Value);
        Assert.Null(saved.CodeNote);
        Assert.Single(await catalog.SearchAsync("1.004859 xac nhan"));
    }

    [Fact]
    public async Task ANewProcedureIsAdded()
    {
        await catalog.SeedDemoAsync();
        var result = await catalog.SaveAsync(new ProcedureDraft(null, "1.000593", "HT", "Đăng ký nhận cha, mẹ, con",
            new Deadline(DeadlineKind.WorkingDays, 3), [new FeeRule("Lệ phí", Amount: 15_000)],
            [new RequiredDocument("Tờ khai", DocumentForm.Original, 1)]));
        Assert.True(result.IsSuccess, result.Error);
        Assert.Single(await catalog.SearchAsync("nhan cha me con"));
    }

    [Theory]
    [InlineData(DeadlineKind.WorkingDays, 366, "tối đa là 365")]       // a day past the cap the API uses too
    [InlineData(DeadlineKind.WorkingHours, 2921, "tối đa là 2920")]    // an hour past a year of working hours
    public async Task TheEditorRefusesADeadlineLongerThanAYear(DeadlineKind kind, int value, string expected)
    {
        await catalog.SeedDemoAsync();
        var result = await catalog.SaveAsync(new ProcedureDraft(null, "1.000593", "HT", "Đăng ký nhận cha, mẹ, con",
            new Deadline(kind, value), [new FeeRule("Lệ phí", Amount: 15_000)], [new RequiredDocument("Tờ khai", DocumentForm.Original, 1)]));

        Assert.False(result.IsSuccess);
        Assert.Contains(expected, result.FieldErrors["Deadline"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SavingAnInvalidProcedureReportsEveryField()
    {
        await catalog.SeedDemoAsync();
        var result = await catalog.SaveAsync(new ProcedureDraft(null, " ", "HT", "",
            new Deadline(DeadlineKind.WorkingDays, 0.7m), [new FeeRule("Phí", Amount: -1)],
            [new RequiredDocument("Tờ khai", DocumentForm.Original, 0)]));
        Assert.False(result.IsSuccess);
        Assert.Equal("Thiếu mã thủ tục.", result.FieldErrors["Code"]);
        Assert.Equal("Thiếu tên thủ tục.", result.FieldErrors["Name"]);
        Assert.Contains("nửa ngày", result.FieldErrors["Deadline"], StringComparison.Ordinal);
        Assert.Contains("không được âm", result.FieldErrors["Fees[0]"], StringComparison.Ordinal);
        Assert.Contains("từ 1 trở lên", result.FieldErrors["Documents[0]"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADuplicateCodeIsRefused()
    {
        await catalog.SeedDemoAsync();
        var p = (await catalog.GetByCodeAsync("2.000884"))!;
        var result = await catalog.SaveAsync(ProcedureDraft.From(p) with { Code = "2.000815" });
        Assert.False(result.IsSuccess);
        Assert.Equal("Mã thủ tục 2.000815 đã có trong danh mục.", result.FieldErrors["Code"]);
    }

    [Fact]
    public async Task ASecondEditFromAStaleFormIsRefused()
    {
        await catalog.SeedDemoAsync();
        var p = (await catalog.GetByCodeAsync("2.000884"))!;
        Assert.True((await catalog.SaveAsync(ProcedureDraft.From(p) with { Name = "Chứng thực chữ ký (A)" })).IsSuccess);
        var stale = await catalog.SaveAsync(ProcedureDraft.From(p) with { Name = "Chứng thực chữ ký (B)" });
        Assert.False(stale.IsSuccess);
        Assert.Contains("người khác sửa", stale.Error, StringComparison.Ordinal);
        Assert.Equal("Chứng thực chữ ký (A)", (await catalog.GetAsync(p.Id))!.Name);
    }

    [Fact]
    public async Task TheSeededCopyCertificationQuotesTheTieredFee()
    {
        await catalog.SeedDemoAsync();
        var p = (await catalog.GetByCodeAsync("2.000815"))!;
        Assert.Equal(15_000, FeeCalculator.Quote(p, new FeeRequest(Units: 3, Copies: 3)).Total);
    }
}
