using System.Text.Json.Nodes;
using OneStop.Core.Catalog;

namespace OneStop.Tests.Catalog;

public class CatalogJsonTests
{
    private const string Minimal = """
        {
          "fields": [{ "code": "HT", "name": "Hộ tịch" }],
          "procedures": [
            { "code": "1.001193", "field": "HT", "name": "Đăng ký khai sinh",
              "deadline": { "kind": "SameDay", "cutoff": "15:00" },
              "fees": [{ "name": "Lệ phí", "amount": 0 }],
              "documents": [{ "name": "Tờ khai", "form": "Original", "count": 1 }] }
          ]
        }
        """;

    [Fact]
    public void TheEmbeddedSampleParses()
    {
        var result = CatalogJson.Parse(CatalogJson.SampleJson());
        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(2, result.Value!.Fields.Count);
        Assert.Equal(9, result.Value.Procedures.Count);
        var copy = result.Value.Procedures.Single(p => p.Code == "2.000815");
        Assert.Equal([new FeeTier(1, 2, 2000), new FeeTier(3, null, 1000)], copy.Fees[0].Tiers!);
        Assert.Equal(200_000, copy.Fees[0].MaxPerCopy);
        Assert.Equal(new TimeOnly(15, 0), copy.Deadline.Cutoff);
    }

    [Fact]
    public void TheSharedSampleAndTheEmbeddedOneAreTheSame()
    {
        var shared = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "shared", "domain", "procedures-sample.json");
        if (!File.Exists(shared)) return; // only where the shared folder is checked out beside the worktree
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(File.ReadAllText(shared)), JsonNode.Parse(CatalogJson.SampleJson())));
    }

    [Fact]
    public void WritingTheParsedSampleGivesTheSampleBack()
    {
        var sample = JsonNode.Parse(CatalogJson.SampleJson())!;
        var written = JsonNode.Parse(CatalogJson.Write(CatalogJson.Parse(CatalogJson.SampleJson()).Value!))!;
        Assert.True(JsonNode.DeepEquals(sample["fields"], written["fields"]));
        Assert.True(JsonNode.DeepEquals(sample["procedures"], written["procedures"]), written["procedures"]!.ToJsonString());
    }

    [Theory]
    [InlineData("\"name\": \"Đăng ký khai sinh\",", "", "Thủ tục thứ 1 (mã 1.001193): thiếu tên thủ tục.")]                     // name removed
    [InlineData("\"code\": \"1.001193\",", "", "Thủ tục thứ 1: thiếu mã thủ tục.")]                                             // code removed
    [InlineData("\"field\": \"HT\",", "", "Thủ tục thứ 1 (mã 1.001193): thiếu lĩnh vực.")]                                      // field removed
    [InlineData("\"kind\": \"SameDay\", \"cutoff\": \"15:00\"", "\"kind\": \"WorkingDays\", \"value\": 0", "số ngày làm việc phải lớn hơn 0")] // zero days
    [InlineData("\"kind\": \"SameDay\", \"cutoff\": \"15:00\"", "\"kind\": \"WorkingDays\", \"value\": 1.3", "nửa ngày")]   // not in halves
    [InlineData("\"kind\": \"SameDay\", \"cutoff\": \"15:00\"", "\"kind\": \"WorkingHours\", \"value\": -2", "số giờ làm việc phải lớn hơn 0")] // negative hours
    [InlineData("\"kind\": \"SameDay\", \"cutoff\": \"15:00\"", "\"kind\": \"WorkingDays\", \"value\": 10000000", "số ngày làm việc tối đa là 365")] // ten million days: refused, not overflowed
    [InlineData("\"kind\": \"SameDay\", \"cutoff\": \"15:00\"", "\"kind\": \"WorkingHours\", \"value\": 2921", "số giờ làm việc tối đa là 2920")] // one hour past a year of hours
    [InlineData("\"kind\": \"SameDay\"", "\"kind\": \"Soon\"", "SameDay, WorkingDays hoặc WorkingHours")]                    // unknown kind
    [InlineData("\"cutoff\": \"15:00\"", "\"cutoff\": \"3pm\"", "HH:mm")]                                                       // bad cut-off
    [InlineData("\"amount\": 0", "\"amount\": -5000", "khoản phí thứ 1: số tiền không được âm")]                               // negative fee
    [InlineData("\"amount\": 0", "\"unit\": \"trang\"", "khoản phí thứ 1: thiếu đơn giá")]                                     // unit without price
    [InlineData("\"form\": \"Original\"", "\"form\": \"Photo\"", "thành phần hồ sơ thứ 1: hình thức phải là")]                 // unknown form
    [InlineData("\"count\": 1", "\"count\": 0", "thành phần hồ sơ thứ 1: số lượng phải từ 1 trở lên")]                         // zero papers
    [InlineData("\"name\": \"Tờ khai\",", "", "thành phần hồ sơ thứ 1: thiếu tên giấy tờ")]                                    // paper without name
    public void AMistakeInAProcedureIsNamedInVietnamese(string find, string replace, string expected)
    {
        var json = Minimal.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(Minimal, json);
        var result = CatalogJson.Parse(json);
        Assert.False(result.IsSuccess);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TheThirdProcedureIsNamedByPositionAndCode()
    {
        var sample = JsonNode.Parse(CatalogJson.SampleJson())!;
        sample["procedures"]![2]!.AsObject().Remove("name");
        var result = CatalogJson.Parse(sample.ToJsonString());
        Assert.False(result.IsSuccess);
        Assert.Equal("Thủ tục thứ 3 (mã 1.000656): thiếu tên thủ tục.", result.Error);
    }

    [Fact]
    public void BrokenJsonGivesTheLine()
    {
        var json = "{\n  \"fields\": [],\n  \"procedures\": [\n    { \"code\": \"1\", }, oops\n  ]\n}";
        var result = CatalogJson.Parse(json);
        Assert.False(result.IsSuccess);
        Assert.StartsWith("JSON không hợp lệ ở dòng 4", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AWrongValueTypeGivesTheLineAndPath()
    {
        var json = Minimal.Replace("\"count\": 1", "\"count\": \"một\"", StringComparison.Ordinal);
        var result = CatalogJson.Parse(json);
        Assert.False(result.IsSuccess);
        Assert.Contains("ở dòng 7", result.Error, StringComparison.Ordinal);
        Assert.Contains("không đúng kiểu", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateProcedureCodesAreRefused()
    {
        var node = JsonNode.Parse(Minimal)!;
        var procs = node["procedures"]!.AsArray();
        procs.Add(procs[0]!.DeepClone());
        var result = CatalogJson.Parse(node.ToJsonString());
        Assert.False(result.IsSuccess);
        Assert.Contains("Thủ tục thứ 2 (mã 1.001193): mã thủ tục bị trùng trong tệp.", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]                      // empty file
    [InlineData("null")]                  // JSON null
    [InlineData("{ \"fields\": [] }")]    // no procedures list
    [InlineData("[1, 2, 3]")]             // an array, not the catalogue
    public void AFileWithoutACatalogueIsRefused(string json) =>
        Assert.False(CatalogJson.Parse(json).IsSuccess);

    [Fact]
    public void TiersMustBeContiguousFromUnitOne()
    {
        var json = Minimal.Replace("{ \"name\": \"Lệ phí\", \"amount\": 0 }",
            "{ \"name\": \"Phí\", \"unit\": \"trang\", \"tiers\": [{ \"fromUnit\": 1, \"toUnit\": 2, \"amountPerUnit\": 2000 }, { \"fromUnit\": 4, \"amountPerUnit\": 1000 }] }",
            StringComparison.Ordinal);
        var result = CatalogJson.Parse(json);
        Assert.False(result.IsSuccess);
        Assert.Contains("liên tiếp", result.Error, StringComparison.Ordinal);
    }
}
