using OneStop.Core.Accounts;
using OneStop.Core.Audit;
using OneStop.Core.Calendar;
using OneStop.Core.Dossiers;
using static OneStop.Tests.Dossiers.Processing.ProcessingHarness;

namespace OneStop.Tests.Dossiers.Processing;

/// <summary>
/// Trail data is typed, but the hash chain covers the stored text, so rows are never rewritten: the JSON the first
/// releases wrote (anonymous objects, camelCase, nulls left out, no version) must read into the records forever.
/// </summary>
public sealed class TrailDataTests
{
    private static readonly DateTimeOffset Planned = Vn(2026, 3, 9, 17, 0);

    /// <summary>Literal rows as the first releases stored them, one per kind (and shape) that carries data.</summary>
    public static TheoryData<string, string, DossierEventData> StoredRows => new()
    {
        {
            DossierEventKinds.HandedOver,
            """{"fromStep":0,"fromName":"Tiếp nhận hồ sơ","toStep":1,"toName":"Thẩm định","toRole":"Specialist","toUser":"chuyenvien","toUserName":"Lê Thị Mỹ Duyên","plannedAt":"2026-03-09T17:00:00+07:00"}""",
            new HandedOverData(0, "Tiếp nhận hồ sơ", 1, "Thẩm định", "Specialist", "chuyenvien", "Lê Thị Mỹ Duyên", Planned)
        },
        {
            // to a desk: no person, and the step had no planned end
            DossierEventKinds.HandedOver,
            """{"fromStep":1,"fromName":"Thẩm định","toStep":2,"toName":"Phê duyệt","toRole":"Leader"}""",
            new HandedOverData(1, "Thẩm định", 2, "Phê duyệt", "Leader", null, null, null)
        },
        {
            DossierEventKinds.SupplementRequested,
            """{"items":[{"item":"Bản sao giấy chứng sinh","reason":"Bản đã nộp bị mờ \"số\""}]}""",
            new SupplementRequestedData([new SlipItem("Bản sao giấy chứng sinh", "Bản đã nộp bị mờ \"số\"")])
        },
        {
            DossierEventKinds.SupplementCompleted,
            """{"oldDueAt":"2026-03-12T09:00:00+07:00","newDueAt":"2026-03-17T14:00:00+07:00"}""",
            new SupplementCompletedData(Vn(2026, 3, 12, 9), Vn(2026, 3, 17, 14))
        },
        {
            DossierEventKinds.ApologyProposed,
            """{"oldDueAt":"2026-03-17T14:00:00+07:00","newDueAt":"2026-03-20T16:00:00+07:00"}""",
            new ApologyProposedData(Vn(2026, 3, 17, 14), Vn(2026, 3, 20, 16))
        },
        { DossierEventKinds.ApologyApproved, """{"newDueAt":"2026-03-20T16:00:00+07:00"}""", new ApologyDecidedData(Vn(2026, 3, 20, 16)) },
        { DossierEventKinds.ApologyRejected, """{"newDueAt":"2026-03-20T16:00:00+07:00"}""", new ApologyDecidedData(Vn(2026, 3, 20, 16)) },
        { DossierEventKinds.Returned, """{"tracking":"EB123456789VN"}""", new ReturnedData(Tracking: "EB123456789VN") },
        {
            DossierEventKinds.Returned,
            """{"collector":"Nguyễn Thị Hồng Nhung","collectorId":"014190001234"}""",
            new ReturnedData("Nguyễn Thị Hồng Nhung", "014190001234")
        },
        { DossierEventKinds.Withdrawn, """{"requestedOn":"2026-03-18"}""", new WithdrawnData(new DateOnly(2026, 3, 18)) },
    };

    private const string StoredEdit =
        """{"changes":{"Họ và tên":["Nguyễn Thi Hong","Nguyễn Thị Hồng"],"Ngày sinh":["1990-05-12",null],"Email":[null,"a@b.vn"]}}""";

    private static DossierEvent Stored(string kind, string? data, string previous = DossierEvent.GenesisHash) =>
        DossierEvent.Create(1, "H48.26.10-260309-0001", Vn(2026, 3, 9, 9), "tiepnhan", "Lò Thị Tiếp", Roles.CounterOfficer,
            kind, null, null, null, data, previous);

    [Theory]
    [MemberData(nameof(StoredRows))]
    public void RowsStoredByTheFirstReleasesReadIntoTheTypedRecords(string kind, string json, DossierEventData expected)
    {
        var read = DossierEventData.Read(Stored(kind, json));
        Assert.NotNull(read);
        Assert.Equal(DossierEventData.CurrentVersion, read.Version);    // no "v" stored means version 1
        // Records with lists compare by reference, so compare what the app stores for them.
        Assert.Equal(DossierEventData.Write(kind, expected), DossierEventData.Write(kind, read));
        if (expected is not SupplementRequestedData) Assert.Equal(expected, read);
    }

    [Fact]
    public void AStoredEditReadsEveryChangeIncludingDatesAndEmptyValues()
    {
        var e = Stored(DossierEventKinds.Edited, StoredEdit);
        var edit = DossierEventData.Read<EditedData>(e);

        Assert.NotNull(edit);
        Assert.Equal(new FieldChange("Nguyễn Thi Hong", "Nguyễn Thị Hồng"), edit.Changes["Họ và tên"]);
        Assert.Equal(new FieldChange("1990-05-12", null), edit.Changes["Ngày sinh"]);
        Assert.Equal(new FieldChange(null, "a@b.vn"), edit.Changes["Email"]);
        Assert.Equal("Họ và tên: “Nguyễn Thi Hong” → “Nguyễn Thị Hồng”; Ngày sinh: “1990-05-12” → “”; Email: “” → “a@b.vn”",
            DossierEventKinds.Details(e));
    }

    [Fact]
    public void TheTimelineDescribesStoredRowsAsBefore()
    {
        Assert.Equal("→ Thẩm định (Lê Thị Mỹ Duyên)", DossierEventKinds.Details(Stored(DossierEventKinds.HandedOver,
            """{"fromStep":0,"fromName":"Tiếp nhận hồ sơ","toStep":1,"toName":"Thẩm định","toRole":"Specialist","toUser":"chuyenvien","toUserName":"Lê Thị Mỹ Duyên"}""")));
        Assert.Equal("→ Phê duyệt (Lãnh đạo)", DossierEventKinds.Details(Stored(DossierEventKinds.HandedOver,
            """{"fromStep":1,"fromName":"Thẩm định","toStep":2,"toName":"Phê duyệt","toRole":"Leader"}""")));
        Assert.Equal("Hạn mới: " + Core.Common.VnFormat.DateTime(Vn(2026, 3, 17, 14)), DossierEventKinds.Details(Stored(
            DossierEventKinds.SupplementCompleted, """{"oldDueAt":"2026-03-12T09:00:00+07:00","newDueAt":"2026-03-17T14:00:00+07:00"}""")));
        Assert.Equal("Số hiệu bưu gửi: EB123456789VN", DossierEventKinds.Details(Stored(DossierEventKinds.Returned, """{"tracking":"EB123456789VN"}""")));
        Assert.Equal("Người nhận: Nguyễn Thị Hồng Nhung", DossierEventKinds.Details(Stored(DossierEventKinds.Returned,
            """{"collector":"Nguyễn Thị Hồng Nhung","collectorId":"014190001234"}""")));
        Assert.Null(DossierEventKinds.Details(Stored(DossierEventKinds.Returned, "not json")));
    }

    [Fact]
    public void NewDataKeepsTheStoredShapeAndAddsItsVersionFirst()
    {
        Assert.Equal(
            """{"v":1,"fromStep":0,"fromName":"Tiếp nhận hồ sơ","toStep":1,"toName":"Thẩm định","toRole":"Specialist","toUser":"chuyenvien","toUserName":"Lê Thị Mỹ Duyên","plannedAt":"2026-03-09T17:00:00+07:00"}""",
            DossierEventData.Write(DossierEventKinds.HandedOver,
                new HandedOverData(0, "Tiếp nhận hồ sơ", 1, "Thẩm định", "Specialist", "chuyenvien", "Lê Thị Mỹ Duyên", Planned)));
        Assert.Equal("{\"v\":1," + StoredEdit[1..],
            DossierEventData.Write(DossierEventKinds.Edited, new EditedData(new Dictionary<string, FieldChange>
            {
                ["Họ và tên"] = new("Nguyễn Thi Hong", "Nguyễn Thị Hồng"),
                ["Ngày sinh"] = new(FieldChange.Text(new DateOnly(1990, 5, 12)), null),
                ["Email"] = new(null, "a@b.vn"),
            })));
    }

    [Fact]
    public void DataOfAnotherKindIsRefusedBeforeItReachesTheTrail()
    {
        Assert.Throws<ArgumentException>(() => DossierEventData.Write(DossierEventKinds.Returned, new WithdrawnData(new DateOnly(2026, 3, 18))));
        Assert.Throws<ArgumentException>(() => DossierEventData.Write(DossierEventKinds.Printed, new WithdrawnData(new DateOnly(2026, 3, 18))));
    }

    [Fact]
    public async Task RowsStoredByTheFirstReleasesStillVerifyAndFeedTheFormsAndTheSteps()
    {
        using var h = await InMemoryAsync(Vn(2026, 3, 9, 9));
        var d = await h.ReceiveAsync();
        // The rows a walk through processing stored before the data was typed, appended to the chain as they were.
        var rows = new (string Kind, string? Data)[]
        {
            (DossierEventKinds.HandedOver, $$"""{"fromStep":0,"fromName":"Tiếp nhận hồ sơ","toStep":1,"toName":"Thẩm định hồ sơ","toRole":"Specialist","toUser":"chuyenvien","toUserName":"{{Specialist.FullName}}","plannedAt":"2026-03-09T17:00:00+07:00"}"""),
            (DossierEventKinds.SupplementRequested, """{"items":[{"item":"Bản sao giấy chứng sinh","reason":"Bản đã nộp bị mờ"}]}"""),
            (DossierEventKinds.SupplementCompleted, """{"oldDueAt":"2026-03-12T09:00:00+07:00","newDueAt":"2026-03-17T14:00:00+07:00"}"""),
            (DossierEventKinds.Edited, StoredEdit),
            (DossierEventKinds.HandedOver, """{"fromStep":1,"fromName":"Thẩm định hồ sơ","toStep":2,"toName":"Phê duyệt","toRole":"Leader"}"""),
            (DossierEventKinds.Withdrawn, """{"requestedOn":"2026-03-18"}"""),
        };
        await using (var db = await h.Factory.CreateDbContextAsync())
        {
            var head = await db.TrailHeads.FindAsync(TrailHead.SingletonId);
            Assert.NotNull(head);
            var at = Vn(2026, 3, 9, 10);
            foreach (var (kind, data) in rows)
            {
                at = at.AddHours(1);
                var e = DossierEvent.Create(d.Id, d.Code, at, Counter.UserName, Counter.FullName, Counter.Role, kind, null, null, null, data, head.Hash);
                db.DossierEvents.Add(e);
                head.Advance(e.Hash);
            }
            await db.SaveChangesAsync();
        }

        Assert.True((await new AuditService(h.Factory).VerifyChainAsync()).Intact);

        var details = await h.Dossiers.GetAsync(d.Id);
        Assert.NotNull(details);
        // Every stored text is still the exact text that was hashed.
        Assert.Equal(rows.Select(r => r.Data), details.Events.Skip(1).Select(e => e.Data));
        var centre = await h.Centre.GetAsync();
        var supplement = Core.Dossiers.TrailDocuments.Supplement(details, centre);
        Assert.Equal("Bản sao giấy chứng sinh", Assert.Single(supplement!.Items).Item);
        Assert.Equal(new DateOnly(2026, 3, 18), Core.Dossiers.TrailDocuments.StopNotice(details, centre)!.RequestedOn);
        var slip = Core.Dossiers.TrailDocuments.ControlSlip(details, centre);
        // The hand-overs (the story's other turns, supplement and withdrawal, are rows of their own).
        var handOvers = slip.Steps.Where(s => s.Action is null).ToList();
        Assert.Equal("Tiếp nhận hồ sơ", handOvers[0].From);
        Assert.Equal($"Thẩm định hồ sơ – {Specialist.FullName}", handOvers[0].To);
        Assert.Equal(OutcomeClass.OnTime, handOvers[0].Outcome);   // handed over at 11:00 on the day planned for 17:00
        Assert.Equal("Phê duyệt – Lãnh đạo", handOvers[1].To);
        Assert.Contains(slip.Steps, s => s.Action is not null && s.Action.StartsWith("Yêu cầu bổ sung", StringComparison.Ordinal));

        var progress = StepProgressBuilder.Build(details, await h.Processing.StepsAsync(d.Id), await h.Calendars.LoadAsync());
        Assert.Equal(Specialist.FullName, progress[1].HandledBy);
        Assert.Equal(2, progress[^1].Index);
    }
}
