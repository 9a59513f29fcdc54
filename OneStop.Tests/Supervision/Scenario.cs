using OneStop.Core.Dossiers;
using static OneStop.Tests.Supervision.HandBuiltCentre;

namespace OneStop.Tests.Supervision;

/// <summary>
/// November 2026 (01/11–30/11) at a centre with two fields, one dossier per case II.06a distinguishes. The expected
/// figures are worked out by hand in the tests that use it.
/// </summary>
internal sealed record Scenario(HandBuiltCentre Centre, IReadOnlyDictionary<string, long> Ids)
{
    public static readonly DateOnly From = new(2026, 11, 1);
    public static readonly DateOnly To = new(2026, 11, 30);

    public static async Task<Scenario> CreateAsync()
    {
        var c = await HandBuiltCentre.CreateAsync();
        var ids = new Dictionary<string, long>
        {
            // Field A
            ["carriedEarly"] = await c.AddAsync(Vn(10, 20), Vn(11, 5, 17), DossierStatus.Returned, ready: Vn(11, 3)),
            ["carriedOverdue"] = await c.AddAsync(Vn(10, 25), Vn(11, 10), DossierStatus.InProgress),
            ["onlineOnTime"] = await c.AddAsync(Vn(11, 2), Vn(11, 5, 16), DossierStatus.Returned, ready: Vn(11, 5, 10), channel: ReceptionChannel.Online,
                checklist: [Paper("Tờ khai"), Paper("CCCD"), Paper("Giấy ủy quyền", provided: false)]),
            ["late"] = await c.AddAsync(Vn(11, 3), Vn(11, 6, 10), DossierStatus.Returned, ready: Vn(11, 9),
                checklist: [Paper("Tờ khai"), Paper("CCCD")]),
            ["within"] = await c.AddAsync(Vn(11, 27), Vn(12, 3), DossierStatus.InProgress),
            ["refusedBeforeDue"] = await c.AddAsync(Vn(11, 4), Vn(11, 10), DossierStatus.Refused, finished: Vn(11, 5)),
            ["withdrawnAfterDue"] = await c.AddAsync(Vn(11, 4), Vn(11, 6), DossierStatus.Withdrawn, finished: Vn(11, 12)),
            // The supplement restarted the clock: first appointment 12/11, new one 20/11; ready 18/11 is early.
            ["supplementRestart"] = await c.AddAsync(Vn(11, 9), Vn(11, 20), DossierStatus.Returned, ready: Vn(11, 18), supplements: 1),
            // Apologised and re-appointed to 18/11: ready 17/11 is still late against 13/11 (rule 6).
            ["apology"] = await c.AddAsync(Vn(11, 10), Vn(11, 18), DossierStatus.Returned, ready: Vn(11, 17), originalDue: Vn(11, 13, 17), apology: true),
            // Field B
            ["postalOnTime"] = await c.AddAsync(Vn(11, 16), Vn(11, 17, 17, 30), DossierStatus.ResultReady, ready: Vn(11, 17, 9), channel: ReceptionChannel.Postal, fieldB: true),
            ["carriedLate"] = await c.AddAsync(Vn(10, 27), Vn(10, 30), DossierStatus.Returned, ready: Vn(11, 2), fieldB: true),
            // Outside the period
            ["resolvedBefore"] = await c.AddAsync(Vn(10, 1), Vn(10, 6), DossierStatus.Returned, ready: Vn(10, 5)),
            ["receivedAfter"] = await c.AddAsync(Vn(12, 2), Vn(12, 7), DossierStatus.Received),
            ["refusedBefore"] = await c.AddAsync(Vn(10, 1), Vn(10, 6), DossierStatus.Refused, finished: Vn(10, 5)),
        };
        return new Scenario(c, ids);
    }

    public long this[string name] => Ids[name];
}
