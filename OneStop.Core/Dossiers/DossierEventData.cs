using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OneStop.Core.Dossiers;

/// <summary>
/// The structured part of a trail event (<see cref="DossierEvent.Data"/>), one record per kind that has one. Written and
/// read only through this type, with one set of JSON options, so a renamed field is a compile error in every reader.
/// </summary>
/// <remarks>
/// The hash chain covers the data text, so stored rows are never rewritten: every record must keep reading the JSON it
/// wrote before. Version 1 is the shape of the first releases (camelCase names, nulls left out), which carried no
/// <c>"v"</c>; a missing <c>"v"</c> therefore reads as 1. A change of shape bumps the record's version and teaches
/// <see cref="Read"/> the older one.
/// </remarks>
public abstract record DossierEventData
{
    public const int CurrentVersion = 1;

    /// <summary>Schema version of the stored JSON.</summary>
    [JsonPropertyName("v"), JsonPropertyOrder(-1)]
    public int Version { get; init; } = CurrentVersion;

    /// <summary>The data type each event kind carries; kinds not listed carry none.</summary>
    private static readonly Dictionary<string, Type> Types = new(StringComparer.Ordinal)
    {
        [DossierEventKinds.HandedOver] = typeof(HandedOverData),
        [DossierEventKinds.SupplementRequested] = typeof(SupplementRequestedData),
        [DossierEventKinds.SupplementCompleted] = typeof(SupplementCompletedData),
        [DossierEventKinds.ApologyProposed] = typeof(ApologyProposedData),
        [DossierEventKinds.ApologyApproved] = typeof(ApologyDecidedData),
        [DossierEventKinds.ApologyRejected] = typeof(ApologyDecidedData),
        [DossierEventKinds.Returned] = typeof(ReturnedData),
        [DossierEventKinds.Withdrawn] = typeof(WithdrawnData),
        [DossierEventKinds.Refused] = typeof(RefusedData),
        [DossierEventKinds.Edited] = typeof(EditedData),
        [DossierEventKinds.PaymentRecorded] = typeof(PaymentRecordedData),
        [DossierEventKinds.FeeExempted] = typeof(FeeExemptedData),
        [DossierEventKinds.ScanAttached] = typeof(ScanData),
        [DossierEventKinds.ScanReused] = typeof(ScanData),
        [DossierEventKinds.ScanRemoved] = typeof(ScanData),
        [DossierEventKinds.ResultDigitised] = typeof(ScanData),
        [DossierEventKinds.ResultScanRemoved] = typeof(ScanData),
        [DossierEventKinds.ScanReassigned] = typeof(ScanReassignedData),
    };

    /// <summary>The data type events of <paramref name="kind"/> carry, or null when they carry none.</summary>
    public static Type? TypeOf(string kind) => Types.GetValueOrDefault(kind);

    /// <summary>The event's data as the record of its kind; null when the event has none.</summary>
    /// <exception cref="JsonException">The stored text is not the kind's JSON.</exception>
    public static DossierEventData? Read(DossierEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Data is null || TypeOf(e.Kind) is not { } type) return null;
        return (DossierEventData?)JsonSerializer.Deserialize(e.Data, type, Persistence.Json.Options);
    }

    /// <summary>The event's data when it is a <typeparamref name="T"/> (null for another kind or no data).</summary>
    public static T? Read<T>(DossierEvent e) where T : DossierEventData => Read(e) as T;

    /// <summary>The JSON stored for an event of <paramref name="kind"/>; refuses data of another kind's type.</summary>
    internal static string? Write(string kind, DossierEventData? data)
    {
        if (data is null) return null;
        if (TypeOf(kind) != data.GetType())
            throw new ArgumentException($"Events of kind {kind} do not carry {data.GetType().Name}.", nameof(data));
        return JsonSerializer.Serialize(data, data.GetType(), Persistence.Json.Options);
    }
}

/// <summary>A hand-over from one step to another (<see cref="DossierEventKinds.HandedOver"/>).</summary>
/// <param name="ToUser">The account handed to, or null for the role's desk.</param>
/// <param name="PlannedAt">When the step handed over was due by its budget.</param>
/// <param name="Batch">The batch hand-over it was part of (one list printed for all of them); null for a single hand-over.</param>
public sealed record HandedOverData(int FromStep, string FromName, int ToStep, string ToName, string ToRole, string? ToUser,
    string? ToUserName, DateTimeOffset? PlannedAt, string? Batch = null) : DossierEventData;

/// <summary>What the citizen must add (<see cref="DossierEventKinds.SupplementRequested"/>); Mẫu 02 lists it.</summary>
/// Number and Year: Mẫu 02's number in the year's series; requests recorded before the series existed have none.
public sealed record SupplementRequestedData(IReadOnlyList<SlipItem> Items, int? Number = null, int? Year = null) : DossierEventData
{
    public static string SequenceScope(int year) => $"letter:supplement:{year}";

    public string? NumberText => Number is { } n ? $"{n:00}/YCBS" : null;
}

/// <summary>The processing time restarted (<see cref="DossierEventKinds.SupplementCompleted"/>).</summary>
public sealed record SupplementCompletedData(DateTimeOffset OldDueAt, DateTimeOffset NewDueAt) : DossierEventData;

/// <summary>The specialist's apology and new date (<see cref="DossierEventKinds.ApologyProposed"/>).</summary>
public sealed record ApologyProposedData(DateTimeOffset OldDueAt, DateTimeOffset NewDueAt) : DossierEventData;

/// <summary>The leader's decision on the new date (<see cref="DossierEventKinds.ApologyApproved"/> or <see cref="DossierEventKinds.ApologyRejected"/>).</summary>
/// Number and Year: an approved apology's letter (Mẫu 04) in the year's series; none on a rejection or an older event.
public sealed record ApologyDecidedData(DateTimeOffset? NewDueAt, int? Number = null, int? Year = null) : DossierEventData
{
    public static string SequenceScope(int year) => $"letter:apology:{year}";

    public string? NumberText => Number is { } n ? $"{n:00}/XL-GH" : null;
}

/// <summary>Who took the result (<see cref="DossierEventKinds.Returned"/>): a person at the counter, or a postal tracking number.</summary>
public sealed record ReturnedData(string? Collector = null, string? CollectorId = null, string? Tracking = null) : DossierEventData;

/// <summary>The day the citizen asked to stop (<see cref="DossierEventKinds.Withdrawn"/>); Mẫu 05 prints it.</summary>
/// Number and Year: the notice's (Mẫu 05) number in the year's series; none on an older event.
public sealed record WithdrawnData(DateOnly RequestedOn, int? Number = null, int? Year = null) : DossierEventData
{
    public static string SequenceScope(int year) => $"letter:stop:{year}";

    public string? NumberText => Number is { } n ? $"{n:00}/TB-DGQ" : null;
}

/// <summary>
/// A received dossier refused during processing (<see cref="DossierEventKinds.Refused"/>): the number of its notice of
/// non-resolution in the year's series. Refusals recorded before the series existed have no data and print no number.
/// </summary>
public sealed record RefusedData(int Number, int Year) : DossierEventData
{
    public static string SequenceScope(int year) => $"notice:non-resolution:{year}";

    public string NumberText => $"{Number:00}/TB-KGQ";
}

/// <summary>A correction of the received applicant data (<see cref="DossierEventKinds.Edited"/>), by field label.</summary>
public sealed record EditedData(IReadOnlyDictionary<string, FieldChange> Changes) : DossierEventData;

/// <summary>A fee paid (<see cref="DossierEventKinds.PaymentRecorded"/>): the fee receipt number, how, how much, the bank's reference.</summary>
/// <param name="StatementLine">The bank statement line it was confirmed from, when reconciled.</param>
public sealed record PaymentRecordedData(string ReceiptNumber, Payments.PaymentMethod Method, long Amount, string? BankReference = null,
    int? StatementLine = null) : DossierEventData;

/// <summary>A fee exempted (<see cref="DossierEventKinds.FeeExempted"/>): the reason from the centre's list and a free note.</summary>
public sealed record FeeExemptedData(string Reason, string? Note, long Amount) : DossierEventData;
/// <summary>
/// A scan attached to or removed from a dossier (<see cref="DossierEventKinds.ScanAttached"/>, <see cref="DossierEventKinds.ScanReused"/>,
/// <see cref="DossierEventKinds.ScanRemoved"/>, <see cref="DossierEventKinds.ResultDigitised"/>, <see cref="DossierEventKinds.ResultScanRemoved"/>):
/// which file by its SHA-256, under which name, for which checklist item (null for the result), and for a reused paper the dossier it came from.
/// </summary>
public sealed record ScanData(string Hash, string FileName, long Size, int Pages, int? ItemIndex, string ItemName,
    string? ReusedFromCode = null) : DossierEventData;

/// <summary>A scan moved to another checklist item (<see cref="DossierEventKinds.ScanReassigned"/>).</summary>
public sealed record ScanReassignedData(string Hash, string FileName, int FromIndex, string FromName, int ToIndex, string ToName) : DossierEventData;

/// <summary>A field's value before and after a correction; stored as the pair <c>[before, after]</c>.</summary>
[JsonConverter(typeof(FieldChangeJsonConverter))]
public sealed record FieldChange(string? Before, string? After)
{
    /// <summary>A date as the trail has always stored it (ISO, "1990-05-12").</summary>
    public static string? Text(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

internal sealed class FieldChangeJsonConverter : JsonConverter<FieldChange>
{
    public override FieldChange Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("A field change is the pair [before, after].");
        var values = new List<string?>(2);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            values.Add(reader.TokenType switch
            {
                JsonTokenType.Null => null,
                JsonTokenType.String => reader.GetString(),
                _ => JsonElement.ParseValue(ref reader).GetRawText(),
            });
        }
        if (values.Count != 2) throw new JsonException("A field change is the pair [before, after].");
        return new FieldChange(values[0], values[1]);
    }

    public override void Write(Utf8JsonWriter writer, FieldChange value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        if (value.Before is null) writer.WriteNullValue(); else writer.WriteStringValue(value.Before);
        if (value.After is null) writer.WriteNullValue(); else writer.WriteStringValue(value.After);
        writer.WriteEndArray();
    }
}
