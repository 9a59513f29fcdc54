using OneStop.Core.Calendar;
using OneStop.Core.Centre;
using OneStop.Tests.TestSupport;

namespace OneStop.Tests.Centre;

/// <summary>The centre's settings row: validation, saving, the cache and stale copies.</summary>
public sealed class CentreServiceTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase database = new();
    private CentreService centre = null!;

    public async Task InitializeAsync()
    {
        await using (var db = await database.CreateDbContextAsync())
        {
            db.CentreSettings.Add(DemoCentre.Create());
            await db.SaveChangesAsync();
        }
        centre = new CentreService(database);
    }

    public Task DisposeAsync()
    {
        database.Dispose();
        return Task.CompletedTask;
    }

    private static CentreSettings Valid() => CentreService.Copy(DemoCentre.Create());

    public static TheoryData<string, Action<CentreSettings>> InvalidSettings => new()
    {
        // The name printed at the top of every form.
        { nameof(CentreSettings.CentreName), s => s.CentreName = "  " },
        // The parent body line of the forms' header.
        { nameof(CentreSettings.ParentBody), s => s.ParentBody = "" },
        // The agency identifier starts every dossier code.
        { nameof(CentreSettings.AgencyCode), s => s.AgencyCode = "H48 26" },
        // The place on the date line ("Sơn La, ngày ...").
        { nameof(CentreSettings.PlaceName), s => s.PlaceName = "" },
        // A phone with letters.
        { nameof(CentreSettings.Phone), s => s.Phone = "0212 ABC" },
        // A session that ends before it starts.
        { nameof(CentreSettings.Schedule), s => s.Schedule = new WeeklySchedule(new Dictionary<DayOfWeek, IReadOnlyList<OfficeSession>>
            { [DayOfWeek.Monday] = [new OfficeSession(new TimeOnly(11, 0), new TimeOnly(8, 0))] }) },
        // Two sessions that overlap.
        { nameof(CentreSettings.Schedule), s => s.Schedule = new WeeklySchedule(new Dictionary<DayOfWeek, IReadOnlyList<OfficeSession>>
            { [DayOfWeek.Monday] = [new OfficeSession(new TimeOnly(7, 30), new TimeOnly(11, 30)), new OfficeSession(new TimeOnly(11, 0), new TimeOnly(17, 0))] }) },
        // A bank account without a known bank cannot make a VietQR.
        { nameof(CentreSettings.BankBin), s => { s.BankBin = "123"; s.BankAccountNumber = "0123456789"; s.BankAccountHolder = "TRUNG TAM"; } },
        // An account number with a space is not what the banks print.
        { nameof(CentreSettings.BankAccountNumber), s => { s.BankBin = Banks.All[0].Bin; s.BankAccountNumber = "0123 456789"; s.BankAccountHolder = "TRUNG TAM"; } },
        // The holder's name is printed on the payment slip.
        { nameof(CentreSettings.BankAccountHolder), s => { s.BankBin = Banks.All[0].Bin; s.BankAccountNumber = "0123456789"; s.BankAccountHolder = " "; } },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public async Task InvalidSettingsAreRefusedAtTheirFieldAndNothingIsSaved(string field, Action<CentreSettings> spoil)
    {
        var edited = CentreService.Copy(await centre.GetAsync());
        spoil(edited);
        var r = await centre.SaveAsync(edited);
        Assert.False(r.IsSuccess);
        Assert.True(r.FieldErrors.ContainsKey(field), string.Join("; ", r.FieldErrors.Keys));
        centre.Invalidate();
        Assert.Equal(DemoCentre.Create().CentreName, (await centre.GetAsync()).CentreName);
    }

    [Fact]
    public async Task ASavedChangeIsCleanedAndSeenByTheNextRead()
    {
        var changed = false;
        centre.Changed += () => changed = true;
        var edited = CentreService.Copy(await centre.GetAsync());
        edited.CentreName = "  Trung tâm Phục vụ hành chính công   phường Tô Hiệu ";
        edited.SameDayCutoff = new TimeOnly(16, 0);
        edited.BankAccountHolder = "trung tâm phục vụ hành chính công";
        edited.BankBin = Banks.All[0].Bin;
        edited.BankAccountNumber = "0123456789";

        Assert.True((await centre.SaveAsync(edited)).IsSuccess);

        var read = await new CentreService(database).GetAsync();
        Assert.Equal("Trung tâm Phục vụ hành chính công phường Tô Hiệu", read.CentreName);
        Assert.Equal(new TimeOnly(16, 0), read.SameDayCutoff);
        Assert.Equal("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", read.BankAccountHolder);
        Assert.Equal(read.CentreName, (await centre.GetAsync()).CentreName);
        Assert.True(changed);
    }

    [Fact]
    public async Task A_centre_that_prints_both_receipt_copies_on_one_A4_sheet_keeps_that_choice_without_a_migration()
    {
        Assert.Contains(CentreSettings.ReceiptPaperChoices, c => c.Paper == OneStop.Core.Documents.PaperSize.A4TwoCopies && c.Label == "A4, hai liên trên một tờ");
        var edited = CentreService.Copy(await centre.GetAsync());
        edited.ReceiptPaper = OneStop.Core.Documents.PaperSize.A4TwoCopies;

        Assert.True((await centre.SaveAsync(edited)).IsSuccess);

        Assert.Equal(OneStop.Core.Documents.PaperSize.A4TwoCopies, (await new CentreService(database).GetAsync()).ReceiptPaper);
    }

    [Fact]
    public async Task AStaleCopyIsRefusedInsteadOfOverwritingAnotherAdministratorsChange()
    {
        var first = CentreService.Copy(await centre.GetAsync());
        var second = CentreService.Copy(await centre.GetAsync());
        first.Phone = "0212 3852 111";
        Assert.True((await centre.SaveAsync(first)).IsSuccess);

        second.Phone = "0212 3999 999";
        var r = await centre.SaveAsync(second);

        Assert.False(r.IsSuccess);
        Assert.Contains("người khác", r.Error);
        Assert.Equal("0212 3852 111", (await new CentreService(database).GetAsync()).Phone);
    }

    [Fact]
    public void SaturdayReceptionAddsAMorningThatNeverCountsTowardDeadlines()
    {
        var with = CentreService.WithSaturday(WeeklySchedule.Default, saturdayReception: true);
        var saturday = Assert.Single(with.Days[DayOfWeek.Saturday]);
        Assert.True(saturday.ReceptionOnly);
        Assert.Empty(CentreService.WithSaturday(with, saturdayReception: false).Days[DayOfWeek.Saturday]);
    }
}
