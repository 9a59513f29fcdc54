using Bunit;
using OneStop.Core.Accounts;
using OneStop.Tests.TestSupport;
using OneStop.Web.Components.Home;
using OneStop.Web.Components.Layout;

namespace OneStop.Tests.Web.Components;

public sealed class ShellComponentTests : ComponentTestContext
{
    [Fact]
    public void CounterOfficerSeesCounterItemsButNotAdministration()
    {
        var auth = Ctx.AddAuthorization();
        auth.SetAuthorized("tiepnhan");
        auth.SetRoles(Roles.CounterOfficer);
        var nav = Ctx.Render<NavMenu>();
        var text = nav.Find("#nav-menu").TextContent;
        Assert.Contains("Tiếp nhận", text, StringComparison.Ordinal);
        Assert.Contains("Trả kết quả", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Quản trị", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Thống kê", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AdministratorSeesAdministrationButNotTheCounter()
    {
        var auth = Ctx.AddAuthorization();
        auth.SetAuthorized("quantri");
        auth.SetRoles(Roles.Admin);
        var text = Ctx.Render<NavMenu>().Find("#nav-menu").TextContent;
        Assert.Contains("Quản trị", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tiếp nhận", text, StringComparison.Ordinal);
    }

    [Fact]
    public void SummaryCardWritesNumbersWithVietnameseGrouping()
    {
        var card = Ctx.Render<SummaryCard>(p => p
            .Add(c => c.Title, "Quá hạn")
            .Add(c => c.Value, 12345)
            .Add(c => c.Icon, MudBlazor.Icons.Material.Filled.ReportProblem));
        Assert.Contains("12.345", card.Find(".summary-value").TextContent, StringComparison.Ordinal);
        Assert.Contains("Quá hạn", card.Markup, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.CounterOfficer, new[] { "/tiep-nhan", "/tra-ket-qua" }, new[] { "/quan-tri" })]
    [InlineData(Roles.Supervisor, new[] { "/thong-ke", "/lich-lam-viec" }, new[] { "/tiep-nhan" })]
    [InlineData(Roles.Specialist, new[] { "/ho-so" }, new[] { "/lich-lam-viec", "/quan-tri" })]
    public void NavigationFollowsTheRole(string role, string[] shown, string[] hidden)
    {
        var items = NavItems.For(r => r == role).Select(i => i.Href).ToList();
        Assert.All(shown, h => Assert.Contains(h, items));
        Assert.All(hidden, h => Assert.DoesNotContain(h, items));
    }
}
