using OneStop.Core.Calendar;
using OneStop.Core.Common;
using OneStop.Core.Dossiers;
using static OneStop.Tests.Dossiers.Processing.ProcessingHarness;

namespace OneStop.Tests.Dossiers.Processing;

public sealed class ReturnTests
{
    private static async Task<(ProcessingHarness H, long Id)> ReadyAsync(ResultDelivery delivery = ResultDelivery.AtCounter)
    {
        var h = await InMemoryAsync(Vn(2026, 3, 9, 9));
        var d = await h.ReceiveAsync(delivery: delivery);
        await h.ToSpecialistAsync(d.Id);
        h.Clock.Now = Vn(2026, 3, 11, 10);
        Assert.True((await h.ReadyAsync(d.Id)).IsSuccess);
        h.Clock.Now = Vn(2026, 3, 12, 14);
        return (h, d.Id);
    }

    private static async Task<Result> ReturnAsync(ProcessingHarness h, long id, ReturnRequest request) =>
        await h.Processing.ReturnAsync(id, (await h.GetAsync(id)).Version, request, Counter);

    [Fact]
    public async Task ApplicantWithTheMatchingCccdCollectsTheResult()
    {
        var (h, id) = await ReadyAsync();
        using var _ = h;

        var r = await ReturnAsync(h, id, new ReturnRequest(true, null, " 0141 9000 1234 "));

        Assert.True(r.IsSuccess, r.Error);
        var d = await h.GetAsync(id);
        Assert.Equal(DossierStatus.Returned, d.Status);
        Assert.Equal("Nguyễn Thị Hồng Nhung", d.CollectorName);
        Assert.Equal(ApplicantId, d.CollectorIdNumber);
        Assert.Equal(Vn(2026, 3, 12, 14), d.FinishedAt);
        Assert.Equal(OutcomeClass.Early, d.Outcome);   // returning is not processing time (rule 7)
    }

    [Fact]
    public async Task ApplicantWithAnotherCccdIsRefused()
    {
        var (h, id) = await ReadyAsync();
        using var _ = h;

        var r = await ReturnAsync(h, id, new ReturnRequest(true, null, "001099012345"));

        Assert.False(r.IsSuccess);
        Assert.StartsWith("Số định danh không khớp", r.Error, StringComparison.Ordinal);
        Assert.Equal(DossierStatus.ResultReady, (await h.GetAsync(id)).Status);
    }

    [Theory]
    [InlineData("", "001099012345", false)]                 // no name
    [InlineData("Lò Văn Nhận", "", false)]                 // no identifier
    [InlineData("Lò Văn Nhận", "00109901234", false)]      // 11 digits
    [InlineData("Lò Văn Nhận", "00109901234X", false)]     // a letter
    [InlineData("Lò Văn Nhận", "001099012345", true)]      // name and a valid CCCD (not the applicant's: that is the point)
    public async Task AuthorisedPersonNeedsANameAndAValidCccd(string name, string id, bool ok)
    {
        var (h, dossierId) = await ReadyAsync();
        using var _ = h;

        var r = await ReturnAsync(h, dossierId, new ReturnRequest(false, name, id));

        Assert.Equal(ok, r.IsSuccess);
        var d = await h.GetAsync(dossierId);
        Assert.Equal(ok ? DossierStatus.Returned : DossierStatus.ResultReady, d.Status);
        if (ok)
        {
            Assert.Equal("Lò Văn Nhận", d.CollectorName);
            Assert.Equal("001099012345", d.CollectorIdNumber);
        }
    }

    [Theory]
    [InlineData(null, false)]              // nothing typed
    [InlineData("  ", false)]              // blanks
    [InlineData("EB12", false)]            // too short to be a tracking number
    [InlineData(" eb123456789vn ", true)]  // trimmed and upper-cased
    public async Task ResultByPostNeedsATrackingNumber(string? tracking, bool ok)
    {
        var (h, id) = await ReadyAsync(ResultDelivery.ByPost);
        using var _ = h;

        var r = await ReturnAsync(h, id, new ReturnRequest(false, null, null, ByPost: true, TrackingNumber: tracking));

        Assert.Equal(ok, r.IsSuccess);
        var d = await h.GetAsync(id);
        Assert.Equal(ok ? DossierStatus.Returned : DossierStatus.ResultReady, d.Status);
        if (ok) Assert.Equal("EB123456789VN", d.PostalTrackingNumber);
    }

    [Fact]
    public async Task ResultCannotBeReturnedBeforeItIsReady()
    {
        using var h = await InMemoryAsync(Vn(2026, 3, 9, 9));
        var d = await h.ReceiveAsync();
        await h.ToSpecialistAsync(d.Id);

        var r = await ReturnAsync(h, d.Id, new ReturnRequest(true, null, ApplicantId));

        Assert.False(r.IsSuccess);
        Assert.Equal(DossierStatus.InProgress, (await h.GetAsync(d.Id)).Status);
    }
}
