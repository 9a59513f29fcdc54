using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using OneStop.Core.Common;

namespace OneStop.Core.Catalog;

public sealed record CatalogField(string Code, string Name);

/// <summary>One procedure as the catalogue file carries it. IsActive null = not stated (new ones are active, existing keep their state).</summary>
public sealed record CatalogProcedure(
    string Code,
    string FieldCode,
    string Name,
    Deadline Deadline,
    IReadOnlyList<FeeRule> Fees,
    IReadOnlyList<RequiredDocument> Documents,
    string? CodeNote = null,
    bool? IsActive = null);

public sealed record CatalogData(IReadOnlyList<CatalogField> Fields, IReadOnlyList<CatalogProcedure> Procedures);

/// <summary>
/// The catalogue file, in the shape of procedures-sample.json. Parsing checks everything and refuses the
/// whole file on the first kind of problem, naming the procedure ("Thủ tục thứ 3 (mã 1.000656): thiếu tên thủ tục.").
/// Export adds <c>"active": false</c> to inactive procedures; the sample never has it.
/// </summary>
public static class CatalogJson
{
    public const string SampleResource = "OneStop.Data.procedures-sample.json";
    private const int MaxErrorsShown = 10;

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The demo catalogue embedded in OneStop.Core.</summary>
    public static string SampleJson()
    {
        using var stream = typeof(CatalogJson).Assembly.GetManifestResourceStream(SampleResource)
            ?? throw new InvalidOperationException($"Thiếu tài nguyên {SampleResource}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static Result<CatalogData> Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return Result<CatalogData>.Invalid("Tệp danh mục trống.");
        FileDto? file;
        try
        {
            file = JsonSerializer.Deserialize<FileDto>(json, Options);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line
                ? $" ở dòng {line + 1}, cột {(ex.BytePositionInLine ?? 0) + 1}"
                : string.Empty;
            var path = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? string.Empty : $" ({ex.Path})";
            var what = ex.Message.Contains("could not be converted", StringComparison.Ordinal)
                ? "giá trị không đúng kiểu (số, chữ, danh sách...)"
                : "sai cú pháp JSON";
            return Result<CatalogData>.Invalid($"JSON không hợp lệ{where}{path}: {what}.");
        }
        if (file is null) return Result<CatalogData>.Invalid("Tệp danh mục không có dữ liệu.");
        if (file.Procedures is null) return Result<CatalogData>.Invalid("Tệp danh mục thiếu danh sách thủ tục (\"procedures\").");

        var errors = new List<string>();
        var fields = new List<CatalogField>();
        var fieldCodes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (file.Fields?.Count ?? 0); i++)
        {
            var f = file.Fields![i];
            var code = f?.Code?.Trim().ToUpperInvariant() ?? string.Empty;
            var label = $"Lĩnh vực thứ {i + 1}" + (code.Length > 0 ? $" (mã {code})" : string.Empty);
            if (code.Length == 0) errors.Add($"{label}: thiếu mã lĩnh vực.");
            else if (code.Length > 20) errors.Add($"{label}: mã lĩnh vực dài quá 20 ký tự.");
            else if (!fieldCodes.Add(code)) errors.Add($"{label}: mã lĩnh vực bị trùng.");
            if (string.IsNullOrWhiteSpace(f?.Name)) errors.Add($"{label}: thiếu tên lĩnh vực.");
            else fields.Add(new CatalogField(code, VietnameseText.Clean(f.Name)));
        }

        var procedures = new List<CatalogProcedure>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < file.Procedures.Count; i++)
        {
            var p = file.Procedures[i];
            var code = p?.Code?.Trim() ?? string.Empty;
            var label = $"Thủ tục thứ {i + 1}" + (code.Length > 0 ? $" (mã {code})" : string.Empty);
            if (p is null)
            {
                errors.Add($"{label}: trống.");
                continue;
            }
            var local = new List<string>();
            if (code.Length > 0 && !codes.Add(code)) local.Add("mã thủ tục bị trùng trong tệp");
            var deadline = ToDeadline(p.Deadline, local);
            var fees = (p.Fees ?? []).Select(f => f is null ? new FeeRule(string.Empty) : ToFee(f)).ToList();
            var documents = new List<RequiredDocument>();
            for (var d = 0; d < (p.Documents?.Count ?? 0); d++)
            {
                var doc = p.Documents![d];
                if (doc is null || !Enum.TryParse<DocumentForm>(doc.Form?.Trim(), ignoreCase: true, out var form) || !Enum.IsDefined(form) ||
                    int.TryParse(doc.Form, out _))
                {
                    local.Add($"thành phần hồ sơ thứ {d + 1}: hình thức phải là Original, Copy, CertifiedCopy hoặc Shown");
                    continue;
                }
                if (doc.Count is null) local.Add($"thành phần hồ sơ thứ {d + 1}: thiếu số lượng");
                documents.Add(new RequiredDocument(VietnameseText.Clean(doc.Name), form, doc.Count ?? 1, doc.Optional ?? false));
            }
            local.AddRange(ProcedureRules.Check(code, p.Field, p.Name, deadline, fees, documents).Select(x => x.Problem));
            if (local.Count > 0)
            {
                errors.AddRange(local.Select(problem => $"{label}: {problem}."));
                continue;
            }
            procedures.Add(new CatalogProcedure(code, p.Field!.Trim().ToUpperInvariant(), VietnameseText.Clean(p.Name),
                deadline!, fees, documents, string.IsNullOrWhiteSpace(p.CodeNote) ? null : p.CodeNote.Trim(), p.Active));
        }

        if (errors.Count > 0)
        {
            var shown = errors.Take(MaxErrorsShown).ToList();
            if (errors.Count > MaxErrorsShown) shown.Add($"… và {errors.Count - MaxErrorsShown} lỗi khác.");
            return Result<CatalogData>.Invalid(string.Join('\n', shown));
        }
        return Result<CatalogData>.Ok(new CatalogData(fields, procedures));
    }

    public static string Write(CatalogData data)
    {
        var file = new FileDto
        {
            About = "Danh mục thủ tục hành chính xuất từ OneStop. deadline.kind: SameDay (cutoff: only a procedure's own cut-off; absent = the centre's), WorkingDays (value), WorkingHours (value).",
            Fields = data.Fields.Select<CatalogField, FieldDto?>(f => new FieldDto { Code = f.Code, Name = f.Name }).ToList(),
            Procedures = data.Procedures.Select<CatalogProcedure, ProcedureDto?>(p => new ProcedureDto
            {
                Code = p.Code,
                Field = p.FieldCode,
                Name = p.Name,
                Deadline = new DeadlineDto
                {
                    Kind = p.Deadline.Kind.ToString(),
                    Value = p.Deadline.Kind == DeadlineKind.SameDay ? null : p.Deadline.Value / 1.0000000000000000000000000000m,
                    Cutoff = p.Deadline.Kind == DeadlineKind.SameDay
                        ? p.Deadline.Cutoff?.ToString("HH:mm", CultureInfo.InvariantCulture)
                        : null,
                    Note = p.Deadline.Note,
                },
                Fees = p.Fees.Select<FeeRule, FeeDto?>(f => new FeeDto
                {
                    Name = f.Name,
                    Amount = f.Amount,
                    Unit = f.Unit,
                    AmountPerUnit = f.AmountPerUnit,
                    Tiers = f.Tiers is { Count: > 0 }
                        ? f.Tiers.Select<FeeTier, TierDto?>(t => new TierDto { FromUnit = t.FromUnit, ToUnit = t.ToUnit, AmountPerUnit = t.AmountPerUnit }).ToList()
                        : null,
                    MaxPerCopy = f.MaxPerCopy,
                    Optional = f.Optional ? true : null,
                }).ToList(),
                Documents = p.Documents.Select<RequiredDocument, DocumentDto?>(d => new DocumentDto
                {
                    Name = d.Name,
                    Form = d.Form.ToString(),
                    Count = d.Count,
                    Optional = d.Optional ? true : null,
                }).ToList(),
                CodeNote = p.CodeNote,
                Active = p.IsActive == false ? false : null,
            }).ToList(),
        };
        return JsonSerializer.Serialize(file, Options);
    }

    private static Deadline? ToDeadline(DeadlineDto? d, List<string> problems)
    {
        if (d is null)
        {
            problems.Add("thiếu thời hạn giải quyết (deadline)");
            return null;
        }
        if (!Enum.TryParse<DeadlineKind>(d.Kind?.Trim(), ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(d.Kind, out _))
        {
            problems.Add("loại thời hạn (deadline.kind) phải là SameDay, WorkingDays hoặc WorkingHours");
            return null;
        }
        var note = string.IsNullOrWhiteSpace(d.Note) ? null : VietnameseText.Clean(d.Note);
        if (kind == DeadlineKind.SameDay)
        {
            // No cut-off of its own: the centre's setting applies.
            if (string.IsNullOrWhiteSpace(d.Cutoff)) return new Deadline(kind, 0, null, note);
            if (!VnParse.TryTime(d.Cutoff, out var cutoff))
            {
                problems.Add("giờ chốt trong ngày (deadline.cutoff) phải có dạng HH:mm");
                return null;
            }
            return new Deadline(kind, 0, cutoff, note);
        }
        if (d.Value is null)
        {
            problems.Add("thiếu số ngày/giờ làm việc (deadline.value)");
            return null;
        }
        return new Deadline(kind, d.Value.Value, null, note);
    }

    private static FeeRule ToFee(FeeDto f) => new(
        VietnameseText.Clean(f.Name),
        f.Amount,
        string.IsNullOrWhiteSpace(f.Unit) ? null : VietnameseText.Clean(f.Unit),
        f.AmountPerUnit,
        f.Tiers is { Count: > 0 } ? f.Tiers.Select(t => new FeeTier(t?.FromUnit ?? 0, t?.ToUnit, t?.AmountPerUnit ?? -1)).ToList() : null,
        f.MaxPerCopy,
        f.Optional ?? false);

    // The file's shape; property order is the order written.
    private sealed class FileDto
    {
        public string? About { get; set; }
        public List<FieldDto?>? Fields { get; set; }
        public List<ProcedureDto?>? Procedures { get; set; }
    }

    private sealed class FieldDto
    {
        public string? Code { get; set; }
        public string? Name { get; set; }
    }

    private sealed class ProcedureDto
    {
        public string? Code { get; set; }
        public string? Field { get; set; }
        public string? Name { get; set; }
        public DeadlineDto? Deadline { get; set; }
        public List<FeeDto?>? Fees { get; set; }
        public List<DocumentDto?>? Documents { get; set; }
        public string? CodeNote { get; set; }
        public bool? Active { get; set; }
    }

    private sealed class DeadlineDto
    {
        public string? Kind { get; set; }
        public decimal? Value { get; set; }
        public string? Cutoff { get; set; }
        public string? Note { get; set; }
    }

    private sealed class FeeDto
    {
        public string? Name { get; set; }
        public long? Amount { get; set; }
        public string? Unit { get; set; }
        public long? AmountPerUnit { get; set; }
        public List<TierDto?>? Tiers { get; set; }
        public long? MaxPerCopy { get; set; }
        public bool? Optional { get; set; }
    }

    private sealed class TierDto
    {
        public int? FromUnit { get; set; }
        public int? ToUnit { get; set; }
        public long? AmountPerUnit { get; set; }
    }

    private sealed class DocumentDto
    {
        public string? Name { get; set; }
        public string? Form { get; set; }
        public int? Count { get; set; }
        public bool? Optional { get; set; }
    }
}
