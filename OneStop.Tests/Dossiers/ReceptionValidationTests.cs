using OneStop.Core.Catalog;
using OneStop.Core.Dossiers;
using OneStop.Tests.TestSupport;
using F = OneStop.Core.Dossiers.ReceptionService.Fields;

namespace OneStop.Tests.Dossiers;

/// <summary>ReceptionService.Validate: each bad input gets its Vietnamese message at the field the form shows it.</summary>
public sealed class ReceptionValidationTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(7));
    private readonly SqliteTestDatabase database = new();
    private readonly Procedure procedure;

    public ReceptionValidationTests()
    {
        var catalog = new CatalogService(database);
        catalog.SeedDemoAsync().GetAwaiter().GetResult();
        // Kết hôn: every paper of its checklist is required.
        procedure = catalog.GetByCodeAsync("1.000894").GetAwaiter().GetResult()!;
    }

    public void Dispose() => database.Dispose();

    private ReceptionRequest Valid => ReceptionWorld.Request(procedure);

    [Fact]
    public void CompleteRequestIsValidAndComesBackParsed()
    {
        var (applicant, errors) = ReceptionService.Validate(Valid with { IdNumber = "0141 9000 1234", Phone = "+84 912 345 678" }, procedure, Now);

        Assert.Empty(errors);
        Assert.NotNull(applicant);
        Assert.Equal("014190001234", applicant.IdNumber);
        Assert.Equal("0912345678", applicant.Phone);
    }

    [Theory]
    // Nothing typed in the name box.
    [InlineData("name-empty", F.FullName, "Nhập họ và tên người nộp hồ sơ.")]
    // Only spaces: cleaned to nothing.
    [InlineData("name-spaces", F.FullName, "Nhập họ và tên người nộp hồ sơ.")]
    // A CCCD with 11 digits (a digit dropped while typing).
    [InlineData("id-11-digits", F.IdNumber, "12 chữ số")]
    // Letters in the CCCD.
    [InlineData("id-letters", F.IdNumber, "Số định danh cá nhân chỉ gồm chữ số.")]
    // No CCCD at all.
    [InlineData("id-empty", F.IdNumber, "Nhập số định danh cá nhân (12 chữ số trên CCCD).")]
    // A landline-length mobile number: 9 digits.
    [InlineData("phone-short", F.Phone, "Số điện thoại")]
    // Letters in the phone number.
    [InlineData("phone-letters", F.Phone, "Số điện thoại chỉ gồm chữ số (có thể có dấu cách, dấu chấm, dấu gạch).")]
    // A foreign number.
    [InlineData("phone-foreign", F.Phone, "Chỉ nhận số điện thoại Việt Nam (+84).")]
    // An email without a domain dot.
    [InlineData("email-no-dot", F.Email, "Địa chỉ email không hợp lệ.")]
    // An email with a space in it.
    [InlineData("email-space", F.Email, "Địa chỉ email không hợp lệ.")]
    // No address.
    [InlineData("address-empty", F.Address, "Nhập địa chỉ của người nộp hồ sơ.")]
    // Online dossier without the moment the citizen submitted it.
    [InlineData("online-no-time", F.SubmittedAt, "Nhập thời điểm công dân nộp trực tuyến.")]
    // Online submission in the future.
    [InlineData("online-future", F.SubmittedAt, "Thời điểm nộp trực tuyến không thể ở tương lai.")]
    // Result by post without an address to send it to.
    [InlineData("post-no-address", F.PostalAddress, "Nhập địa chỉ nhận kết quả qua bưu chính.")]
    // A required paper not ticked as handed in.
    [InlineData("checklist-missing", F.Checklist, "Hồ sơ còn thiếu: ")]
    // On behalf of someone, without their name.
    [InlineData("behalf-no-name", F.OnBehalfName, "Nhập họ tên người ủy quyền (người được nộp thay).")]
    // On behalf of someone, without their id.
    [InlineData("behalf-no-id", F.OnBehalfIdNumber, "Nhập số định danh của người ủy quyền.")]
    // On behalf of someone, with a bad id.
    [InlineData("behalf-bad-id", F.OnBehalfIdNumber, "12 chữ số")]
    // Born tomorrow.
    [InlineData("birth-future", F.BirthDate, "Ngày sinh không hợp lệ.")]
    // Zero sets.
    [InlineData("sets-zero", F.Sets, "Số bộ hồ sơ từ 1 đến 100.")]
    public void BadInputGetsItsMessageAtItsField(string @case, string field, string message)
    {
        var request = @case switch
        {
            "name-empty" => Valid with { FullName = null },
            "name-spaces" => Valid with { FullName = "   " },
            "id-11-digits" => Valid with { IdNumber = "01419000123" },
            "id-letters" => Valid with { IdNumber = "01419000123A" },
            "id-empty" => Valid with { IdNumber = "" },
            "phone-short" => Valid with { Phone = "091234567" },
            "phone-letters" => Valid with { Phone = "09123abc78" },
            "phone-foreign" => Valid with { Phone = "+33 6 12 34 56 78" },
            "email-no-dot" => Valid with { Email = "an@localhost" },
            "email-space" => Valid with { Email = "nguyen van@example.vn" },
            "address-empty" => Valid with { Address = "" },
            "online-no-time" => Valid with { Channel = ReceptionChannel.Online, SubmittedAt = null },
            "online-future" => Valid with { Channel = ReceptionChannel.Online, SubmittedAt = Now.AddHours(1) },
            "post-no-address" => Valid with { Delivery = ResultDelivery.ByPost, PostalAddress = " " },
            "checklist-missing" => Valid with { Checklist = [.. Valid.Checklist.Select((c, i) => i == 0 ? c with { Provided = false } : c)] },
            "behalf-no-name" => Valid with { OnBehalf = true, OnBehalfName = "", OnBehalfIdNumber = "001085004321" },
            "behalf-no-id" => Valid with { OnBehalf = true, OnBehalfName = "Phạm Thị Dung", OnBehalfIdNumber = null },
            "behalf-bad-id" => Valid with { OnBehalf = true, OnBehalfName = "Phạm Thị Dung", OnBehalfIdNumber = "00108500432" },
            "birth-future" => Valid with { BirthDate = new DateOnly(2026, 11, 26) },
            "sets-zero" => Valid with { Sets = 0 },
            _ => throw new ArgumentOutOfRangeException(nameof(@case)),
        };

        var (applicant, errors) = ReceptionService.Validate(request, procedure, Now);

        Assert.Null(applicant);
        Assert.Equal([field], errors.Keys);
        Assert.Contains(message, errors[field], StringComparison.Ordinal);
    }

    [Fact]
    public void MissingPaperIsNamedInTheMessage()
    {
        var first = procedure.Documents[0].Name;
        var request = Valid with { Checklist = [.. Valid.Checklist.Select((c, i) => i == 0 ? c with { Provided = false } : c)] };

        var (_, errors) = ReceptionService.Validate(request, procedure, Now);

        Assert.Contains(first, errors[F.Checklist], StringComparison.Ordinal);
        Assert.Contains("Mẫu 02", errors[F.Checklist], StringComparison.Ordinal);
    }

    [Fact]
    public void OnBehalfWithNameAndIdIsValid()
    {
        var (applicant, errors) = ReceptionService.Validate(
            Valid with { OnBehalf = true, OnBehalfName = " Phạm  Thị Dung ", OnBehalfIdNumber = "001085004321" }, procedure, Now);

        Assert.Empty(errors);
        Assert.Equal("Phạm Thị Dung", applicant!.OnBehalfName);
        Assert.Equal("001085004321", applicant.OnBehalfIdNumber);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void ExemptionWithoutAReasonIsRefusedAtTheFeeField(string reason)
    {
        var (applicant, errors) = ReceptionService.Validate(Valid with { Fee = new FeeRequest(ExemptionReason: reason) }, procedure, Now);

        Assert.Null(applicant);
        Assert.Equal(ReceptionService.ExemptionNeedsReason, errors[F.Fee]);
    }

    [Fact]
    public void ExemptionWithItsReasonIsAccepted()
    {
        var (applicant, _) = ReceptionService.Validate(Valid with { Fee = new FeeRequest(ExemptionReason: "Hộ nghèo") }, procedure, Now);

        Assert.NotNull(applicant);
    }

    [Fact]
    public void NoProcedureIsReportedAtTheProcedureField()
    {
        var (_, errors) = ReceptionService.Validate(Valid, null, Now);

        Assert.Equal("Chọn thủ tục hành chính.", errors[F.Procedure]);
    }

    [Fact]
    public void EmptyFormReportsEveryRequiredField()
    {
        var (_, errors) = ReceptionService.Validate(new ReceptionRequest(), null, Now);

        Assert.Equal(new[] { F.Address, F.FullName, F.IdNumber, F.Procedure }, errors.Keys.Order(StringComparer.Ordinal));
    }
}
