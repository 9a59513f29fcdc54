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
        // WaitFor* polls until it holds; on a loaded 2-core CI machine the services' SQLite work can take more than the
        // one-second default, which would fail a test that is right.
        BunitContext.DefaultWaitTimeout = TimeSpan.FromSeconds(20);
        Ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        Ctx.Services.AddMudServices();
        Ctx.Services.AddSingleton(TimeProvider.System);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Ctx.DisposeAsync();
}
