using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OneStop.Core.Centre;
using OneStop.Core.Common;
using OneStop.Core.Persistence;

namespace OneStop.Core.Catalog;

/// <summary>What an import changed.</summary>
public sealed record CatalogImportSummary(int FieldsAdded, int FieldsUpdated, int ProceduresAdded, int ProceduresUpdated)
{
    public string Describe() =>
        $"Đã nhập danh mục: thêm {ProceduresAdded} thủ tục, cập nhật {ProceduresUpdated} thủ tục; thêm {FieldsAdded} lĩnh vực, cập nhật {FieldsUpdated} lĩnh vực.";
}

/// <summary>A row of the procedure picker and the catalogue list.</summary>
public sealed record ProcedurePage(IReadOnlyList<ProcedureSummary> Rows, int Total);

public sealed record ProcedureSummary(int Id, string Code, string FieldCode, string Name, string DeadlineText, bool IsActive, int UseCount);

/// <summary>The edit form's content. Id null = a new procedure; Version is the one the form was loaded with.</summary>
public sealed record ProcedureDraft(
    int? Id,
    string Code,
    string FieldCode,
    string Name,
    Deadline Deadline,
    IReadOnlyList<FeeRule> Fees,
    IReadOnlyList<RequiredDocument> Documents,
    string? CodeNote = null,
    bool IsActive = true,
    int? Version = null)
{
    public static ProcedureDraft From(Procedure p) =>
        new(p.Id, p.Code, p.FieldCode, p.Name, p.Deadline, p.Fees, p.Documents, p.CodeNote, p.IsActive, p.Version);
}

/// <summary>The procedure catalogue: import/export, search at the counter, editing. One DbContext per operation.</summary>
public sealed class CatalogService(IDbContextFactory<OneStopDbContext> dbFactory)
{
    private static readonly StringComparer NameOrder = StringComparer.Create(VnTime.Culture, CompareOptions.IgnoreCase);

    /// <summary>Imports a catalogue file in one transaction: upsert by code, fields included. A bad file changes nothing.</summary>
    public async Task<Result<CatalogImportSummary>> ImportAsync(Stream json, CancellationToken ct = default)
    {
        using var reader = new StreamReader(json);
        return await ImportAsync(await reader.ReadToEndAsync(ct), ct);
    }

    /// <inheritdoc cref="ImportAsync(Stream, CancellationToken)"/>
    public async Task<Result<CatalogImportSummary>> ImportAsync(string json, CancellationToken ct = default)
    {
        var parsed = CatalogJson.Parse(json);
        if (!parsed.IsSuccess) return Result<CatalogImportSummary>.Invalid(parsed.Error!);
        var data = parsed.Value!;

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var fields = await db.ProcedureFields.ToDictionaryAsync(f => f.Code, StringComparer.Ordinal, ct);
        var missing = data.Procedures
            .Where(p => !fields.ContainsKey(p.FieldCode) && !data.Fields.Any(f => f.Code == p.FieldCode))
            .Select(p => $"Thủ tục mã {p.Code}: lĩnh vực {p.FieldCode} không có trong tệp và trong danh mục.")
            .ToList();
        if (missing.Count > 0) return Result<CatalogImportSummary>.Invalid(string.Join('\n', missing.Take(10)));

        int fieldsAdded = 0, fieldsUpdated = 0;
        foreach (var f in data.Fields)
        {
            if (fields.TryGetValue(f.Code, out var existing))
            {
                if (existing.Name != f.Name)
                {
                    existing.Rename(f.Name);
                    fieldsUpdated++;
                }
            }
            else
            {
                db.ProcedureFields.Add(new ProcedureField(f.Code, f.Name));
                fieldsAdded++;
            }
        }

        await db.SaveChangesAsync(ct);
        var (added, updated) = await WriteProceduresAsync(db, data.Procedures, ct);
        await tx.CommitAsync(ct);
        return Result<CatalogImportSummary>.Ok(new CatalogImportSummary(fieldsAdded, fieldsUpdated, added, updated));
    }

    /// <summary>
    /// The procedures of an import, upserted by code with one prepared INSERT and one prepared UPDATE inside the import's
    /// transaction (the catalogue's SQLite seam). Through EF's change tracker, 12 000 procedures with three JSON columns
    /// (each snapshotted and compared by serialising) took most of a minute; this takes about a second. The values come
    /// from <see cref="Procedure"/>'s own constructor, so they are cleaned and folded exactly as an edit would store them.
    /// </summary>
    private static async Task<(int Added, int Updated)> WriteProceduresAsync(OneStopDbContext db, IReadOnlyList<CatalogProcedure> procedures,
        CancellationToken ct)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var transaction = (SqliteTransaction)db.Database.CurrentTransaction!.GetDbTransaction();
        var existing = new Dictionary<string, (int Id, bool IsActive)>(StringComparer.Ordinal);
        await using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT Id, Code, IsActive FROM Procedures";
            await using var r = await read.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) existing[r.GetString(1)] = (r.GetInt32(0), r.GetBoolean(2));
        }

        const string Columns = "FieldCode, Name, DeadlineKind, DeadlineValue, DeadlineCutoff, DeadlineNote, Fees, Documents, CodeNote, IsActive, SearchKey";
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO Procedures (Code, {Columns}, UseCount, Steps, Version) VALUES ($code, $field, $name, $kind, $value, $cutoff, $note, $fees, $documents, $codeNote, $active, $key, 0, $steps, $version)";
        await using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = "UPDATE Procedures SET FieldCode = $field, Name = $name, DeadlineKind = $kind, DeadlineValue = $value, DeadlineCutoff = $cutoff, "
            + "DeadlineNote = $note, Fees = $fees, Documents = $documents, CodeNote = $codeNote, IsActive = $active, SearchKey = $key, Version = Version + 1 WHERE Id = $id";
        foreach (var name in new[] { "$field", "$name", "$kind", "$value", "$cutoff", "$note", "$fees", "$documents", "$codeNote", "$active", "$key" })
        {
            insert.Parameters.Add(new SqliteParameter(name, null));
            update.Parameters.Add(new SqliteParameter(name, null));
        }
        insert.Parameters.Add(new SqliteParameter("$code", null));
        insert.Parameters.Add(new SqliteParameter("$steps", null));
        insert.Parameters.Add(new SqliteParameter("$version", null));
        update.Parameters.Add(new SqliteParameter("$id", null));

        int added = 0, updated = 0;
        foreach (var p in procedures)
        {
            var found = existing.TryGetValue(p.Code, out var row);
            var v = new Procedure(p.Code, p.FieldCode, p.Name, p.Deadline, p.Fees, p.Documents, p.CodeNote);
            var isActive = p.IsActive ?? (!found || row.IsActive);
            if (!isActive) v.SetActive(false);
            var command = found ? update : insert;
            command.Parameters["$field"].Value = v.FieldCode;
            command.Parameters["$name"].Value = v.Name;
            command.Parameters["$kind"].Value = v.Deadline.Kind.ToString();
            command.Parameters["$value"].Value = (double)v.Deadline.Value;
            command.Parameters["$cutoff"].Value = v.Deadline.Cutoff is { } cutoff ? cutoff : DBNull.Value;
            command.Parameters["$note"].Value = (object?)v.Deadline.Note ?? DBNull.Value;
            command.Parameters["$fees"].Value = JsonSerializer.Serialize(v.Fees, Json.Options);
            command.Parameters["$documents"].Value = JsonSerializer.Serialize(v.Documents, Json.Options);
            command.Parameters["$codeNote"].Value = (object?)v.CodeNote ?? DBNull.Value;
            command.Parameters["$active"].Value = v.IsActive;
            command.Parameters["$key"].Value = v.SearchKey;
            if (found)
            {
                command.Parameters["$id"].Value = row.Id;
                updated++;
            }
            else
            {
                command.Parameters["$code"].Value = v.Code;
                command.Parameters["$steps"].Value = JsonSerializer.Serialize(v.Steps, Json.Options);
                command.Parameters["$version"].Value = v.Version;
                added++;
            }
            await command.ExecuteNonQueryAsync(ct);
        }
        return (added, updated);
    }

    /// <summary>The whole catalogue (inactive procedures too, marked "active": false) in the shape of procedures-sample.json.</summary>
    public async Task<string> ExportAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var fields = await db.ProcedureFields.AsNoTracking().ToListAsync(ct);
        var procedures = await db.Procedures.AsNoTracking().ToListAsync(ct);
        // Fields in the order procedures first use them (the sample's order), then unused ones by code.
        var firstUse = procedures.OrderBy(p => p.Id).Select(p => p.FieldCode).Distinct().ToList();
        var data = new CatalogData(
            fields.OrderBy(f => firstUse.IndexOf(f.Code) is var i and >= 0 ? i : int.MaxValue)
                .ThenBy(f => f.Code, StringComparer.Ordinal)
                .Select(f => new CatalogField(f.Code, f.Name)).ToList(),
            procedures.OrderBy(p => p.Id).Select(p => new CatalogProcedure(p.Code, p.FieldCode, p.Name, p.Deadline, p.Fees,
                p.Documents, p.CodeNote, p.IsActive ? null : false)).ToList());
        return CatalogJson.Write(data);
    }

    /// <summary>
    /// Procedures matching every word of the query, with or without diacritics, by name or code
    /// ("chung thuc", "2.000815"); most used first, then by name. An empty query lists all.
    /// </summary>
    public async Task<IReadOnlyList<ProcedureSummary>> SearchAsync(string? query, bool includeInactive = false,
        string? fieldCode = null, CancellationToken ct = default) =>
        (await SearchPageAsync(query, includeInactive, fieldCode, 0, int.MaxValue, ct)).Rows;

    /// <summary>
    /// One page of <see cref="SearchAsync"/> and the number of matches: the catalogue page shows 12 000 imported
    /// procedures 50 at a time, and describes (deadline text) only the rows it shows.
    /// </summary>
    public async Task<ProcedurePage> SearchPageAsync(string? query, bool includeInactive, string? fieldCode, int skip, int take,
        CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var q = db.Procedures.AsNoTracking();
        if (!includeInactive) q = q.Where(p => p.IsActive);
        if (!string.IsNullOrWhiteSpace(fieldCode))
        {
            var field = fieldCode.Trim().ToUpperInvariant();
            q = q.Where(p => p.FieldCode == field);
        }
        var centreCutoff = await db.CentreSettings.AsNoTracking().Where(s => s.Id == CentreSettings.SingletonId)
            .Select(s => (TimeOnly?)s.SameDayCutoff).FirstOrDefaultAsync(ct) ?? CentreSettings.DefaultSameDayCutoff;
        // Every word of the folded query must occur in the folded code + name (instr in SQLite): only matches are read,
        // ordered in memory by the Vietnamese collation, and only the page is described.
        foreach (var word in VietnameseText.Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            q = q.Where(p => p.SearchKey.Contains(word));
        var rows = await q.Select(p => new SearchRow(p.Id, p.Code, p.FieldCode, p.Name, p.SearchKey, p.IsActive, p.UseCount,
            p.Deadline.Kind, p.Deadline.Value, p.Deadline.Cutoff)).ToListAsync(ct);
        var matches = rows;
        var page = matches
            .OrderByDescending(r => r.UseCount)
            .ThenBy(r => r.Name, NameOrder)
            .Skip(Math.Max(0, skip)).Take(Math.Max(0, take))
            .Select(r => new ProcedureSummary(r.Id, r.Code, r.FieldCode, r.Name,
                new Deadline(r.Kind, r.Value, r.Cutoff).Describe(centreCutoff), r.IsActive, r.UseCount))
            .ToList();
        return new ProcedurePage(page, matches.Count);
    }

    private sealed record SearchRow(int Id, string Code, string FieldCode, string Name, string SearchKey, bool IsActive, int UseCount,
        DeadlineKind Kind, decimal Value, TimeOnly? Cutoff);

    public async Task<Procedure?> GetAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Procedures.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
    }

    public async Task<Procedure?> GetByCodeAsync(string code, CancellationToken ct = default)
    {
        var c = code.Trim();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Procedures.AsNoTracking().FirstOrDefaultAsync(p => p.Code == c, ct);
    }

    public async Task<IReadOnlyList<ProcedureField>> GetFieldsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.ProcedureFields.AsNoTracking().OrderBy(f => f.Code).ToListAsync(ct);
    }

    /// <summary>Adds a field or renames an existing one.</summary>
    public async Task<Result> SaveFieldAsync(string code, string name, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string>();
        var c = code?.Trim().ToUpperInvariant() ?? string.Empty;
        if (c.Length == 0) errors["Code"] = "Thiếu mã lĩnh vực.";
        else if (c.Length > 20) errors["Code"] = "Mã lĩnh vực dài quá 20 ký tự.";
        if (string.IsNullOrWhiteSpace(name)) errors["Name"] = "Thiếu tên lĩnh vực.";
        if (errors.Count > 0) return Result.Invalid(errors);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var existing = await db.ProcedureFields.FirstOrDefaultAsync(f => f.Code == c, ct);
        if (existing is null) db.ProcedureFields.Add(new ProcedureField(c, name));
        else existing.Rename(name);
        await db.SaveChangesAsync(ct);
        return Result.Ok();
    }

    /// <summary>
    /// Saves the edit form: validates (FieldErrors keyed Code, FieldCode, Name, Deadline, Fees[i], Documents[i]),
    /// refuses a duplicate code, an unknown field, or a procedure someone else saved since the form was loaded.
    /// </summary>
    public async Task<Result<Procedure>> SaveAsync(ProcedureDraft draft, CancellationToken ct = default)
    {
        var errors = ProcedureRules.Check(draft.Code, draft.FieldCode, draft.Name, draft.Deadline, draft.Fees, draft.Documents)
            .GroupBy(p => p.Key)
            .ToDictionary(g => g.Key, g => string.Join(' ', g.Select(p => p.Sentence)));
        if (errors.Count > 0) return Result<Procedure>.Invalid(errors);

        var code = draft.Code.Trim();
        var fieldCode = draft.FieldCode.Trim().ToUpperInvariant();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.ProcedureFields.AnyAsync(f => f.Code == fieldCode, ct))
            return Result<Procedure>.Invalid(new Dictionary<string, string> { ["FieldCode"] = $"Lĩnh vực {fieldCode} không có trong danh mục." });
        if (await db.Procedures.AnyAsync(p => p.Code == code && p.Id != (draft.Id ?? 0), ct))
            return Result<Procedure>.Invalid(new Dictionary<string, string> { ["Code"] = $"Mã thủ tục {code} đã có trong danh mục." });

        // A fresh record instance: EF owns the deadline per procedure, so it must not be shared with another entity.
        var deadline = draft.Deadline with { };
        Procedure procedure;
        if (draft.Id is { } id)
        {
            var existing = await db.Procedures.FirstOrDefaultAsync(p => p.Id == id, ct);
            if (existing is null) return Result<Procedure>.Invalid("Không tìm thấy thủ tục (có thể đã bị xóa).");
            if (draft.Version is { } version)
            {
                if (version != existing.Version) return Result<Procedure>.Invalid(ConflictMessage);
                db.Entry(existing).Property(p => p.Version).OriginalValue = version;
            }
            if (existing.Code != code) existing.Recode(code);
            existing.Update(fieldCode, draft.Name, deadline, draft.Fees, draft.Documents, draft.CodeNote, draft.IsActive);
            procedure = existing;
        }
        else
        {
            procedure = new Procedure(code, fieldCode, draft.Name, deadline, draft.Fees, draft.Documents, draft.CodeNote);
            procedure.SetActive(draft.IsActive);
            db.Procedures.Add(procedure);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<Procedure>.Invalid(ConflictMessage);
        }
        return Result<Procedure>.Ok(procedure);
    }

    private const string ConflictMessage = "Thủ tục vừa được người khác sửa. Vui lòng tải lại rồi sửa lại.";

    /// <summary>Hides a procedure from the counter's picker (or shows it again); dossiers keep their copy of its name.</summary>
    public async Task<Result> SetActiveAsync(int id, bool isActive, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var p = await db.Procedures.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (p is null) return Result.Invalid("Không tìm thấy thủ tục.");
        p.SetActive(isActive);
        await db.SaveChangesAsync(ct);
        return Result.Ok();
    }

    /// <summary>Imports the embedded demo catalogue when there is no procedure yet. True when it seeded.</summary>
    public async Task<bool> SeedDemoAsync(CancellationToken ct = default)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (await db.Procedures.AnyAsync(ct)) return false;
        }
        var result = await ImportAsync(CatalogJson.SampleJson(), ct);
        if (!result.IsSuccess) throw new InvalidOperationException("Danh mục mẫu không hợp lệ: " + result.Error);
        return true;
    }

    /// <summary>Saves a procedure's processing steps (empty = the default counter → specialist → leader → counter).</summary>
    public async Task<Result> SaveStepsAsync(int procedureId, IReadOnlyList<StepTemplate> steps, CancellationToken ct = default)
    {
        if (steps.Count > 0)
        {
            var errors = StepTemplateRules.Check(steps);
            if (errors.Count > 0) return Result.Invalid(errors);
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var p = await db.Procedures.FirstOrDefaultAsync(x => x.Id == procedureId, ct);
        if (p is null) return Result.Invalid("Không tìm thấy thủ tục.");
        p.SetSteps(steps);
        await db.SaveChangesAsync(ct);
        return Result.Ok();
    }
}
