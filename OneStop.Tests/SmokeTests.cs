namespace OneStop.Tests;

public class SmokeTests
{
    [Fact]
    public void FoldRemovesVietnameseDiacritics() =>
        Assert.Equal("nguyen van an", OneStop.Core.Common.VietnameseText.Fold("Nguyễn  Văn Ân"));
}
