using OneStop.Core.Dossiers;

namespace OneStop.Tests.Dossiers;

/// <summary>The appointment the reception page shows before saving is the one the save prints.</summary>
public sealed class ReceptionDuePreviewTests
{
    [Theory]
    // Kết hôn, 5 working days, received on a Wednesday morning: the clock runs over the weekend.
    [InlineData("1.000894", "2026-11-25T03:00:00Z")]
    // Chứng thực, same day, before the 15:00 cut-off: due at the end of that day.
    [InlineData("2.000815", "2026-11-25T07:59:00Z")]
    // Chứng thực, same day, at 16:00, after the cut-off: due at the end of the next working day.
    [InlineData("2.000815", "2026-11-25T09:00:00Z")]
    // Xác nhận tình trạng hôn nhân, 3 working days, received on a Friday afternoon before Tết.
    [InlineData("1.004873", "2026-02-13T09:00:00Z")]
    // Received during lunch: the clock starts at the afternoon session.
    [InlineData("1.004873", "2026-11-25T04:45:00Z")]
    public async Task PreviewedDueIsTheDueTheSavePrints(string procedureCode, string nowUtc)
    {
        await using var w = await ReceptionWorld.CreateAsync(DateTimeOffset.Parse(nowUtc, System.Globalization.CultureInfo.InvariantCulture));
        var p = await w.ProcedureAsync(procedureCode);

        var preview = await w.Reception.PreviewDueAsync(p);
        var saved = await w.Reception.ReceiveAsync(ReceptionWorld.Request(p), ReceptionWorld.Officer);

        Assert.True(saved.IsSuccess, saved.Error);
        Assert.Equal(saved.Value!.DueAt, preview);
    }

    [Fact]
    public async Task PreviewOfAnOnlineDossierCountsFromTheSubmissionLikeTheSave()
    {
        // Accepted on Wednesday at 10:00; the citizen submitted on Monday at 20:00 (outside sessions).
        await using var w = await ReceptionWorld.CreateAsync(new DateTimeOffset(2026, 11, 25, 3, 0, 0, TimeSpan.Zero));
        var p = await w.ProcedureAsync("1.004873");
        var submitted = new DateTimeOffset(2026, 11, 23, 20, 0, 0, TimeSpan.FromHours(7));

        var preview = await w.Reception.PreviewDueAsync(p, ReceptionChannel.Online, submitted);
        var saved = await w.Reception.ReceiveAsync(ReceptionWorld.Request(p) with { Channel = ReceptionChannel.Online, SubmittedAt = submitted },
            ReceptionWorld.Officer);

        Assert.True(saved.IsSuccess, saved.Error);
        Assert.Equal(saved.Value!.DueAt, preview);
        // And it is not the due counted from the moment the counter accepts it.
        Assert.NotEqual(await w.Reception.PreviewDueAsync(p), preview);
    }
}
