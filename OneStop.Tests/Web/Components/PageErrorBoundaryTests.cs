using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using OneStop.Tests.TestSupport;
using OneStop.Web.Components.Layout;

namespace OneStop.Tests.Web.Components;

/// <summary>The layout's net under every page: an unhandled exception shows a Vietnamese message, not a dead circuit.</summary>
public sealed class PageErrorBoundaryTests : ComponentTestContext
{
    /// <summary>A page whose button fails like a save against a locked database.</summary>
    private sealed class FailingPage : ComponentBase
    {
        public static int Rendered { get; set; }

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            Rendered++;
            builder.OpenElement(0, "button");
            builder.AddAttribute(1, "id", "fail");
            builder.AddAttribute(2, "onclick", EventCallback.Factory.Create(this, () => throw new InvalidOperationException("database is locked")));
            builder.AddContent(3, "Lưu");
            builder.CloseElement();
        }
    }

    private IRenderedComponent<PageErrorBoundary> RenderBoundary() =>
        Ctx.Render<PageErrorBoundary>(p => p.AddChildContent<FailingPage>());

    [Fact]
    public void AThrowingPageShowsTheVietnameseMessageInsteadOfKillingTheCircuit()
    {
        var boundary = RenderBoundary();

        boundary.Find("#fail").Click();

        var error = boundary.WaitForElement("#page-error");
        Assert.Contains("Đã xảy ra lỗi", error.TextContent, StringComparison.Ordinal);
        Assert.Contains("Thử lại", boundary.Find("#page-error-retry").TextContent, StringComparison.Ordinal);
        Assert.Empty(boundary.FindAll("#fail"));
    }

    [Fact]
    public void RetryRendersThePageAgain()
    {
        var boundary = RenderBoundary();
        boundary.Find("#fail").Click();
        boundary.WaitForElement("#page-error");

        boundary.Find("#page-error-retry").Click();

        boundary.WaitForElement("#fail");
        Assert.Empty(boundary.FindAll("#page-error"));
    }
}
