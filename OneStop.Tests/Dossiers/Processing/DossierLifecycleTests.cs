using OneStop.Core.Dossiers;
using static OneStop.Core.Dossiers.DossierStatus;

namespace OneStop.Tests.Dossiers.Processing;

public sealed class DossierLifecycleTests
{
    // The §6 lifecycle written out by hand, one row per "from" status, so a change to the code's table has to be
    // made here too. Columns in enum order: Received, InProgress, SupplementRequested, ResultReady, Returned, Refused, Withdrawn.
    private static readonly Dictionary<DossierStatus, bool[]> Expected = new()
    {
        // Received: handed over (→ InProgress), or refused / withdrawn before anyone works on it.
        [Received] = [false, true, false, false, false, true, true],
        // InProgress: hand-over between steps (→ itself), one supplement request, result ready, refusal, withdrawal.
        [InProgress] = [false, true, true, true, false, true, true],
        // SupplementRequested: the complete supplement resumes processing; the citizen may give up, or it is refused.
        [SupplementRequested] = [false, true, false, false, false, true, true],
        // ResultReady: only returned; the result exists, it can no longer be refused or withdrawn.
        [ResultReady] = [false, false, false, false, true, false, false],
        // Terminal statuses move nowhere.
        [Returned] = [false, false, false, false, false, false, false],
        [Refused] = [false, false, false, false, false, false, false],
        [Withdrawn] = [false, false, false, false, false, false, false],
    };

    public static TheoryData<DossierStatus, DossierStatus, bool> AllPairs()
    {
        var data = new TheoryData<DossierStatus, DossierStatus, bool>();
        foreach (var (from, row) in Expected)
            for (var i = 0; i < row.Length; i++)
                data.Add(from, (DossierStatus)i, row[i]);
        return data;
    }

    [Fact]
    public void TheExpectedTableCoversEverySevenBySevenPair()
    {
        Assert.Equal(7, Enum.GetValues<DossierStatus>().Length);
        Assert.Equal(Enum.GetValues<DossierStatus>().Order(), Expected.Keys.Order());
        Assert.All(Expected.Values, row => Assert.Equal(7, row.Length));
        Assert.Equal(49, AllPairs().Count);
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void EachTransitionIsAllowedOrRefusedExactlyAsTheLifecycleSays(DossierStatus from, DossierStatus to, bool allowed)
    {
        Assert.Equal(allowed, DossierLifecycle.CanMove(from, to));
        if (!allowed)
            Assert.Contains(DossierStatuses.Vietnamese(to), DossierLifecycle.Refusal(from, to), StringComparison.Ordinal);
    }
}
