using OneStop.Core.Accounts;
using OneStop.Core.Common;
using OneStop.Core.Dossiers;
using static OneStop.Tests.Dossiers.Processing.ProcessingHarness;

namespace OneStop.Tests.Dossiers.Processing;

/// <summary>
/// Who may do what, run against the services (not the page): role × status × holder → allowed or refused.
/// Each row also checks that Core's <see cref="DossierPermissions"/> gave the same answer the page would render,
/// and that a refused action left the dossier and its trail as they were.
/// </summary>
public sealed class PermissionTests
{
    /// <summary>Where the dossier stands when the actor tries the action.</summary>
    public enum Stage
    {
        /// <summary>Just received by "tiepnhan", still at the counter.</summary>
        Received,
        /// <summary>Handed over to the specialists' step, nobody has accepted it yet.</summary>
        AwaitingSpecialists,
        /// <summary>Accepted by "chuyenvien", who is working on it.</summary>
        WithSpecialist,
        SupplementRequested,
        ApologyProposed,
        ResultReady,
        Returned,
    }

    private static readonly Officer Supervisor = new("giamsat", "Quàng Thị Mai", Roles.Supervisor);
    private static readonly Officer Admin = new("quantri", "Lê Văn Trị", Roles.Admin);
    private static readonly Officer CounterAndSpecialist =
        Officer.WithRoles("kiemnhiem", "Lò Văn Kiêm", [Roles.CounterOfficer, Roles.Specialist]);

    private static Officer Actor(string name) => name switch
    {
        "counter" => Counter,
        "specialist" => Specialist,
        "specialist2" => Specialist2,
        "leader" => Leader,
        "supervisor" => Supervisor,
        "admin" => Admin,
        "counter+specialist" => CounterAndSpecialist,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    public static TheoryData<DossierAction, Stage, string, bool> Table => new()
    {
        // Hand-over
        { DossierAction.HandOver, Stage.Received, "counter", true },              // the counter passes a new dossier on
        { DossierAction.HandOver, Stage.Received, "specialist", false },          // a new dossier is still the counter's
        { DossierAction.HandOver, Stage.Received, "admin", false },               // the administrator handles no dossier
        { DossierAction.HandOver, Stage.WithSpecialist, "specialist", true },     // the holder hands on
        { DossierAction.HandOver, Stage.WithSpecialist, "specialist2", false },   // same role, but not the holder
        { DossierAction.HandOver, Stage.WithSpecialist, "counter", false },       // the counter no longer holds it
        { DossierAction.HandOver, Stage.AwaitingSpecialists, "specialist", false }, // must accept before handing on
        { DossierAction.HandOver, Stage.ResultReady, "counter", false },          // nothing left to hand over
        // Accepting a hand-over
        { DossierAction.Accept, Stage.AwaitingSpecialists, "specialist2", true },       // any specialist of the step
        { DossierAction.Accept, Stage.AwaitingSpecialists, "counter", false },          // another department
        { DossierAction.Accept, Stage.AwaitingSpecialists, "counter+specialist", true }, // the second role counts too
        { DossierAction.Accept, Stage.WithSpecialist, "specialist2", false },           // already accepted
        // Result ready
        { DossierAction.MarkResultReady, Stage.WithSpecialist, "specialist", true },    // the holder has the result
        { DossierAction.MarkResultReady, Stage.WithSpecialist, "specialist2", false },  // not the holder
        { DossierAction.MarkResultReady, Stage.WithSpecialist, "leader", false },       // a leader who does not hold it
        { DossierAction.MarkResultReady, Stage.WithSpecialist, "counter", false },      // the counter makes no result
        { DossierAction.MarkResultReady, Stage.Received, "counter", false },            // not in processing yet
        // Supplement
        { DossierAction.RequestSupplement, Stage.WithSpecialist, "specialist", true },   // the holder asks
        { DossierAction.RequestSupplement, Stage.WithSpecialist, "specialist2", false }, // not the holder
        { DossierAction.RequestSupplement, Stage.SupplementRequested, "specialist", false }, // already waiting
        { DossierAction.CompleteSupplement, Stage.SupplementRequested, "counter", true },  // papers come to the counter
        { DossierAction.CompleteSupplement, Stage.SupplementRequested, "leader", false },  // the leader takes no papers
        { DossierAction.CompleteSupplement, Stage.SupplementRequested, "supervisor", false }, // nor the supervisor
        { DossierAction.CompleteSupplement, Stage.WithSpecialist, "counter", false },      // nothing was asked
        // Apology and new date
        { DossierAction.ProposeApology, Stage.WithSpecialist, "specialist", true },     // the specialist proposes
        { DossierAction.ProposeApology, Stage.WithSpecialist, "counter", false },       // the counter does not
        { DossierAction.ProposeApology, Stage.ApologyProposed, "specialist", false },   // once per dossier
        { DossierAction.ProposeApology, Stage.ResultReady, "specialist", false },       // the result is ready
        { DossierAction.DecideApology, Stage.ApologyProposed, "leader", true },         // the leader signs
        { DossierAction.DecideApology, Stage.ApologyProposed, "specialist", false },    // not their own proposal
        { DossierAction.DecideApology, Stage.ApologyProposed, "supervisor", false },    // the supervisor watches only
        { DossierAction.DecideApology, Stage.WithSpecialist, "leader", false },         // nothing to sign
        // Return
        { DossierAction.Return, Stage.ResultReady, "counter", true },           // the counter returns the result
        { DossierAction.Return, Stage.ResultReady, "specialist", false },       // not at the counter
        { DossierAction.Return, Stage.ResultReady, "supervisor", false },       // the supervisor watches only
        { DossierAction.Return, Stage.WithSpecialist, "counter", false },       // no result yet
        // Withdrawal at the citizen's request
        { DossierAction.Withdraw, Stage.WithSpecialist, "counter", true },      // the citizen asks at the counter
        { DossierAction.Withdraw, Stage.WithSpecialist, "specialist", false },  // not the specialist
        { DossierAction.Withdraw, Stage.ResultReady, "counter", false },        // too late, the result is ready
        // Refusal during processing
        { DossierAction.Refuse, Stage.WithSpecialist, "specialist", true },     // the specialist refuses
        { DossierAction.Refuse, Stage.WithSpecialist, "leader", true },         // or the leader
        { DossierAction.Refuse, Stage.WithSpecialist, "counter", false },       // not the counter
        { DossierAction.Refuse, Stage.Received, "admin", false },               // never the administrator
        { DossierAction.Refuse, Stage.Returned, "leader", false },              // finished
        // Corrections of the applicant's data
        { DossierAction.EditApplicant, Stage.WithSpecialist, "counter", true },     // who received it
        { DossierAction.EditApplicant, Stage.WithSpecialist, "supervisor", true },  // or the supervisor
        { DossierAction.EditApplicant, Stage.WithSpecialist, "specialist", false }, // not the specialist
        { DossierAction.EditApplicant, Stage.Returned, "counter", false },          // finished
        { DossierAction.EditApplicant, Stage.Received, "admin", false },            // never the administrator
    };

    [Theory]
    [MemberData(nameof(Table))]
    public async Task EveryServiceActionIsAllowedOnlyToTheRightRoleAtTheRightStage(DossierAction action, Stage stage, string actor, bool allowed)
    {
        using var h = await InMemoryAsync(Vn(2026, 3, 9, 9));
        var id = await ArrangeAsync(h, stage);
        var by = Actor(actor);
        var before = await h.GetAsync(id);
        var eventsBefore = (await h.EventsAsync(id)).Count;

        var answer = DossierPermissions.Check(action, before, by);
        Assert.Equal(allowed, answer.Allowed);

        var result = await RunAsync(h, action, id, before.Version, by);
        Assert.True(allowed == result.IsSuccess, $"{action} by {actor} at {stage}: {result.Error}");
        if (!allowed)
        {
            Assert.False(string.IsNullOrWhiteSpace(answer.Reason));
            Assert.Equal(answer.Reason, result.Error);
            Assert.Equal(before.Version, (await h.GetAsync(id)).Version);
            Assert.Equal(eventsBefore, (await h.EventsAsync(id)).Count);
        }
    }

    [Fact]
    public async Task TheAdministratorMayNotReadDossiersButTheOfficersMay()
    {
        using var h = await InMemoryAsync(Vn(2026, 3, 9, 9));
        var d = await h.GetAsync((await h.ReceiveAsync()).Id);
        Assert.False(DossierPermissions.Check(DossierAction.View, d, Admin).Allowed);
        Assert.All(new[] { Counter, Specialist, Leader, Supervisor }, o => Assert.True(DossierPermissions.Check(DossierAction.View, d, o).Allowed));
        Assert.All(Enum.GetValues<DossierAction>(), a => Assert.False(DossierPermissions.Check(a, d, Admin).Allowed));
    }

    [Fact]
    public async Task OnlyACounterOfficerReceivesADossier()
    {
        using var h = await InMemoryAsync(Vn(2026, 3, 9, 9));
        var r = await h.Reception.ReceiveAsync(new ReceptionRequest
        {
            ProcedureId = h.ProcedureId, FullName = "Nguyễn Văn An", IdNumber = ApplicantId, Phone = "0912345678", Address = "Tổ 5, Chiềng Lề",
        }, Specialist);
        Assert.False(r.IsSuccess);
        Assert.Contains("cán bộ tiếp nhận", r.Error);
    }

    [Fact]
    public async Task BatchHandOverRefusesADossierSomeoneElseHolds()
    {
        using var h = await InMemoryAsync(Vn(2026, 3, 9, 9));
        var d = await h.ReceiveAsync();
        await h.ToSpecialistAsync(d.Id);
        var r = await h.Processing.HandOverBatchAsync([d.Code], Roles.Leader, null, null, Specialist2);
        Assert.Empty(r.HandedOver);
        Assert.Contains("đang giữ", Assert.Single(r.Failed).Error);
    }

    [Fact]
    public void AnOfficerHoldingTwoRolesIsRecordedUnderTheFirstAndCheckedUnderBoth()
    {
        var o = Officer.WithRoles("kiemnhiem", "Lò Văn Kiêm", [Roles.Specialist, Roles.CounterOfficer]);
        Assert.Equal(Roles.CounterOfficer, o.Role);
        Assert.True(o.Has(Roles.Specialist));
        Assert.True(o.Has(Roles.CounterOfficer));
        Assert.False(o.Has(Roles.Leader));
    }

    private static async Task<long> ArrangeAsync(ProcessingHarness h, Stage stage)
    {
        var id = (await h.ReceiveAsync()).Id;
        if (stage == Stage.Received) return id;
        if (stage == Stage.AwaitingSpecialists)
        {
            await h.OkAsync(v => h.Processing.HandOverAsync(id, v, new HandOverTarget(1, Roles.Specialist, null, null), null, Counter), id);
            return id;
        }
        await h.ToSpecialistAsync(id);
        switch (stage)
        {
            case Stage.SupplementRequested:
                await h.OkAsync(v => h.Processing.RequestSupplementAsync(id, v, [new SlipItem("Bản sao giấy chứng sinh", "Thiếu")], Specialist), id);
                break;
            case Stage.ApologyProposed:
                await h.OkAsync(v => h.Processing.ProposeApologyAsync(id, v, Vn(2026, 3, 17, 16), "Chờ xác minh", Specialist), id);
                break;
            case Stage.ResultReady:
                await h.OkAsync(v => h.Processing.MarkResultReadyAsync(id, v, Specialist), id);
                break;
            case Stage.Returned:
                await h.OkAsync(v => h.Processing.MarkResultReadyAsync(id, v, Specialist), id);
                await h.OkAsync(v => h.Processing.ReturnAsync(id, v, new ReturnRequest(true, null, ApplicantId), Counter), id);
                break;
        }
        return id;
    }

    private static Task<Result> RunAsync(ProcessingHarness h, DossierAction action, long id, int v, Officer by) => action switch
    {
        DossierAction.HandOver => h.Processing.HandOverAsync(id, v, new HandOverTarget(2, Roles.Leader, null, null), null, by),
        DossierAction.Accept => h.Processing.AcceptAsync(id, v, by),
        DossierAction.MarkResultReady => h.Processing.MarkResultReadyAsync(id, v, by),
        DossierAction.RequestSupplement => h.Processing.RequestSupplementAsync(id, v, [new SlipItem("Bản sao giấy chứng sinh", "Thiếu")], by),
        DossierAction.CompleteSupplement => h.Processing.CompleteSupplementAsync(id, v, by),
        DossierAction.ProposeApology => h.Processing.ProposeApologyAsync(id, v, Vn(2026, 3, 17, 16), "Chờ xác minh", by),
        DossierAction.DecideApology => h.Processing.DecideApologyAsync(id, v, true, by),
        DossierAction.Return => h.Processing.ReturnAsync(id, v, new ReturnRequest(true, null, ApplicantId), by),
        DossierAction.Withdraw => h.Processing.WithdrawAsync(id, v, new DateOnly(2026, 3, 9), "Công dân đổi ý", by),
        DossierAction.Refuse => h.Processing.RefuseAsync(id, v, "Không đủ điều kiện theo quy định", by),
        DossierAction.EditApplicant => h.Processing.EditApplicantAsync(id, v, new ReceptionRequest
        {
            FullName = "Nguyễn Thị Hồng Nhung Sửa", IdNumber = ApplicantId, Phone = "0912345678", Address = "Tổ 5, phường Chiềng Lề, tỉnh Sơn La",
        }, by),
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };
}
