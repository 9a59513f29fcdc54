using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace OneStop.Tests.TestSupport;

/// <summary>bUnit with MudBlazor services and loose JS interop; disposed asynchronously (MudBlazor needs it).</summary>
public abstract class ComponentTestContext : IAsyncLifetime
{
    protected BunitContext Ctx { get; } = new();

    protected ComponentTestContext()
    {
        Ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        Ctx.Services.AddMudServices();
        Ctx.Services.AddSingleton(TimeProvider.System);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Ctx.DisposeAsync();
}
