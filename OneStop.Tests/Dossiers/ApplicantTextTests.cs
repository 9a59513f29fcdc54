using OneStop.Core.Catalog;
using OneStop.Core.Common;
using OneStop.Core.Dossiers;
using OneStop.Tests.TestSupport;
using F = OneStop.Core.Dossiers.ReceptionService.Fields;

namespace OneStop.Tests.Dossiers;

/// <summary>Names and addresses hold what people write, never characters that hide or reorder text.</summary>
public sealed class ApplicantTextTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(7));
    private readonly SqliteTestDatabase database = new();
    private readonly Procedure procedure;

    public ApplicantTextTests()
    {
        var catalog = new CatalogService(database);
        catalog.SeedDemoAsync().GetAwaiter().GetResult();
        procedure = catalog.GetByCodeAsync("1.000894").GetAwaiter().GetResult()!;
    }

    public void Dispose() => database.Dispose();

    [Theory]
    [InlineData("Nguyễn Văn\u202E nA")]        // right-to-left override: prints "Nguyễn Văn An" reversed
    [InlineData("Nguyễn\u2066 Văn An")]        // a bidi isolate
    [InlineData("Nguy\u200Bễn Văn An")]        // a zero-width space: searches for "Nguyễn" miss it
    [InlineData("Nguyễn\u200D Văn An")]        // zero-width joiner
    [InlineData("Nguyễn Văn An\u0007")]        // a control character (bell)
    [InlineData("\uFEFFNguyễn Văn An")]        // a byte-order mark pasted from a file
    [InlineData("Nguyễn Văn An 2")]            // a digit
    [InlineData("Nguyễn <b>An</b>")]           // markup
    public void ANameWithHiddenCharactersDigitsOrSymbolsIsRefused(string name)
    {
        var (applicant, errors) = ReceptionService.Validate(ReceptionWorld.Request(procedure) with { FullName = name }, procedure, Now);
        Assert.Null(applicant);
        Assert.Equal(VietnameseText.NameCharactersError, errors[F.FullName]);
    }

    [Theory]
    [InlineData("Nguyễn Thị Ánh Tuyết")]
    [InlineData("Lò Văn Pằng")]
    [InlineData("H'Hen Niê")]                  // an apostrophe in an Ê Đê name
    [InlineData("Nguyễn Trần Mai-Anh")]
    [InlineData("Nguyen Van An Jr.")]
    public void RealNamesPass(string name)
    {
        var (_, errors) = ReceptionService.Validate(ReceptionWorld.Request(procedure) with { FullName = name }, procedure, Now);
        Assert.False(errors.ContainsKey(F.FullName), errors.GetValueOrDefault(F.FullName));
    }

    [Theory]
    [InlineData("Số 12\u202E ,phố Lê Lợi")]
    [InlineData("Số 12\u200B phố Lê Lợi")]
    [InlineData("Số 12 phố Lê Lợi\u0000")]
    public void AnAddressWithHiddenCharactersIsRefused(string address)
    {
        var (_, errors) = ReceptionService.Validate(ReceptionWorld.Request(procedure) with { Address = address }, procedure, Now);
        Assert.StartsWith("Địa chỉ: ", errors[F.Address], StringComparison.Ordinal);
    }

    [Fact]
    public void AnAddressWithNumbersSlashesAndABarIsAnAddress()
    {
        var (_, errors) = ReceptionService.Validate(ReceptionWorld.Request(procedure) with { Address = "Tổ 3 | Khu 2, số 12/4 phố Lê Lợi, phường Chiềng Lề" }, procedure, Now);
        Assert.False(errors.ContainsKey(F.Address));
    }

    [Fact]
    public void ACccdLineWithABidiOverrideInTheNameIsRefusedWhole() =>
        Assert.False(CccdQr.TryParse("001099012345||Nguyễn Văn\u202E An|15031999|Nam|Hà Nội|20042021", out _, out _));
}
