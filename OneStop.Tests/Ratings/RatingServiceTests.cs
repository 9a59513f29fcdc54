using OneStop.Core.Accounts;
using OneStop.Core.Dossiers;
using OneStop.Core.Ratings;
using OneStop.Tests.Supervision;
using OneStop.Tests.TestSupport;
using static OneStop.Tests.Supervision.HandBuiltCentre;

namespace OneStop.Tests.Ratings;

public sealed class RatingServiceTests
{
    private static readonly Officer Counter = new("tiepnhan", "Lò Thị Hương", Roles.CounterOfficer);
    private static readonly Officer Counter2 = new("tiepnhan2", "Cầm Văn Đức", Roles.CounterOfficer);

    [Fact]
    public async Task A_second_press_within_sixty_seconds_changes_the_rating_and_after_that_it_is_final()
    {
        using var c = await HandBuiltCentre.CreateAsync();
        var id = await c.AddAsync(Vn(11, 2), Vn(11, 5), DossierStatus.Returned, ready: Vn(11, 4));
        var clock = new FakeClock(Vn(11, 5, 10));
        var ratings = new RatingService(c.Db, clock);

        Assert.True((await ratings.RecordAsync(id, SatisfactionLevel.NotSatisfied, null, Counter)).IsSuccess);
        clock.Advance(TimeSpan.FromSeconds(45));
        var changed = await ratings.RecordAsync(id, SatisfactionLevel.VerySatisfied, "  Cán bộ  nhiệt tình ", Counter);
        Assert.True(changed.IsSuccess, changed.Error);
        clock.Advance(TimeSpan.FromSeconds(20));                       // 65 s after the first press
        var late = await ratings.RecordAsync(id, SatisfactionLevel.NotSatisfied, null, Counter);

        Assert.False(late.IsSuccess);
        var stored = await ratings.GetAsync(id);
        Assert.Equal(SatisfactionLevel.VerySatisfied, stored!.Level);
        Assert.Equal("Cán bộ nhiệt tình", stored.Comment);
        Assert.False(stored.CanChange);
        using var db = c.Db.CreateDbContext();
        Assert.Single(db.ServiceRatings);
    }

    [Fact]
    public async Task Only_the_counter_records_a_rating()
    {
        using var c = await HandBuiltCentre.CreateAsync();
        var id = await c.AddAsync(Vn(11, 2), Vn(11, 5), DossierStatus.Returned, ready: Vn(11, 4));
        var ratings = new RatingService(c.Db, new FakeClock(Vn(11, 5, 10)));
        var r = await ratings.RecordAsync(id, SatisfactionLevel.Satisfied, null, new Officer("chuyenvien", "Cầm Văn Đức", Roles.Specialist));
        Assert.False(r.IsSuccess);
        Assert.Null(await ratings.GetAsync(id));
    }

    [Fact]
    public async Task The_supervisor_sees_every_officers_ratings_and_an_officer_only_their_own()
    {
        using var c = await HandBuiltCentre.CreateAsync();
        var clock = new FakeClock(Vn(11, 5, 10));
        var ratings = new RatingService(c.Db, clock);
        foreach (var (by, level) in new[] { (Counter, SatisfactionLevel.VerySatisfied), (Counter, SatisfactionLevel.NotSatisfied), (Counter2, SatisfactionLevel.Satisfied) })
        {
            var id = await c.AddAsync(Vn(11, 2), Vn(11, 5), DossierStatus.Returned, ready: Vn(11, 4));
            Assert.True((await ratings.RecordAsync(id, level, null, by)).IsSuccess);
        }
        var outOfPeriod = await c.AddAsync(Vn(10, 2), Vn(10, 5), DossierStatus.Returned, ready: Vn(10, 4));
        clock.Set(Vn(10, 5));
        await ratings.RecordAsync(outOfPeriod, SatisfactionLevel.NotSatisfied, null, Counter);

        var all = await ratings.PerOfficerAsync(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), new Officer("giamsat", "Giám sát", Roles.Supervisor));
        Assert.Equal(2, all.Count);
        var huong = all.Single(o => o.OfficerUserName == "tiepnhan");
        Assert.Equal((1, 0, 1), (huong.VerySatisfied, huong.Satisfied, huong.NotSatisfied));
        var own = await ratings.PerOfficerAsync(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), Counter2);
        Assert.Equal("tiepnhan2", Assert.Single(own).OfficerUserName);
    }
}
