using OneStop.Core.Dossiers;
using F = OneStop.Core.Dossiers.ReceptionService.Fields;

namespace OneStop.Tests.Dossiers;

/// <summary>The reception page's form model: dates as typed become the request's dates, or errors at their fields.</summary>
public sealed class ReceptionFormTests
{
    [Fact]
    public void TypedApplicantBecomesTheRequestWithItsBirthDateRead()
    {
        var form = new ApplicantForm { FullName = "Nguyễn Văn An", IdNumber = "014190001234", BirthDate = "5/3/1990", Address = "Đà Nẵng" };

        var (request, errors) = form.ToRequest();

        Assert.Empty(errors);
        Assert.Equal(new DateOnly(1990, 3, 5), request!.BirthDate);
        Assert.Equal("Nguyễn Văn An", request.FullName);
    }

    [Fact]
    public void EmptyBirthDateIsNoBirthDateNotAnError()
    {
        var (request, errors) = new ApplicantForm { BirthDate = "  " }.ToRequest();

        Assert.Empty(errors);
        Assert.Null(request!.BirthDate);
    }

    [Fact]
    public void UnreadableBirthDateComesBackAtTheBirthDateBox()
    {
        var (request, errors) = new ApplicantForm { BirthDate = "1990-03-05" }.ToRequest();

        Assert.Null(request);
        // The error key is the form's property name: the box bound to it shows the message.
        Assert.Equal(nameof(ApplicantForm.BirthDate), F.BirthDate);
        Assert.Equal(ApplicantForm.BirthDateFormatError, errors[F.BirthDate]);
    }

    [Fact]
    public void OnlineSubmissionTimeIsReadAsVietNamTime()
    {
        var form = new ReceptionForm { Channel = ReceptionChannel.Online, SubmittedAt = "23/11/2026 20:00" };

        var (request, errors) = form.ToRequest(procedureId: 7);

        Assert.Empty(errors);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 20, 0, 0, TimeSpan.FromHours(7)), request!.SubmittedAt);
        Assert.Equal(7, request.ProcedureId);
    }

    [Fact]
    public void SubmissionTimeLeftFromAnOnlineChoiceIsIgnoredAtTheCounter()
    {
        // The officer picked "Trực tuyến", typed a time, then went back to "Trực tiếp".
        var form = new ReceptionForm { Channel = ReceptionChannel.Direct, SubmittedAt = "không phải ngày" };

        var (request, errors) = form.ToRequest(procedureId: 7);

        Assert.Empty(errors);
        Assert.Null(request!.SubmittedAt);
    }

    [Fact]
    public void BadBirthDateAndBadSubmissionTimeAreBothReported()
    {
        var form = new ReceptionForm { Channel = ReceptionChannel.Online, SubmittedAt = "23/11/2026" };
        form.Applicant.BirthDate = "31/02/1990";

        var (request, errors) = form.ToRequest(procedureId: 7);

        Assert.Null(request);
        Assert.Equal([F.BirthDate, F.SubmittedAt], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ExemptionWithoutAReasonIsSentAsABlankReasonNotAMadeUpOne()
    {
        var form = new ReceptionForm { Exempt = true, Units = 0 };

        Assert.Equal("", form.Fee.ExemptionReason);
        // A box emptied while typing counts as one, not zero.
        Assert.Equal(1, form.Fee.Units);
    }

    [Fact]
    public void ScannedCardFillsTheApplicantWithTheBirthDateAsTyped()
    {
        var form = new ApplicantForm { Phone = "0912345678" };

        form.Fill(CccdQr.Parse("014190001234|123456789|Nguyễn Thị Ánh Tuyết|05031990|Nữ|Đà Nẵng|15082021"));

        Assert.Equal("05/03/1990", form.BirthDate);
        Assert.Equal("014190001234", form.IdNumber);
        // What the card does not carry stays as typed.
        Assert.Equal("0912345678", form.Phone);
    }
}
