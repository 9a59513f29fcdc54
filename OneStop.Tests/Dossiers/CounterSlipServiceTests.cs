using OneStop.Core.Catalog;
using OneStop.Core.Dossiers;
using OneStop.Tests.TestSupport;

namespace OneStop.Tests.Dossiers;

/// <summary>Guidance (Mẫu 02) and refusal (Mẫu 03) slips made at the counter.</summary>
public sealed class CounterSlipServiceTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase database = new();
    private readonly FakeClock clock = new(new DateTimeOffset(2026, 11, 25, 3, 0, 0, TimeSpan.Zero));
    private CounterSlipService slips = null!;
    private int procedureId;

    public async Task InitializeAsync()
    {
        var catalog = new CatalogService(database);
        await catalog.SeedDemoAsync();
        procedureId = (await catalog.GetByCodeAsync("1.000894"))!.Id;
        slips = new CounterSlipService(database, clock);
    }

    public Task DisposeAsync()
    {
        database.Dispose();
        return Task.CompletedTask;
    }

    private CounterSlipRequest Guidance(params SlipItem[] items) =>
        new(CounterSlipKind.Guidance, procedureId, "Nguyễn Văn An", "014190001234", "0912345678", "Đà Nẵng", null, items, null);

    private CounterSlipRequest Refusal(string? reason) =>
        new(CounterSlipKind.Refusal, procedureId, "Nguyễn Văn An", "014190001234", null, "Đà Nẵng", null, [], reason);

    [Fact]
    public async Task GuidanceWithoutAnyItemIsRefused()
    {
        var r = await slips.CreateAsync(Guidance(new SlipItem("  ", "")), ReceptionWorld.Officer);

        Assert.False(r.IsSuccess);
        Assert.Equal("Liệt kê ít nhất một giấy tờ cần bổ sung, hoàn thiện.", r.FieldErrors["Items"]);
    }

    [Fact]
    public async Task GuidanceItemWithoutAReasonIsRefused()
    {
        var r = await slips.CreateAsync(Guidance(new SlipItem("Giấy xác nhận tình trạng hôn nhân", " ")), ReceptionWorld.Officer);

        Assert.False(r.IsSuccess);
        Assert.Equal("Ghi lý do cho từng giấy tờ cần bổ sung.", r.FieldErrors["Items"]);
    }

    [Theory]
    // No reason at all.
    [InlineData(null)]
    // Spaces only.
    [InlineData("    ")]
    // Too short to tell the citizen anything.
    [InlineData("sai")]
    public async Task RefusalWithoutAReasonIsRefused(string? reason)
    {
        var r = await slips.CreateAsync(Refusal(reason), ReceptionWorld.Officer);

        Assert.False(r.IsSuccess);
        Assert.Equal("Ghi rõ lý do từ chối tiếp nhận.", r.FieldErrors["Reason"]);
    }

    [Fact]
    public async Task SlipNumbersIncreasePerKindAndRestartEachYear()
    {
        var item = new SlipItem("Giấy xác nhận tình trạng hôn nhân", "Đã quá 6 tháng kể từ ngày cấp");
        var g1 = await slips.CreateAsync(Guidance(item), ReceptionWorld.Officer);
        var g2 = await slips.CreateAsync(Guidance(item), ReceptionWorld.Officer);
        var f1 = await slips.CreateAsync(Refusal("Thủ tục không thuộc thẩm quyền của xã"), ReceptionWorld.Officer);
        // 31/12 at 23:30 in Viet Nam is still 2026; 00:00 on 1/1 (17:00 UTC on 31/12) is 2027.
        clock.Set(new DateTimeOffset(2026, 12, 31, 16, 30, 0, TimeSpan.Zero));
        var g3 = await slips.CreateAsync(Guidance(item), ReceptionWorld.Officer);
        clock.Set(new DateTimeOffset(2026, 12, 31, 17, 0, 0, TimeSpan.Zero));
        var g2027 = await slips.CreateAsync(Guidance(item), ReceptionWorld.Officer);
        var f2027 = await slips.CreateAsync(Refusal("Thủ tục không thuộc thẩm quyền của xã"), ReceptionWorld.Officer);

        var numbers = new List<(int Number, int Year, CounterSlipKind Kind, string Text)>();
        foreach (var r in new[] { g1, g2, f1, g3, g2027, f2027 })
        {
            Assert.True(r.IsSuccess, r.Error);
            var s = (await slips.GetAsync(r.Value))!;
            numbers.Add((s.Number, s.Year, s.Kind, s.NumberText));
        }
        Assert.Equal(
            [
                (1, 2026, CounterSlipKind.Guidance, "01/PHD"),
                (2, 2026, CounterSlipKind.Guidance, "02/PHD"),
                (1, 2026, CounterSlipKind.Refusal, "01/PTC"),
                (3, 2026, CounterSlipKind.Guidance, "03/PHD"),
                (1, 2027, CounterSlipKind.Guidance, "01/PHD"),
                (1, 2027, CounterSlipKind.Refusal, "01/PTC"),
            ], numbers);
    }

    [Fact]
    public async Task SavedGuidanceKeepsItsItemsReasonsAndOfficer()
    {
        var r = await slips.CreateAsync(Guidance(new SlipItem(" Giấy chứng nhận  kết hôn ", "Bản chụp không rõ")), ReceptionWorld.Officer);

        var s = (await slips.GetAsync(r.Value))!;
        Assert.Equal([new SlipItem("Giấy chứng nhận kết hôn", "Bản chụp không rõ")], s.Items);
        Assert.Equal("Nguyễn Thị Tiếp Nhận", s.OfficerName);
        Assert.Null(s.Reason);
    }
}
