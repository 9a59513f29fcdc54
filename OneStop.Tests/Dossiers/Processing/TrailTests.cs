using Microsoft.EntityFrameworkCore;
using OneStop.Core.Calendar;
using OneStop.Core.Accounts;
using OneStop.Core.Documents;
using OneStop.Core.Dossiers;
using OneStop.Tests.Documents;
using static OneStop.Tests.Dossiers.Processing.ProcessingHarness;

namespace OneStop.Tests.Dossiers.Processing;

public sealed class TrailTests : IDisposable
{
    private readonly PdfTools pdf = new();

    public void Dispose() => pdf.Dispose();

    private static readonly SlipItem[] Items = [new("Bản sao giấy chứng sinh", "Bản đã nộp bị mờ")];

    /// <summary>Runs one operation and checks that it appended exactly one event of that kind, with from → to.</summary>
    private static async Task StepAsync(ProcessingHarness h, long id, Func<int, Task<Core.Common.Result>> op,
        string kind, DossierStatus from, DossierStatus to)
    {
        var before = await h.EventsAsync(id);
        var version = (await h.GetAsync(id)).Version;
        var r = await op(version);
        Assert.True(r.IsSuccess, r.Error);
        var after = await h.EventsAsync(id);
        Assert.Equal(before.Count + 1, after.Count);
        var e = after[^1];
        Assert.Equal(kind, e.Kind);
        Assert.Equal(from, e.FromStatus);
        Assert.Equal(to, e.ToStatus);
        Assert.Equal(h.Clock.Now, e.At);
        Assert.Equal(version + 1, (await h.GetAsync(id)).Version);   // every verb bumps the version
    }

    /// <summary>The full walk: hand-overs, a supplement, an approved apology, the result, the return.</summary>
    private static async Task<long> WalkAsync(ProcessingHarness h)
    {
        var d = await h.ReceiveAsync();
        var p = h.Processing;
        h.Clock.Now = Vn(2026, 3, 9, 9, 30);
        await StepAsync(h, d.Id, v => p.HandOverAsync(d.Id, v, new HandOverTarget(1, Roles.Specialist, "chuyenvien", Specialist.FullName), "Chuyển thẩm định", Counter),
            DossierEventKinds.HandedOver, DossierStatus.Received, DossierStatus.InProgress);
        h.Clock.Now = Vn(2026, 3, 9, 10);
        await StepAsync(h, d.Id, v => p.AcceptAsync(d.Id, v, Specialist),
            DossierEventKinds.Accepted, DossierStatus.InProgress, DossierStatus.InProgress);
        h.Clock.Now = Vn(2026, 3, 10, 10);
        await StepAsync(h, d.Id, v => p.RequestSupplementAsync(d.Id, v, Items, Specialist),
            DossierEventKinds.SupplementRequested, DossierStatus.InProgress, DossierStatus.SupplementRequested);
        h.Clock.Now = Vn(2026, 3, 12, 14);
        await StepAsync(h, d.Id, v => p.CompleteSupplementAsync(d.Id, v, Counter),
            DossierEventKinds.SupplementCompleted, DossierStatus.SupplementRequested, DossierStatus.InProgress);
        h.Clock.Now = Vn(2026, 3, 13, 9);
        await StepAsync(h, d.Id, v => p.ProposeApologyAsync(d.Id, v, Vn(2026, 3, 20, 16), "Chờ xác minh nơi sinh", Specialist),
            DossierEventKinds.ApologyProposed, DossierStatus.InProgress, DossierStatus.InProgress);
        h.Clock.Now = Vn(2026, 3, 13, 10);
        await StepAsync(h, d.Id, v => p.DecideApologyAsync(d.Id, v, true, Leader),
            DossierEventKinds.ApologyApproved, DossierStatus.InProgress, DossierStatus.InProgress);
        h.Clock.Now = Vn(2026, 3, 16, 9);
        await StepAsync(h, d.Id, v => p.HandOverAsync(d.Id, v, new HandOverTarget(2, Roles.Leader, null, null), null, Specialist),
            DossierEventKinds.HandedOver, DossierStatus.InProgress, DossierStatus.InProgress);
        h.Clock.Now = Vn(2026, 3, 16, 10);
        await StepAsync(h, d.Id, v => p.AcceptAsync(d.Id, v, Leader),
            DossierEventKinds.Accepted, DossierStatus.InProgress, DossierStatus.InProgress);
        h.Clock.Now = Vn(2026, 3, 16, 15);
        await StepAsync(h, d.Id, v => p.MarkResultReadyAsync(d.Id, v, Leader),
            DossierEventKinds.ResultReady, DossierStatus.InProgress, DossierStatus.ResultReady);
        h.Clock.Now = Vn(2026, 3, 18, 8);
        await StepAsync(h, d.Id, v => p.ReturnAsync(d.Id, v, new ReturnRequest(true, null, ApplicantId), Counter),
            DossierEventKinds.Returned, DossierStatus.ResultReady, DossierStatus.Returned);
        return d.Id;
    }

    [Fact]
    public async Task EveryOperationAppendsOneEventAndTheChainLinksUp()
    {
        using var h = await InMemoryAsync(Vn(2026, 3, 9, 9));
        var id = await WalkAsync(h);
        h.Clock.Now = Vn(2026, 3, 18, 9);
        var other = await h.ReceiveAsync("Trần Văn Bình", "001099012345");
        await StepAsync(h, other.Id, v => h.Processing.RefuseAsync(other.Id, v, "Không thuộc thẩm quyền giải quyết", Leader),
            DossierEventKinds.Refused, DossierStatus.Received, DossierStatus.Refused);

        await using var db = await h.Factory.CreateDbContextAsync();
        var chain = db.DossierEvents.OrderBy(e => e.Id).ToList();
        Assert.Equal(13, chain.Count);   // 2 receptions + 10 operations + 1 refusal
        Assert.Equal(DossierEvent.GenesisHash, chain[0].PreviousHash);
        for (var i = 0; i < chain.Count; i++)
        {
            Assert.Equal(chain[i].ComputeHash(), chain[i].Hash);
            if (i > 0) Assert.Equal(chain[i - 1].Hash, chain[i].PreviousHash);
        }
        Assert.Equal(11, chain.Count(e => e.DossierId == id));
    }

    [Fact]
    public async Task ControlSlipShowsEachHandOverAndItsOutcome()
    {
        using var h = await InMemoryAsync(Vn(2026, 3, 9, 9));
        var id = await WalkAsync(h);
        var details = (await h.Dossiers.GetAsync(id))!;
        var centre = await h.Centre.GetAsync();

        var slip = TrailDocuments.ControlSlip(details, centre);
        // Two hand-overs, result ready and returned, and the story between: supplement asked and handed in, apology proposed
        // and signed.
        Assert.Equal(8, slip.Steps.Count);
        var text = pdf.FlatText(pdf.Save(new PdfSharpDocumentRenderer().ControlSlip(slip), "mau06.pdf"));

        Assert.Contains(details.Dossier.Code, text, StringComparison.Ordinal);
        Assert.Contains("1. Giao:", text, StringComparison.Ordinal);
        Assert.Contains("Nhận:", text, StringComparison.Ordinal);
        Assert.Contains("Thẩm định, xử lý", text, StringComparison.Ordinal);
        Assert.Contains("Phê duyệt, ký kết quả", text, StringComparison.Ordinal);
        Assert.Contains(Specialist.FullName, text, StringComparison.Ordinal);
        Assert.Contains(Leader.FullName, text, StringComparison.Ordinal);
        // The hand-over went to the leaders' desk; the receiver on the slip is whoever confirmed it ("Nhận").
        var handOvers = slip.Steps.Where(s => s.Action is null).ToList();
        Assert.Equal(Leader.FullName, handOvers[1].Receiver);
        Assert.Equal(Specialist.FullName, handOvers[0].Receiver);
        // Supplement restarted the due to Tue 17/03 14:00; ready Mon 16/03 15:00 is early, returned Wed 18/03 after it: "Quá hạn"
        // for the return step is the counter's own timing, but the dossier's outcome stays "Trước hạn".
        Assert.Contains("Trước hạn", text, StringComparison.Ordinal);
        Assert.Equal(OutcomeClass.Early, details.Dossier.Outcome);
    }

    [Fact]
    public async Task The_control_slip_tells_the_whole_story_each_turn_with_its_time_and_who()
    {
        using var h = await InMemoryAsync(Vn(2026, 3, 9, 9));
        var id = await WalkAsync(h);
        var withdrawn = await h.ReceiveAsync("Lò Thị Cúc", "014190004321");
        await h.OkAsync(v => h.Processing.WithdrawAsync(withdrawn.Id, v, new DateOnly(2026, 3, 18), "Gia đình chuyển nơi cư trú", Counter), withdrawn.Id);

        var text = await DrawnTextAsync(h, id, "06");
        Assert.Contains("Yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02 số 01/YCBS)", text, StringComparison.Ordinal);
        Assert.Contains("Bản sao giấy chứng sinh", text, StringComparison.Ordinal);
        Assert.Contains("Nhận đủ hồ sơ bổ sung, tính lại thời hạn", text, StringComparison.Ordinal);
        Assert.Contains("Lãnh đạo ký văn bản xin lỗi, hẹn lại (Mẫu 04 số 01/XL-GH)", text, StringComparison.Ordinal);
        Assert.Contains("Hẹn trả mới: 16:00 20/03/2026", text, StringComparison.Ordinal);
        Assert.Contains("Chờ xác minh nơi sinh", text, StringComparison.Ordinal);   // the apology's reason in Ghi chú
        Assert.Contains("Thời điểm: 10:00 10/03/2026", text, StringComparison.Ordinal);
        Assert.Contains(Specialist.FullName, text, StringComparison.Ordinal);

        var stop = await DrawnTextAsync(h, withdrawn.Id, "06");
        Assert.Contains("Dừng giải quyết theo đề nghị của công dân (Mẫu 05 số 01/TB-DGQ)", stop, StringComparison.Ordinal);
        Assert.Contains("Gia đình chuyển nơi cư trú", stop, StringComparison.Ordinal);
        Assert.Contains(Counter.FullName, stop, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_letter_has_a_number_in_its_own_yearly_series()
    {
        using var h = await InMemoryAsync(Vn(2026, 3, 9, 9));
        await AddAccountsAsync(h);
        var id = await WalkAsync(h);
        var first = await h.ReceiveAsync("Lò Thị Cúc", "014190004321");
        var second = await h.ReceiveAsync("Trần Văn Bình", "001099012345");
        await h.OkAsync(v => h.Processing.WithdrawAsync(first.Id, v, new DateOnly(2026, 3, 18), "Đổi ý", Counter), first.Id);
        await h.OkAsync(v => h.Processing.WithdrawAsync(second.Id, v, new DateOnly(2026, 3, 18), null, Counter), second.Id);

        Assert.Contains("Số: 01/YCBS", await FormTextAsync(h, id, "02"), StringComparison.Ordinal);
        Assert.Contains("Số: 01/XL-GH", await FormTextAsync(h, id, "04"), StringComparison.Ordinal);
        Assert.Contains("Số: 01/TB-DGQ", await FormTextAsync(h, first.Id, "05"), StringComparison.Ordinal);
        Assert.Contains("Số: 02/TB-DGQ", await FormTextAsync(h, second.Id, "05"), StringComparison.Ordinal);
        Assert.DoesNotContain("……/……", await FormTextAsync(h, id, "04"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_stop_notice_gives_the_citizens_reason_once_without_repeating_its_date()
    {
        using var h = await InMemoryAsync(Vn(2026, 3, 9, 9));
        await AddAccountsAsync(h);
        var withdrawn = await h.ReceiveAsync("Lò Thị Cúc", "014190004321");
        h.Clock.Now = Vn(2026, 3, 10, 9);
        await h.OkAsync(v => h.Processing.WithdrawAsync(withdrawn.Id, v, new DateOnly(2026, 3, 9), "Gia đình chuyển nơi cư trú", Counter), withdrawn.Id);

        var notice = await FormTextAsync(h, withdrawn.Id, "05");

        Assert.Contains("Ngày 09/03/2026, ông/bà có yêu cầu dừng giải quyết hồ sơ nêu trên với lý do: Gia đình chuyển nơi cư trú.", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("Công dân đề nghị dừng", notice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_batch_hand_over_list_is_printed_again_from_any_of_its_dossiers_trail()
    {
        using var h = await InMemoryAsync(Vn(2026, 3, 9, 9));
        var one = await h.ReceiveAsync("Lò Thị Cúc", "014190004321");
        var two = await h.ReceiveAsync("Trần Văn Bình", "001099012345");
        var alone = await h.ReceiveAsync("Nguyễn Văn An", "001099054321");
        h.Clock.Now = Vn(2026, 3, 9, 10);
        var batch = await h.Processing.HandOverBatchAsync([one.Code, two.Code], Roles.Specialist, null, "Chuyển thẩm định", Counter);
        Assert.Equal(2, batch.HandedOver.Count);
        await h.OkAsync(v => h.Processing.HandOverAsync(alone.Id, v, new HandOverTarget(1, Roles.Specialist, null, null), null, Counter), alone.Id);

        var handedOver = (await h.EventsAsync(two.Id)).Single(e => e.Kind == DossierEventKinds.HandedOver);
        var list = await h.Dossiers.HandOverListPdfAsync(two.Id, handedOver.Id);
        Assert.NotNull(list);
        var text = pdf.FlatText(pdf.Save(list.Value.Pdf, "ban-giao-lai.pdf"));
        Assert.Contains("DANH SÁCH BÀN GIAO HỒ SƠ", text, StringComparison.Ordinal);
        Assert.Contains(one.Code, text, StringComparison.Ordinal);
        Assert.Contains(two.Code, text, StringComparison.Ordinal);
        Assert.DoesNotContain(alone.Code, text, StringComparison.Ordinal);
        Assert.Contains("Số hồ sơ bàn giao: 2", text, StringComparison.Ordinal);
        Assert.Contains("Bên giao: " + Counter.FullName, text, StringComparison.Ordinal);

        var single = (await h.EventsAsync(alone.Id)).Single(e => e.Kind == DossierEventKinds.HandedOver);
        var aloneText = pdf.FlatText(pdf.Save((await h.Dossiers.HandOverListPdfAsync(alone.Id, single.Id))!.Value.Pdf, "ban-giao-mot.pdf"));
        Assert.Contains("Số hồ sơ bàn giao: 1", aloneText, StringComparison.Ordinal);
        // The links the dossier page shows include the list of each hand-over.
        var links = DossierService.FormLinks((await h.Dossiers.GetAsync(two.Id))!);
        Assert.Contains(links, l => l.Url == $"/ho-so/{two.Id}/ban-giao/{handedOver.Id}.pdf");
        // Another dossier's event is not this dossier's list.
        Assert.Null(await h.Dossiers.HandOverListPdfAsync(one.Id, handedOver.Id));
    }

    [Fact]
    public async Task EachTrailFormIsPrintedAfterItsOperation()
    {
        using var h = await InMemoryAsync(Vn(2026, 3, 9, 9));
        var id = await WalkAsync(h);
        var refused = await h.ReceiveAsync("Trần Văn Bình", "001099012345");
        await h.OkAsync(v => h.Processing.RefuseAsync(refused.Id, v, "Không thuộc thẩm quyền giải quyết", Specialist), refused.Id);
        var withdrawn = await h.ReceiveAsync("Lò Thị Cúc", "014190004321");
        await h.OkAsync(v => h.Processing.WithdrawAsync(withdrawn.Id, v, new DateOnly(2026, 3, 18), "Đổi ý", Counter), withdrawn.Id);

        async Task<string> PrintAsync(long dossier, string form)
        {
            var printed = await h.Dossiers.FormPdfAsync(dossier, form);
            Assert.NotNull(printed);
            return pdf.FlatText(pdf.Save(printed.Value.Pdf, $"mau{form}-{dossier}.pdf"));
        }

        Assert.Contains("Bản sao giấy chứng sinh", await PrintAsync(id, "02"), StringComparison.Ordinal);
        var apology = await PrintAsync(id, "04");
        Assert.Contains("Chờ xác minh nơi sinh", apology, StringComparison.Ordinal);
        Assert.Contains("16 giờ 00 phút, ngày 20 tháng 03 năm 2026", apology, StringComparison.Ordinal);
        Assert.Contains("Không thuộc thẩm quyền giải quyết", await PrintAsync(refused.Id, DossierService.NonResolutionForm), StringComparison.Ordinal);
        Assert.Contains("18/03/2026", await PrintAsync(withdrawn.Id, "05"), StringComparison.Ordinal);
        Assert.Contains("Giao:", await PrintAsync(id, "06"), StringComparison.Ordinal);

        // Nothing to print where the trail has no such step; reading a form records nothing.
        Assert.Null(await h.Dossiers.FormPdfAsync(refused.Id, "04"));
        Assert.DoesNotContain(await h.EventsAsync(id), e => e.Kind == DossierEventKinds.Printed);
    }

    /// <summary>The centre's accounts as an administrator sets them up: a deputy leader, a specialist with a phone.</summary>
    private static async Task AddAccountsAsync(ProcessingHarness h)
    {
        await using var db = await h.Factory.CreateDbContextAsync();
        var leader = new Microsoft.AspNetCore.Identity.IdentityRole(Roles.Leader) { Id = "role-leader", NormalizedName = Roles.Leader.ToUpperInvariant() };
        db.Roles.Add(leader);
        db.Users.Add(new AppUser { Id = "u-lanhdao", UserName = "lanhdao", FullName = Leader.FullName, JobTitle = "Phó Giám đốc", PhoneNumber = "0912000003" });
        db.Users.Add(new AppUser { Id = "u-chuyenvien", UserName = "chuyenvien", FullName = Specialist.FullName, JobTitle = "Công chức Tư pháp – Hộ tịch", PhoneNumber = "0987654321" });
        db.Users.Add(new AppUser { Id = "u-tiepnhan", UserName = "tiepnhan", FullName = Counter.FullName, PhoneNumber = "0912000001" });
        db.UserRoles.Add(new Microsoft.AspNetCore.Identity.IdentityUserRole<string> { UserId = "u-lanhdao", RoleId = leader.Id });
        await db.SaveChangesAsync();
    }

    private async Task<string> FormTextAsync(ProcessingHarness h, long dossier, string form)
    {
        var printed = await h.Dossiers.FormPdfAsync(dossier, form);
        Assert.NotNull(printed);
        return pdf.FlatText(pdf.Save(printed.Value.Pdf, $"signer-{form}-{dossier}.pdf"));
    }

    private async Task<string> DrawnTextAsync(ProcessingHarness h, long dossier, string form)
    {
        var printed = await h.Dossiers.FormPdfAsync(dossier, form);
        Assert.NotNull(printed);
        return pdf.DrawnText(pdf.Save(printed.Value.Pdf, $"drawn-{form}-{dossier}.pdf"));
    }

    [Fact]
    public async Task TheApologyIsSignedByTheDeputyLeaderWhoApprovedItForTheDirector()
    {
        using var h = await InMemoryAsync(Vn(2026, 3, 9, 9));
        await AddAccountsAsync(h);
        var id = await WalkAsync(h);

        var apology = await FormTextAsync(h, id, "04");

        Assert.Contains("KT. GIÁM ĐỐC", apology, StringComparison.Ordinal);
        Assert.Contains("PHÓ GIÁM ĐỐC", apology, StringComparison.Ordinal);
        Assert.Contains(Leader.FullName, apology, StringComparison.Ordinal);
        Assert.DoesNotContain("LÃNH ĐẠO", apology, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSupplementRequestGivesTheOfficersOwnPhone()
    {
        using var h = await InMemoryAsync(Vn(2026, 3, 9, 9));
        await AddAccountsAsync(h);
        var id = await WalkAsync(h);

        var request = await FormTextAsync(h, id, "02");

        Assert.Contains("0987654321", request, StringComparison.Ordinal);
        Assert.Contains(Specialist.FullName, request, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheStopNoticeIsSignedByTheLeaderNotByTheCounterOfficerWhoRecordedTheWithdrawal()
    {
        using var h = await InMemoryAsync(Vn(2026, 3, 9, 9));
        await AddAccountsAsync(h);
        var withdrawn = await h.ReceiveAsync("Lò Thị Cúc", "014190004321");
        await h.OkAsync(v => h.Processing.WithdrawAsync(withdrawn.Id, v, new DateOnly(2026, 3, 9), "Đổi ý", Counter), withdrawn.Id);

        var notice = await FormTextAsync(h, withdrawn.Id, "05");

        Assert.Contains("KT. GIÁM ĐỐC", notice, StringComparison.Ordinal);
        Assert.Contains(Leader.FullName, notice, StringComparison.Ordinal);
        Assert.DoesNotContain(Counter.FullName, notice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARefusalDuringProcessingPrintsANumberedNoticeOfNonResolutionSignedByTheLeader()
    {
        using var h = await InMemoryAsync(Vn(2026, 3, 9, 9));
        await AddAccountsAsync(h);
        var first = await h.ReceiveAsync("Trần Văn Bình", "001099012345");
        var second = await h.ReceiveAsync("Lò Thị Cúc", "014190004321");
        await h.OkAsync(v => h.Processing.RefuseAsync(first.Id, v, "Không thuộc thẩm quyền giải quyết", Specialist), first.Id);
        await h.OkAsync(v => h.Processing.RefuseAsync(second.Id, v, "Giấy tờ không đúng quy định", Specialist), second.Id);

        var one = await FormTextAsync(h, first.Id, DossierService.NonResolutionForm);
        var two = await FormTextAsync(h, second.Id, DossierService.NonResolutionForm);

        Assert.Contains("THÔNG BÁO VỀ VIỆC KHÔNG GIẢI QUYẾT HỒ SƠ", one, StringComparison.Ordinal);
        Assert.Contains("Không thuộc thẩm quyền giải quyết", one, StringComparison.Ordinal);
        Assert.Contains("01/TB-KGQ", one, StringComparison.Ordinal);
        Assert.Contains("02/TB-KGQ", two, StringComparison.Ordinal);
        Assert.Contains(Leader.FullName, one, StringComparison.Ordinal);
        Assert.DoesNotContain("TỪ CHỐI TIẾP NHẬN", one, StringComparison.Ordinal);
        Assert.DoesNotContain(Specialist.FullName, one, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheRegisterLineIsTheReceiptsNumberAndKyNhanNamesTheCollector()
    {
        using var h = await InMemoryAsync(Vn(2026, 3, 9, 9));
        var other = await h.ReceiveAsync("Trần Văn Bình", "001099012345"); // takes line 1: the walked dossier is line 2
        var id = await WalkAsync(h);
        var d = await h.GetAsync(id);
        await using (var db = await h.Factory.CreateDbContextAsync())
        {
            if (!await db.ProcedureFields.AnyAsync(f => f.Code == d.FieldCode)) db.ProcedureFields.Add(new Core.Catalog.ProcedureField(d.FieldCode, "Hộ tịch"));
            await db.SaveChangesAsync();
        }
        var register = new Core.Reports.RegisterService(h.Factory, new Core.Centre.CentreService(h.Factory), h.Clock);

        var built = await register.BuildAsync(d.FieldCode, d.ReceivedDate, d.ReceivedDate);
        Assert.True(built.IsSuccess, built.Error);
        var row = Assert.Single(built.Value!.Rows, r => r.DossierCode == d.Code);
        var receipt = pdf.FlatText(pdf.Save(new PdfSharpDocumentRenderer().Receipt(DossierDocuments.Receipt(d, await new Core.Centre.CentreService(h.Factory).GetAsync())), $"reg-receipt-{id}.pdf"));
        var text = pdf.FlatText(pdf.Save(new PdfSharpDocumentRenderer().Register(built.Value), $"register-{id}.pdf"));

        Assert.True(d.RegisterLine > 1, $"line {d.RegisterLine}");
        Assert.Equal(d.RegisterLine, row.RegisterLine);
        Assert.True(receipt.Contains($"Số thứ tự: {d.RegisterLine}", StringComparison.Ordinal), receipt);
        Assert.Equal(d.CollectorName, row.SignedBy?.Split('\n')[0]);
        Assert.False(string.IsNullOrWhiteSpace(d.CollectorName));
        Assert.True(text.Contains("CCCD", StringComparison.Ordinal), text); // the collector's name wraps in its narrow column
        Assert.True(text.Contains($"{d.RegisterLine} {d.Code}", StringComparison.Ordinal), text);
        Assert.NotEqual(other.Id, id);
    }
}
