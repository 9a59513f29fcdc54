using OneStop.Core.Common;
using F = OneStop.Core.Dossiers.ReceptionService.Fields;

namespace OneStop.Core.Dossiers;

/// <summary>
/// The applicant as typed at the counter: the one form model for receiving a dossier and for correcting the applicant
/// of a received one. Texts stay as typed (the birth date too, dd/MM/yyyy); <see cref="ToRequest"/> reads the date once
/// with <see cref="VnParse"/> and the services validate the rest. Each property is named like the
/// <see cref="ReceptionRequest"/> property it becomes, so its field errors come back under <c>nameof</c> of it.
/// </summary>
public sealed class ApplicantForm
{
    public string? FullName { get; set; }
    public string? IdNumber { get; set; }
    /// <summary>The birth date as typed, dd/MM/yyyy (a CCCD scan writes it so).</summary>
    public string? BirthDate { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Address { get; set; }
    public bool OnBehalf { get; set; }
    public string? OnBehalfName { get; set; }
    public string? OnBehalfIdNumber { get; set; }

    public const string BirthDateFormatError = "Ngày sinh có dạng dd/MM/yyyy, ví dụ 05/03/1990.";

    /// <summary>Fills what a CCCD QR line carries; the phone, email and on-behalf boxes keep what was typed.</summary>
    public void Fill(CccdQrData scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        FullName = scan.FullName;
        IdNumber = scan.CitizenId.Value;
        BirthDate = VnFormat.Date(scan.BirthDate);
        Address = scan.Address;
    }

    /// <summary>
    /// The applicant part of a <see cref="ReceptionRequest"/>, or the format errors (keyed like the service's field errors)
    /// when a typed date cannot be read. An empty birth date is no birth date.
    /// </summary>
    public (ReceptionRequest? Request, Dictionary<string, string> Errors) ToRequest()
    {
        var errors = new Dictionary<string, string>();
        DateOnly? birth = null;
        if (!string.IsNullOrWhiteSpace(BirthDate))
        {
            if (VnParse.TryDate(BirthDate, out var b)) birth = b;
            else errors[F.BirthDate] = BirthDateFormatError;
        }
        if (errors.Count > 0) return (null, errors);
        return (new ReceptionRequest
        {
            FullName = FullName, IdNumber = IdNumber, BirthDate = birth, Phone = Phone, Email = Email, Address = Address,
            OnBehalf = OnBehalf, OnBehalfName = OnBehalfName, OnBehalfIdNumber = OnBehalfIdNumber,
        }, errors);
    }
}
