using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using OneStop.Core.Accounts;
using OneStop.Core.Calendar;
using OneStop.Core.Catalog;
using OneStop.Core.Common;

namespace OneStop.Web.Endpoints;

/// <summary>The due-date calculator for kiosks and the provincial portal, and the supervisor's calendar export.</summary>
public static partial class CalendarEndpoints
{
    /// <summary>The answer of GET /api/v1/calendar/due; instants in Viet Nam time (+07:00).</summary>
    public sealed record DueResponse(
        DateTimeOffset DueAt,
        DateTimeOffset ReceivedAt,
        DateTimeOffset ClockStartsAt,
        string Kind,
        decimal? Value,
        IReadOnlyList<int> UnconfirmedYears,
        IReadOnlyList<string> Warnings);

    public static void MapCalendarEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/calendar/due", async (string? receivedAt, string? kind, string? value, CalendarService calendars, CancellationToken ct) =>
        {
            if (!TryParseInstant(receivedAt, out var received, out var error)) return Invalid(error);
            if (!CalendarLimits.Supports(received)) return Invalid(CalendarLimits.OutOfRangeMessage);
            if (!TryParseKind(kind, out var deadlineKind)) return Invalid("Tham số kind phải là WorkingDays, WorkingHours hoặc SameDay.");
            decimal? amount = null;
            if (!string.IsNullOrWhiteSpace(value))
            {
                if (!decimal.TryParse(value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v))
                    return Invalid("Tham số value phải là một số, dùng dấu chấm cho phần lẻ (ví dụ 3 hoặc 0.5).");
                amount = v;
            }
            if (DeadlineInput.Validate(deadlineKind, amount) is { } invalid) return Invalid(invalid);

            var calendar = await calendars.LoadAsync(ct);
            DueCalculation calc;
            try
            {
                calc = calendar.Calculate(received, DeadlineInput.ToDeadline(deadlineKind, amount));
            }
            catch (OutsideCalendarRangeException e)
            {
                return Invalid(e.Message);   // received near the end of 2100 with a long deadline: the due falls past the range
            }
            return Results.Ok(new DueResponse(
                VnTime.ToVn(calc.DueAt), VnTime.ToVn(calc.ReceivedAt), VnTime.ToVn(calc.Start),
                deadlineKind.ToString(), deadlineKind == DeadlineKind.SameDay ? null : amount,
                calc.UnconfirmedYears, calc.Warnings));
        }).AllowAnonymous();

        app.MapGet("/lich-lam-viec/{year:int}/xuat-json", async (int year, CalendarService calendars, CancellationToken ct) =>
        {
            if (!CalendarLimits.Supports(year)) return Results.NotFound();
            var json = await calendars.ExportYearAsync(year, ct);
            return Results.File(Encoding.UTF8.GetBytes(json), "application/json; charset=utf-8", $"lich-nghi-le-{year}.json");
        }).RequireAuthorization(p => p.RequireRole(Roles.Supervisor, Roles.Admin));
    }

    private static IResult Invalid(string detail) =>
        Results.Problem(title: "Tham số không hợp lệ", detail: detail, statusCode: StatusCodes.Status400BadRequest);

    // A '+' in a query string decodes to a space, so "…T16:00:00 07:00" is read as "+07:00".
    [GeneratedRegex(@"(?:[Zz]|[+-]\d{2}:\d{2}|[+-]\d{4})$")]
    private static partial Regex ExplicitOffset();

    [GeneratedRegex(@"^(.*\d) (\d{2}:\d{2})$")]
    private static partial Regex PlusDecodedAsSpace();

    private static bool TryParseInstant(string? text, out DateTimeOffset instant, out string error)
    {
        instant = default;
        error = "";
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "Thiếu tham số receivedAt (thời điểm nhận hồ sơ theo ISO 8601, ví dụ 2026-02-13T16:00:00+07:00).";
            return false;
        }
        var s = text.Trim();
        if (PlusDecodedAsSpace().Match(s) is { Success: true } m) s = m.Groups[1].Value + "+" + m.Groups[2].Value;
        if (!DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant))
        {
            error = $"Không đọc được receivedAt “{text}”: dùng ISO 8601 có múi giờ, ví dụ 2026-02-13T16:00:00+07:00.";
            return false;
        }
        if (!ExplicitOffset().IsMatch(s))
        {
            error = "receivedAt phải ghi rõ múi giờ (Z hoặc +07:00), ví dụ 2026-02-13T16:00:00+07:00.";
            return false;
        }
        return true;
    }

    private static bool TryParseKind(string? text, out DeadlineKind kind)
    {
        kind = default;
        // Names only: Enum.TryParse would also accept "1" or "5".
        var match = Enum.GetValues<DeadlineKind>().Where(k => string.Equals(k.ToString(), text?.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        if (match.Count != 1) return false;
        kind = match[0];
        return true;
    }
}
