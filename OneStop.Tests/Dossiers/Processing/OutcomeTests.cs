using OneStop.Core.Calendar;
using OneStop.Core.Dossiers;
using static OneStop.Tests.Dossiers.Processing.ProcessingHarness;

namespace OneStop.Tests.Dossiers.Processing;

/// <summary>Rule 7 through MarkResultReady. Received Mon 09/03/2026 09:00, 3 working days: due Thu 12/03/2026 09:00 (02:00 UTC).</summary>
public sealed class OutcomeTests
{
    public static TheoryData<DateTimeOffset, OutcomeClass> ReadyMoments => new()
    {
        // The afternoon before the due date.
        { Vn(2026, 3, 11, 16), OutcomeClass.Early },
        // The due day, before the due instant.
        { Vn(2026, 3, 12, 8), OutcomeClass.OnTime },
        // Exactly the due instant: "not after" is on time.
        { Vn(2026, 3, 12, 9), OutcomeClass.OnTime },
        // One minute after.
        { Vn(2026, 3, 12, 9, 1), OutcomeClass.Late },
        // A later day.
        { Vn(2026, 3, 13, 8), OutcomeClass.Late },
        // Server clock in UTC: 11/03 23:30 UTC is Thu 12/03 06:30 in Viet Nam, the due date: on time, not early,
        // although the UTC date is the day before.
        { new DateTimeOffset(2026, 3, 11, 23, 30, 0, TimeSpan.Zero), OutcomeClass.OnTime },
        // Server clock in UTC: 11/03 16:59 UTC is Wed 23:59 in Viet Nam: early.
        { new DateTimeOffset(2026, 3, 11, 16, 59, 0, TimeSpan.Zero), OutcomeClass.Early },
        // Server clock in UTC: 12/03 02:01 UTC is 09:01 in Viet Nam: late, although the UTC time reads "02:01".
        { new DateTimeOffset(2026, 3, 12, 2, 1, 0, TimeSpan.Zero), OutcomeClass.Late },
    };

    [Theory]
    [MemberData(nameof(ReadyMoments))]
    public async Task ResultReadyIsClassedAgainstTheVietNamDueDate(DateTimeOffset readyAt, OutcomeClass expected)
    {
        using var h = await InMemoryAsync(Vn(2026, 3, 9, 9));
        var d = await h.ReceiveAsync();
        await h.ToSpecialistAsync(d.Id);

        h.Clock.Now = readyAt;
        Assert.True((await h.ReadyAsync(d.Id)).IsSuccess);

        var after = await h.GetAsync(d.Id);
        Assert.Equal(DossierStatus.ResultReady, after.Status);
        Assert.Equal(expected, after.Outcome);
        Assert.Equal(readyAt, after.ResultReadyAt);
        Assert.Equal(TimeSpan.FromHours(7), after.ResultReadyAt!.Value.Offset);
    }

    [Fact]
    public async Task ResultCannotBeReadyTwice()
    {
        using var h = await InMemoryAsync(Vn(2026, 3, 9, 9));
        var d = await h.ReceiveAsync();
        await h.ToSpecialistAsync(d.Id);
        Assert.True((await h.ReadyAsync(d.Id)).IsSuccess);

        var r = await h.ReadyAsync(d.Id);

        Assert.False(r.IsSuccess);
        Assert.Contains("Chờ trả kết quả", r.Error, StringComparison.Ordinal);
    }
}
