using Microsoft.EntityFrameworkCore;
using OneStop.Core.Centre;
using OneStop.Core.Common;
using OneStop.Core.Documents;
using OneStop.Core.Dossiers;
using OneStop.Core.Persistence;

namespace OneStop.Core.Reports;

/// <summary>Builds the dossier register (Mẫu 07) of one field of procedures over a period.</summary>
public sealed class RegisterService(IDbContextFactory<OneStopDbContext> dbFactory, CentreService centre, TimeProvider clock)
{
    /// <summary>The longest period one register may cover, in days (a year, leap years included).</summary>
    public const int MaxDays = 366;

    /// <summary>
    /// The dossiers of field <paramref name="fieldCode"/> received from <paramref name="from"/> to <paramref name="to"/>,
    /// both Viet Nam dates and both inclusive, in order of reception.
    /// </summary>
    public async Task<Result<RegisterData>> BuildAsync(string fieldCode, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        if (from > to) return Result<RegisterData>.Invalid("Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.");
        if (to.DayNumber - from.DayNumber + 1 > MaxDays)
            return Result<RegisterData>.Invalid($"Mỗi lần chỉ xem được tối đa {MaxDays} ngày.");
        var code = (fieldCode ?? "").Trim().ToUpperInvariant();
        if (code.Length == 0) return Result<RegisterData>.Invalid("Vui lòng chọn lĩnh vực.");

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var field = await db.ProcedureFields.AsNoTracking().FirstOrDefaultAsync(f => f.Code == code, ct);
        if (field is null) return Result<RegisterData>.Invalid($"Không có lĩnh vực mã {code}.");

        var settings = await centre.GetAsync(ct);
        // Cơ quan chủ trì giải quyết: a commune-level procedure is decided by the commune's people's committee, the body
        // above the centre (the centre receives and returns); the catalogue has no other body for its procedures.
        var body = string.IsNullOrWhiteSpace(settings.ParentBody) ? settings.CentreName : settings.ParentBody;
        var dossiers = await db.Dossiers.AsNoTracking()
            .Where(d => d.FieldCode == code && d.ReceivedDate >= from && d.ReceivedDate <= to)
            .OrderBy(d => d.ReceivedAt).ThenBy(d => d.Id)
            .Select(d => new
            {
                d.Code, d.ProcedureName, d.ApplicantName, d.ApplicantAddress, d.ApplicantPhone, d.ReceivedAt, d.DueAt,
                d.Status, d.FinishedAt, d.Delivery, d.PostalAddress, d.RegisterLine, d.RegisterBook, d.CollectorName, d.CollectorIdNumber, d.PostalTrackingNumber,
            })
            .ToListAsync(ct);

        var rows = dossiers.Select(d => new RegisterRow(
            d.Code, d.ProcedureName, d.ApplicantName, d.ApplicantAddress, d.ApplicantPhone, body, d.ReceivedAt, d.DueAt,
            d.Status == DossierStatus.Returned ? d.FinishedAt : null,
            Method(d.Delivery, d.PostalAddress),
            SignedBy: d.Status == DossierStatus.Returned ? Collector(d.CollectorName, d.CollectorIdNumber, d.PostalTrackingNumber) : null,
            RegisterLine: d.RegisterLine > 0 ? d.RegisterLine : null,
            Closing: Closing(d.Status),
            ClosedAt: Closing(d.Status) is null ? null : d.FinishedAt)).ToList();
        var books = dossiers.Select(d => d.RegisterBook).Where(b => !string.IsNullOrWhiteSpace(b)).Distinct().ToList();

        return Result<RegisterData>.Ok(new RegisterData(DossierDocuments.Header(settings), field.Name, from, to, rows, VnTime.DateOf(clock.GetUtcNow()),
            books.Count == 0 ? null : string.Join(", ", books)));
    }

    /// <summary>How a dossier ended without a result, said in the "Trả kết quả" column.</summary>
    public static string? Closing(DossierStatus status) => status switch
    {
        DossierStatus.Refused => "Từ chối giải quyết",
        DossierStatus.Withdrawn => "Dừng giải quyết (công dân rút hồ sơ)",
        _ => null,
    };

    /// <summary>The method column, narrow: "Trực tiếp", or "Bưu chính" with the postal address on its own line.</summary>
    public static string Method(ResultDelivery delivery, string? postalAddress) => delivery == ResultDelivery.ByPost
        ? "Bưu chính" + (string.IsNullOrWhiteSpace(postalAddress) ? "" : "\n" + postalAddress.Trim())
        : "Trực tiếp";

    /// <summary>Ký nhận: the collector recorded at return (name, CCCD), or the post office and its tracking number.</summary>
    public static string? Collector(string? name, string? idNumber, string? tracking) =>
        !string.IsNullOrWhiteSpace(tracking) ? $"Bưu điện, số hiệu {tracking}"
        : string.IsNullOrWhiteSpace(name) ? null
        : string.IsNullOrWhiteSpace(idNumber) ? name : $"{name}\nCCCD {idNumber}";
}
