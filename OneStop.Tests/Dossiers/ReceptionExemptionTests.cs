using Microsoft.EntityFrameworkCore;
using OneStop.Core.Catalog;
using OneStop.Core.Dossiers;
using F = OneStop.Core.Dossiers.ReceptionService.Fields;

namespace OneStop.Tests.Dossiers;

/// <summary>An exemption at the counter: a reason from the centre's list (the one payments use) and a free note.</summary>
public sealed class ReceptionExemptionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_listed_reason_is_kept_with_its_note()
    {
        var (stored, error) = ReceptionService.Exemption(" Hộ nghèo ", "  sổ hộ nghèo   số 123 ", ["Hộ nghèo", "Trẻ em"]);
        Assert.Null(error);
        Assert.Equal("Hộ nghèo - sổ hộ nghèo số 123", stored);
        Assert.Equal(("Trẻ em", (string?)null), ReceptionService.Exemption("Trẻ em", null, ["Hộ nghèo", "Trẻ em"]));
    }

    [Theory]
    [InlineData("Con cán bộ", ReceptionService.ExemptionReasonNotListed)]
    [InlineData(" ", ReceptionService.ExemptionNeedsReason)]
    public void A_reason_not_on_the_centres_list_is_refused(string reason, string message)
    {
        var (stored, error) = ReceptionService.Exemption(reason, null, ["Hộ nghèo"]);
        Assert.Null(stored);
        Assert.Equal(message, error);
    }

    [Fact]
    public void A_note_too_long_or_with_hidden_characters_is_refused()
    {
        Assert.NotNull(ReceptionService.Exemption("Hộ nghèo", new string('a', ReceptionService.ExemptionNoteMaxLength + 1), ["Hộ nghèo"]).Error);
        Assert.NotNull(ReceptionService.Exemption("Hộ nghèo", "số\u202E321", ["Hộ nghèo"]).Error);
    }

    [Fact]
    public async Task A_dossier_received_exempt_keeps_the_listed_reason_and_note_and_owes_nothing()
    {
        await using var w = await ReceptionWorld.CreateAsync(Now);
        var p = await w.ProcedureAsync("2.000815");
        var form = new ReceptionForm { Exempt = true, ExemptReason = "Người có công với cách mạng", ExemptNote = "thẻ số 45" };

        var saved = await w.Reception.ReceiveAsync(ReceptionWorld.Request(p) with { Fee = form.Fee, ExemptionNote = "thẻ số 45" }, ReceptionWorld.Officer);

        Assert.True(saved.IsSuccess, saved.Error);
        await using var db = await w.Factory.CreateDbContextAsync();
        var d = await db.Dossiers.AsNoTracking().SingleAsync(x => x.Id == saved.Value!.Id);
        Assert.Equal("Người có công với cách mạng - thẻ số 45", d.FeeExemptReason);
        Assert.Equal(0, d.FeeTotal);
    }

    [Fact]
    public async Task A_dossier_received_with_a_reason_the_centre_removed_is_refused_at_the_fee_field()
    {
        await using var w = await ReceptionWorld.CreateAsync(Now);
        var p = await w.ProcedureAsync("2.000815");
        await w.ExecuteAsync("INSERT INTO ExemptionReasons (Name, Active) VALUES ('Hộ nghèo', 1)");
        var before = await w.ScalarAsync("SELECT COUNT(*) FROM Dossiers");

        var saved = await w.Reception.ReceiveAsync(ReceptionWorld.Request(p) with { Fee = new FeeRequest(ExemptionReason: "Trẻ em") }, ReceptionWorld.Officer);

        Assert.False(saved.IsSuccess);
        Assert.Equal(ReceptionService.ExemptionReasonNotListed, saved.FieldErrors[F.Fee]);
        Assert.Equal(before, await w.ScalarAsync("SELECT COUNT(*) FROM Dossiers"));
    }
}
