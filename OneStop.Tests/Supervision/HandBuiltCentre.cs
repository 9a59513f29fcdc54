using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OneStop.Core.Calendar;
using OneStop.Core.Catalog;
using OneStop.Core.Common;
using OneStop.Core.Dossiers;
using OneStop.Core.Payments;
using OneStop.Core.Persistence;
using OneStop.Tests.TestSupport;

namespace OneStop.Tests.Supervision;

/// <summary>
/// A centre whose dossiers a test writes row by row, with exactly the instants and statuses it needs (the workflow
/// would take weeks of clock to make a late, apologised or restarted dossier). Two fields: hộ tịch and chứng thực.
/// </summary>
internal sealed class HandBuiltCentre : IDisposable
{
    private int sequence;
    private SqliteConnection Connection => (SqliteConnection)context.Database.GetDbConnection();
    private readonly OneStopDbContext context;

    private HandBuiltCentre(SqliteTestDatabase db, OneStopDbContext context, Procedure a, Procedure b)
    {
        Db = db;
        this.context = context;
        FieldA = a;
        FieldB = b;
    }

    public SqliteTestDatabase Db { get; }
    public Procedure FieldA { get; }
    public Procedure FieldB { get; }

    public static async Task<HandBuiltCentre> CreateAsync()
    {
        var db = new SqliteTestDatabase();
        await new CatalogService(db).SeedDemoAsync();
        var ctx = db.CreateDbContext();
        var procs = await ctx.Procedures.AsNoTracking().OrderBy(p => p.Id).ToListAsync();
        var a = procs.First();
        var b = procs.First(p => p.FieldCode != a.FieldCode);
        await ctx.Database.OpenConnectionAsync();
        return new HandBuiltCentre(db, ctx, a, b);
    }

    /// <summary>A Viet Nam wall-clock instant.</summary>
    public static DateTimeOffset Vn(int month, int day, int hour = 9, int minute = 0, int year = 2026) => new(year, month, day, hour, minute, 0, VnTime.Offset);

    public static ChecklistItem Paper(string name, bool provided = true) => new(name, DocumentForm.Original, 1, provided);

    /// <summary>Inserts one dossier. <paramref name="due"/> is the appointment in force; <paramref name="originalDue"/> the one statistics use (defaults to it).</summary>
    public async Task<long> AddAsync(DateTimeOffset received, DateTimeOffset due, DossierStatus status, DateTimeOffset? ready = null,
        DateTimeOffset? finished = null, ReceptionChannel channel = ReceptionChannel.Direct, bool fieldB = false,
        DateTimeOffset? originalDue = null, IReadOnlyList<ChecklistItem>? checklist = null, int supplements = 0, bool apology = false)
    {
        var p = fieldB ? FieldB : FieldA;
        var code = $"H48.26.10-{VnTime.DateOf(received):yyMMdd}-{++sequence:0000}";
        var statsDue = originalDue ?? due;
        await using var cmd = Connection.CreateCommand();
        cmd.CommandText = """
            INSERT INTO Dossiers (Code, ProcedureId, ProcedureCode, ProcedureName, FieldCode, ApplicantName, ApplicantNameKey,
                Channel, ReceivedAt, ReceivedDate, DueAt, DueDate, Status, ReceivedBy, ResultReadyAt, FinishedAt, Version, DeadlineText,
                Checklist, Sets, Delivery, FeeLines, FeeTotal, OriginalDueAt, ReceivedByName, RegisterBook, RegisterLine, Accepted,
                CurrentStep, SupplementCount, Apology, Outcome)
            VALUES ($code, $pid, $pcode, $pname, $field, 'Lò Văn An', 'lo van an', $channel, $recv, $recvDate, $due, $dueDate, $status,
                'tiepnhan', $ready, $finished, 0, '03 ngày làm việc', $checklist, 1, 'AtCounter', '[]', 0, $orig, 'Lò Thị Hương',
                $book, $line, 1, 0, $supp, $apology, $outcome);
            SELECT last_insert_rowid();
            """;
        cmd.Parameters.AddWithValue("$code", code);
        cmd.Parameters.AddWithValue("$pid", p.Id);
        cmd.Parameters.AddWithValue("$pcode", p.Code);
        cmd.Parameters.AddWithValue("$pname", p.Name);
        cmd.Parameters.AddWithValue("$field", p.FieldCode);
        cmd.Parameters.AddWithValue("$channel", channel.ToString());
        cmd.Parameters.AddWithValue("$recv", received.ToUnixTimeMilliseconds());
        cmd.Parameters.AddWithValue("$recvDate", VnTime.DateOf(received).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        cmd.Parameters.AddWithValue("$due", due.ToUnixTimeMilliseconds());
        cmd.Parameters.AddWithValue("$dueDate", VnTime.DateOf(due).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        cmd.Parameters.AddWithValue("$status", status.ToString());
        cmd.Parameters.AddWithValue("$ready", ready is { } r ? r.ToUnixTimeMilliseconds() : DBNull.Value);
        cmd.Parameters.AddWithValue("$finished", (finished ?? (status == DossierStatus.Returned ? ready : null)) is { } f ? f.ToUnixTimeMilliseconds() : DBNull.Value);
        cmd.Parameters.AddWithValue("$checklist", JsonSerializer.Serialize(checklist ?? [], Json.Options));
        cmd.Parameters.AddWithValue("$orig", statsDue.ToUnixTimeMilliseconds());
        cmd.Parameters.AddWithValue("$book", $"{p.FieldCode}/2026");
        cmd.Parameters.AddWithValue("$line", sequence);
        cmd.Parameters.AddWithValue("$supp", supplements);
        cmd.Parameters.AddWithValue("$apology", (apology ? ApologyState.Approved : ApologyState.None).ToString());
        cmd.Parameters.AddWithValue("$outcome", ready is { } rr ? WorkingCalendar.Outcome(rr, statsDue).ToString() : DBNull.Value);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    /// <summary>A scan of checklist item <paramref name="itemIndex"/>, or of the result when null.</summary>
    public async Task ScanAsync(long dossierId, int? itemIndex)
    {
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(dossierId * 100 + (itemIndex ?? 99))));
        await using var cmd = Connection.CreateCommand();
        cmd.CommandText = """
            INSERT OR IGNORE INTO ScanFiles (Hash, Size, ContentType, Pages, StoredAt) VALUES ($h, 10, 'application/pdf', 1, 0);
            INSERT INTO Attachments (DossierId, ItemIndex, ItemName, IsResult, FileHash, FileName, Size, ContentType, Pages, AttachedBy, AttachedByName, AttachedAt)
            VALUES ($d, $i, 'Giấy tờ', $r, $h, 'scan.pdf', 10, 'application/pdf', 1, 'tiepnhan', 'Lò Thị Hương', 0);
            """;
        cmd.Parameters.AddWithValue("$h", hash);
        cmd.Parameters.AddWithValue("$d", dossierId);
        cmd.Parameters.AddWithValue("$i", (object?)itemIndex ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$r", itemIndex is null);
        await cmd.ExecuteNonQueryAsync();
    }

    public async Task PayAsync(long dossierId, PaymentMethod method, DateTimeOffset at)
    {
        await using var cmd = Connection.CreateCommand();
        cmd.CommandText = """
            INSERT INTO Payments (DossierId, DossierCode, Method, Amount, ByUser, ByName, At)
            VALUES ($d, (SELECT Code FROM Dossiers WHERE Id = $d), $m, 8000, 'tiepnhan', 'Lò Thị Hương', $at)
            """;
        cmd.Parameters.AddWithValue("$d", dossierId);
        cmd.Parameters.AddWithValue("$m", method.ToString());
        cmd.Parameters.AddWithValue("$at", at.ToUnixTimeMilliseconds());
        await cmd.ExecuteNonQueryAsync();
    }

    /// <summary>A trail event (outside the hash chain's checks: only the performance figures read these rows).</summary>
    public async Task EventAsync(long dossierId, string kind, string actor, string actorName, DateTimeOffset at)
    {
        await using var cmd = Connection.CreateCommand();
        cmd.CommandText = """
            INSERT INTO DossierEvents (DossierId, DossierCode, At, Actor, ActorName, ActorRole, Kind, PreviousHash, Hash)
            VALUES ($d, (SELECT Code FROM Dossiers WHERE Id = $d), $at, $a, $n, 'Specialist', $k, '', lower(hex(randomblob(32))))
            """;
        cmd.Parameters.AddWithValue("$d", dossierId);
        cmd.Parameters.AddWithValue("$at", at.ToUnixTimeMilliseconds());
        cmd.Parameters.AddWithValue("$a", actor);
        cmd.Parameters.AddWithValue("$n", actorName);
        cmd.Parameters.AddWithValue("$k", kind);
        await cmd.ExecuteNonQueryAsync();
    }

    /// <summary>Gives the dossier to <paramref name="user"/> (open dossiers an officer holds).</summary>
    public async Task AssignAsync(long dossierId, string user, string name)
    {
        await using var cmd = Connection.CreateCommand();
        cmd.CommandText = "UPDATE Dossiers SET AssignedTo = $u, AssignedToName = $n WHERE Id = $d";
        cmd.Parameters.AddWithValue("$d", dossierId);
        cmd.Parameters.AddWithValue("$u", user);
        cmd.Parameters.AddWithValue("$n", name);
        await cmd.ExecuteNonQueryAsync();
    }

    public void Dispose()
    {
        context.Dispose();
        Db.Dispose();
    }
}
