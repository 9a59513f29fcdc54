using OneStop.Core.Catalog;

namespace OneStop.Tests.Catalog;

public class FeeCalculatorTests
{
    private static readonly FeeRule CopyCertification = new(
        "Phí chứng thực bản sao", Unit: "trang",
        Tiers: [new FeeTier(1, 2, 2000), new FeeTier(3, null, 1000)], MaxPerCopy: 200_000);

    private static readonly FeeRule SignatureCertification = new("Phí chứng thực chữ ký", Unit: "trường hợp", AmountPerUnit: 10_000);
    private static readonly FeeRule Extract = new("Phí cấp bản sao trích lục", Unit: "bản sao", AmountPerUnit: 8_000);

    [Theory]
    [InlineData(1, 1, 2_000)]     // first page at 2.000
    [InlineData(2, 1, 4_000)]     // the last page of the first band
    [InlineData(3, 1, 5_000)]     // page 3 is the first at 1.000
    [InlineData(10, 1, 12_000)]   // 2 × 2.000 + 8 × 1.000
    [InlineData(198, 1, 200_000)] // 4.000 + 196.000 reaches the cap exactly
    [InlineData(199, 1, 200_000)] // one page past the cap
    [InlineData(500, 1, 200_000)] // capped per copy
    [InlineData(3, 3, 15_000)]    // 3 copies of 3 pages
    [InlineData(500, 2, 400_000)] // the cap applies per copy, not per dossier
    public void CopyCertificationIsTieredPerPageAndCappedPerCopy(int pages, int copies, long expected) =>
        Assert.Equal(expected, FeeCalculator.Quote([CopyCertification], new FeeRequest(pages, copies)).Total);

    [Theory]
    [InlineData(1, 10_000)] // one signature case
    [InlineData(3, 30_000)] // three cases
    public void SignatureCertificationIsPerCase(int cases, long expected) =>
        Assert.Equal(expected, FeeCalculator.Quote([SignatureCertification], new FeeRequest(cases)).Total);

    [Theory]
    [InlineData(1, 1, 8_000)]  // one extract
    [InlineData(4, 1, 32_000)] // four extracts as units
    [InlineData(1, 4, 32_000)] // or as copies: the same
    public void ExtractIsPerCopy(int units, int copies, long expected) =>
        Assert.Equal(expected, FeeCalculator.Quote([Extract], new FeeRequest(units, copies)).Total);

    [Fact]
    public void AFreeProcedureCostsNothing()
    {
        var quote = FeeCalculator.Quote([new FeeRule("Lệ phí đăng ký khai tử đúng hạn", Amount: 0)], new FeeRequest());
        Assert.Equal(0, quote.Total);
        Assert.True(quote.IsFree);
        Assert.Single(quote.Lines);
    }

    [Fact]
    public void AProcedureWithoutFeeLinesCostsNothing() =>
        Assert.Equal(0, FeeCalculator.Quote([], new FeeRequest()).Total);

    [Fact]
    public void AFixedFeeIsChargedOnceWhateverTheCopies() =>
        Assert.Equal(5_000, FeeCalculator.Quote([new FeeRule("Lệ phí", Amount: 5_000)], new FeeRequest(Units: 3, Copies: 4)).Total);

    [Fact]
    public void AnOptionalLineAppliesOnlyWhenSelected()
    {
        FeeRule[] rules = [new("Lệ phí đúng hạn", Amount: 0), new("Lệ phí quá hạn", Amount: 8_000, Optional: true)];
        var notSelected = FeeCalculator.Quote(rules, new FeeRequest());
        var selected = FeeCalculator.Quote(rules, new FeeRequest(SelectedOptional: ["Lệ phí quá hạn"]));
        Assert.Equal(0, notSelected.Total);
        Assert.Single(notSelected.Lines);
        Assert.Equal(8_000, selected.Total);
        Assert.Equal(2, selected.Lines.Count);
    }

    [Fact]
    public void AnExemptionMakesEverythingZeroAndKeepsTheReason()
    {
        var quote = FeeCalculator.Quote([Extract], new FeeRequest(2, ExemptionReason: " Hộ nghèo theo chính sách xã hội "));
        Assert.Equal(0, quote.Total);
        Assert.True(quote.IsExempt);
        Assert.Equal("Hộ nghèo theo chính sách xã hội", quote.ExemptionReason);
        Assert.Equal(0, Assert.Single(quote.Lines).Amount);
    }

    [Fact]
    public void ABlankExemptionReasonIsNoExemption() =>
        Assert.Equal(8_000, FeeCalculator.Quote([Extract], new FeeRequest(ExemptionReason: "  ")).Total);

    [Fact]
    public void LinesNameTheFeeAndItsUnits()
    {
        var line = Assert.Single(FeeCalculator.Quote([CopyCertification], new FeeRequest(3, 2)).Lines);
        Assert.Equal(("Phí chứng thực bản sao", "trang", 3, 2, 10_000L), (line.Name, line.Unit, line.Units, line.Copies, line.Amount));
    }

    [Fact]
    public void ZeroUnitsIsAProgrammingError() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FeeCalculator.Quote([Extract], new FeeRequest(0)));
}
