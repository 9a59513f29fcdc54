using Microsoft.AspNetCore.Components;
using OneStop.Core.Audit;

namespace OneStop.Web.Components.Audit;

public partial class AuditPage
{
    private const int LatestCount = 50;

    [Inject] public required AuditService Audit { get; init; }
    [Inject] public required TimeProvider Clock { get; init; }

    private IReadOnlyList<AuditEventRow> latest = [];
    private AuditReport? report;
    private DateTimeOffset? checkedAt;
    private bool verifying;
    private bool loading = true;

    protected override async Task OnInitializedAsync()
    {
        latest = await Audit.LatestAsync(LatestCount);
        loading = false;
    }

    private async Task VerifyAsync()
    {
        verifying = true;
        report = null;
        // Let the button show "checking" before the walk, which may take seconds on a large trail.
        await Task.Yield();
        report = await Audit.VerifyChainAsync();
        checkedAt = Clock.GetUtcNow();
        latest = await Audit.LatestAsync(LatestCount);
        verifying = false;
    }
}
