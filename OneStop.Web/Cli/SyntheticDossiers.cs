using System.Globalization;
using Microsoft.Data.Sqlite;
using OneStop.Core.Calendar;
using OneStop.Core.Catalog;
using OneStop.Core.Centre;
using OneStop.Core.Common;
using OneStop.Core.Dossiers;

namespace OneStop.Web.Cli;

/// <summary>
/// Generates realistic dossier rows (Vietnamese names, CCCD, phones, catalogue procedures, office-hour receipts,
/// a status mix by age) and bulk-inserts them as raw rows with one prepared statement, for `bench` and `seed-demo --dossiers N`
/// at sizes the services would take hours to make. The rows have no trail and no documents; the demo a new centre sees is
/// made through the real workflow instead (<see cref="OneStop.Core.Demo.DemoDossierStories"/>).
/// </summary>
public sealed class SyntheticDossiers
{
    public sealed record ProcedureRef(int Id, string Code, string Name, string FieldCode, Deadline Deadline);

    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Lò", "Cầm", "Quàng", "Lường", "Hà", "Tòng", "Điêu", "Vì", "Mùa", "Giàng", "Đinh"];
    private static readonly string[] MiddleNames = ["Văn", "Thị", "Đức", "Minh", "Thu", "Quang", "Ngọc", "Thanh", "Hồng", "Xuân", "Anh", "Kim"];
    private static readonly string[] GivenNames = ["An", "Bình", "Cường", "Dũng", "Duyên", "Giang", "Hà", "Hải", "Hạnh", "Hiền", "Hòa", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Nhung", "Phong", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Tuấn", "Vân", "Yến", "Ánh", "Đạt", "Ước"];
    private static readonly string[] PhonePrefixes = ["091", "094", "098", "097", "086", "088", "032", "035", "039", "070", "077", "083", "085", "056", "058"];

    public static string RandomName(Random r) =>
        $"{FamilyNames[r.Next(FamilyNames.Length)]} {MiddleNames[r.Next(MiddleNames.Length)]} {GivenNames[r.Next(GivenNames.Length)]}";

    /// <summary>
    /// Inserts <paramref name="count"/> dossiers received over the <paramref name="days"/> days before <paramref name="now"/>.
    /// Dossiers not yet due are open; older ones are mostly returned, with a few refused, withdrawn or still open (overdue).
    /// </summary>
    public static async Task<int> InsertAsync(SqliteConnection connection, string agencyCode, IReadOnlyList<ProcedureRef> procedures,
        Func<DateTimeOffset, Deadline, DateTimeOffset> dueAt, int count, int days, DateTimeOffset now, int seed, string receivedBy,
        CancellationToken ct = default)
    {
        if (procedures.Count == 0) throw new DomainException("Danh mục thủ tục trống: không tạo được hồ sơ mẫu.");
        var r = new Random(seed);
        var today = VnTime.DateOf(now);

        // Continue the centre's own counters, and leave them past every generated code, so reception never collides.
        var counters = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var q = connection.CreateCommand())
        {
            q.CommandText = "SELECT Scope, Value FROM Sequences";
            await using var rd = await q.ExecuteReaderAsync(ct);
            while (await rd.ReadAsync(ct)) counters[rd.GetString(0)] = rd.GetInt64(1);
        }
        long Next(string scope) => counters[scope] = counters.GetValueOrDefault(scope) + 1;
        var cutoff = CentreSettings.DefaultSameDayCutoff;
        await using (var q = connection.CreateCommand())
        {
            q.CommandText = $"SELECT SameDayCutoff FROM CentreSettings WHERE Id = {CentreSettings.SingletonId}";
            if (await q.ExecuteScalarAsync(ct) is string text && TimeOnly.TryParse(text, CultureInfo.InvariantCulture, out var c)) cutoff = c;
        }

        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = """
            INSERT INTO Dossiers (Code, ProcedureId, ProcedureCode, ProcedureName, FieldCode, ApplicantName, ApplicantNameKey,
                ApplicantIdNumber, ApplicantPhone, Channel, ReceivedAt, ReceivedDate, DueAt, DueDate, Status, ReceivedBy,
                AssignedTo, ResultReadyAt, FinishedAt, Version, DeadlineText, ApplicantAddress, Checklist, Sets, Delivery, FeeLines,
                FeeTotal, OriginalDueAt, ReceivedByName, RegisterBook, RegisterLine, HolderRole, AssignedToName, Accepted, CurrentStep,
                SupplementCount, Apology, Outcome)
            VALUES ($code, $pid, $pcode, $pname, $field, $name, $key, $cid, $phone, $channel, $recv, $recvDate, $due, $dueDate,
                $status, $by, $assigned, $ready, $finished, 0, $dtext, $addr, '[]', 1, 'AtCounter', '[]', 0, $due, $byName, $book, $line,
                $holder, $assignedName, 1, $step, $supp, 'None', $outcome)
            """;
        string[] names = ["$code", "$pid", "$pcode", "$pname", "$field", "$name", "$key", "$cid", "$phone", "$channel", "$recv", "$recvDate", "$due", "$dueDate", "$status", "$by", "$ready", "$finished", "$dtext", "$addr", "$byName", "$book", "$line", "$assigned", "$holder", "$assignedName", "$step", "$supp", "$outcome"];
        var p = names.Select(n => cmd.Parameters.Add(new SqliteParameter(n, null))).ToArray();
        cmd.Prepare();

        for (var i = 0; i < count; i++)
        {
            var proc = procedures[WeightedIndex(r, procedures.Count)];
            var date = today.AddDays(-r.Next(0, Math.Max(1, days)));
            while (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) date = date.AddDays(-1);
            var minute = r.Next(0, WorkingCalendar.MinutesPerWorkingDay);   // inside the default sessions
            var time = minute < 240 ? new TimeOnly(7, 30).AddMinutes(minute) : new TimeOnly(13, 30).AddMinutes(minute - 240);
            var received = VnTime.At(date, time);
            if (received > now) received = now.AddMinutes(-r.Next(1, 600));
            date = VnTime.DateOf(received);
            var due = dueAt(received, proc.Deadline);
            var seq = Next($"code:{agencyCode}:{date:yyMMdd}");
            var code = $"{agencyCode}-{date:yyMMdd}-{seq:0000}";

            DossierStatus status;
            DateTimeOffset? ready = null, finished = null;
            var roll = r.NextDouble();
            if (due > now)
            {
                status = roll < 0.35 ? DossierStatus.Received : roll < 0.85 ? DossierStatus.InProgress : roll < 0.93 ? DossierStatus.SupplementRequested : DossierStatus.ResultReady;
                if (status == DossierStatus.ResultReady) ready = Between(r, received, now);
            }
            else if (roll < 0.006) status = DossierStatus.InProgress; // overdue, still open
            else if (roll < 0.016) { status = DossierStatus.Refused; finished = Between(r, received, due); }
            else if (roll < 0.022) { status = DossierStatus.Withdrawn; finished = Between(r, received, due); }
            else
            {
                status = DossierStatus.Returned;
                // Most results are ready before the appointment; about 4 % late.
                ready = r.NextDouble() < 0.96 ? Between(r, received, due) : due.AddHours(r.Next(1, 72));
                if (ready > now) ready = now;
                finished = ready.Value.AddHours(r.Next(0, 48));
                if (finished > now) finished = now;
            }

            var name = RandomName(r);
            p[0].Value = code;
            p[1].Value = proc.Id;
            p[2].Value = proc.Code;
            p[3].Value = proc.Name;
            p[4].Value = proc.FieldCode;
            p[5].Value = name;
            p[6].Value = VietnameseText.Fold(name);
            p[7].Value = $"014{r.Next(0, 4) switch { 0 => 0, 1 => 1, 2 => 2, _ => 3 }}{r.Next(60, 100):00}{r.Next(0, 1_000_000):000000}";
            p[8].Value = $"{PhonePrefixes[r.Next(PhonePrefixes.Length)]}{r.Next(0, 10_000_000):0000000}";
            p[9].Value = (r.NextDouble() < 0.15 ? ReceptionChannel.Online : ReceptionChannel.Direct).ToString();
            p[10].Value = received.ToUnixTimeMilliseconds();
            p[11].Value = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            p[12].Value = due.ToUnixTimeMilliseconds();
            p[13].Value = VnTime.DateOf(due).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            p[14].Value = status.ToString();
            p[15].Value = receivedBy;
            p[16].Value = ready is { } rr ? rr.ToUnixTimeMilliseconds() : DBNull.Value;
            p[17].Value = finished is { } ff ? ff.ToUnixTimeMilliseconds() : DBNull.Value;
            p[18].Value = proc.Deadline.Describe(cutoff);
            p[19].Value = $"Tổ {r.Next(1, 30)}, phường Chiềng Lề, tỉnh Sơn La";
            p[20].Value = receivedBy;
            p[21].Value = $"{proc.FieldCode}/{date.Year}";
            p[22].Value = Next($"register:{proc.FieldCode}:{date.Year}");
            var (holder, assigned, step) = status switch
            {
                DossierStatus.InProgress => ((string?)OneStop.Core.Accounts.Roles.Specialist, (string?)"chuyenvien", 1),
                DossierStatus.Received or DossierStatus.ResultReady => (OneStop.Core.Accounts.Roles.CounterOfficer, receivedBy, status == DossierStatus.Received ? 0 : 3),
                DossierStatus.SupplementRequested => (OneStop.Core.Accounts.Roles.Specialist, "chuyenvien", 1),
                _ => (null, null, 3),
            };
            p[23].Value = (object?)assigned ?? DBNull.Value;
            p[24].Value = (object?)holder ?? DBNull.Value;
            p[25].Value = assigned is null ? DBNull.Value : assigned == receivedBy ? "Lò Thị Hương" : "Cầm Văn Đức";
            p[26].Value = step;
            p[27].Value = status == DossierStatus.SupplementRequested ? 1 : 0;
            p[28].Value = ready is { } rdy ? OneStop.Core.Calendar.WorkingCalendar.Outcome(rdy, due).ToString() : DBNull.Value;
            await cmd.ExecuteNonQueryAsync(ct);
        }
        await using (var up = connection.CreateCommand())
        {
            up.Transaction = tx;
            up.CommandText = "INSERT INTO Sequences (Scope, Value) VALUES ($s, $v) ON CONFLICT(Scope) DO UPDATE SET Value = max(Value, excluded.Value)";
            var ps = up.Parameters.Add("$s", SqliteType.Text);
            var pv = up.Parameters.Add("$v", SqliteType.Integer);
            foreach (var (scope, value) in counters)
            {
                ps.Value = scope;
                pv.Value = value;
                await up.ExecuteNonQueryAsync(ct);
            }
        }
        await tx.CommitAsync(ct);
        return count;
    }

    // A few procedures (copies, certifications) make up most of a ward's day.
    private static int WeightedIndex(Random r, int n) => Math.Min(n - 1, (int)(n * Math.Pow(r.NextDouble(), 1.8)));

    private static DateTimeOffset Between(Random r, DateTimeOffset a, DateTimeOffset b) =>
        b <= a ? a : a.AddMilliseconds(r.NextDouble() * (b - a).TotalMilliseconds);
}
