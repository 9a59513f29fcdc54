using Bunit;
using OneStop.Core.Accounts;
using OneStop.Core.Dossiers;
using OneStop.Tests.TestSupport;
using OneStop.Web.Components.Dossiers;
using static OneStop.Tests.Dossiers.Processing.ProcessingHarness;

namespace OneStop.Tests.Dossiers.Processing;

public sealed class QueueTableTests : ComponentTestContext
{
    private static QueueItem Row(long id, string name, Urgency urgency, double left, bool needsApology = false,
        DossierStatus status = DossierStatus.InProgress) =>
        new(id, $"H48.26.10-260309-{id:0000}", name, "Đăng ký khai sinh", "HT", status, Vn(2026, 3, 9, 9), Vn(2026, 3, 12, 9),
            Roles.Specialist, "Cầm Văn Chuyên", true, left, urgency, needsApology, 3);

    private IRenderedComponent<QueueTable> Render(params QueueItem[] items) =>
        Ctx.Render<QueueTable>(p => p.Add(x => x.Items, items));

    [Fact]
    public void OverdueRowIsMarkedAndSaysQuaHan()
    {
        var cut = Render(Row(1, "Nguyễn Văn Quá", Urgency.Overdue, -90), Row(2, "Trần Thị Thường", Urgency.Normal, 1500));

        var overdue = cut.FindAll("tr.row-overdue");
        Assert.Single(overdue);
        Assert.Contains("Nguyễn Văn Quá", overdue[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Quá hạn", overdue[0].TextContent, StringComparison.Ordinal);
        var normal = cut.FindAll("tbody tr").Single(r => r.TextContent.Contains("Trần Thị Thường", StringComparison.Ordinal));
        Assert.DoesNotContain("Quá hạn", normal.TextContent, StringComparison.Ordinal);
        Assert.Contains("3 ngày 1 giờ", normal.TextContent, StringComparison.Ordinal);   // 1500 min = 3 × 480 + 60
    }

    [Fact]
    public void DueSoonRowIsMarkedWithItsTimeLeft()
    {
        var cut = Render(Row(3, "Lò Thị Sắp", Urgency.DueSoon, 135));

        var row = Assert.Single(cut.FindAll("tr.row-due-soon"));
        Assert.Contains("2 giờ 15 phút", row.TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("tr.row-overdue"));
    }

    [Fact]
    public void NeedsApologyShowsTheApologyFlagOnlyOnThatRow()
    {
        var cut = Render(Row(4, "Cầm Văn Xin", Urgency.DueSoon, 200, needsApology: true), Row(5, "Hà Thị Không", Urgency.DueSoon, 300));

        var rows = cut.FindAll("tbody tr");
        Assert.Contains("Cần lập phiếu xin lỗi", rows.Single(r => r.TextContent.Contains("Cầm Văn Xin", StringComparison.Ordinal)).TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Cần lập phiếu xin lỗi", rows.Single(r => r.TextContent.Contains("Hà Thị Không", StringComparison.Ordinal)).TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void EachCodeLinksToItsDossierPage()
    {
        var cut = Render(Row(42, "Nguyễn Văn Link", Urgency.Normal, 900));

        Assert.Equal("/ho-so/42", cut.Find("a[href='/ho-so/42']").GetAttribute("href"));
    }

    [Fact]
    public void EmptyQueueSaysSo()
    {
        var cut = Render();

        Assert.Contains("Không có hồ sơ trong danh sách này.", cut.Markup, StringComparison.Ordinal);
    }
}
