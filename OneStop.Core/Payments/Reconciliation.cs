using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OneStop.Core.Centre;
using OneStop.Core.Common;
using OneStop.Core.Dossiers;
using OneStop.Core.Persistence;

namespace OneStop.Core.Payments;

public enum LineOutcome
{
    /// <summary>Code and amount match an unpaid dossier: ready for the officer to confirm.</summary>
    Matched,
    AmountMismatch,
    /// <summary>No dossier code in the description, or a code no dossier has.</summary>
    Unmatched,
    /// <summary>The same bank reference or dossier earlier in the file, or a reference already recorded, or a dossier already settled.</summary>
    Duplicate,
    /// <summary>A debit or a zero line: not a fee.</summary>
    NotCredit,
}

public sealed record ReconciledLine(StatementLine Line, LineOutcome Outcome, long? DossierId, string? DossierCode, long? Expected, string Why);

public sealed record UnpaidDossier(long Id, string Code, string ApplicantName, long Fee, DateTimeOffset ReceivedAt);

/// <summary>What a statement would do: every line with its outcome, and the fee-bearing dossiers still unpaid after it.</summary>
/// <param name="PreviousImport">When this very file was confirmed before: nothing will be paid again.</param>
public sealed record ReconciliationReport(string FileHash, string FileName, IReadOnlyList<ReconciledLine> Lines,
    IReadOnlyList<UnpaidDossier> Unpaid, int UnpaidTotal, string? PreviousImport)
{
    public IEnumerable<ReconciledLine> With(LineOutcome o) => Lines.Where(l => l.Outcome == o);
}

/// <summary>Finds dossier codes in free-text transfer descriptions.</summary>
public static class DossierCodeFinder
{
    /// <summary>Upper case, letters and digits only: "mbvcb.123.H48.26.10-261125-0007 ct" → "MBVCB123H4826102611250007CT".</summary>
    public static string Normalise(string? text)
    {
        var folded = VietnameseText.Fold(text);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(char.ToUpperInvariant(c));
        return sb.ToString();
    }

    /// <summary>
    /// Codes of <paramref name="agency"/> the description may carry, longest sequence first (the bank may glue the next
    /// digits onto the code once spaces and punctuation are gone: "…-0007 12" reads "000712"). Case, spaces, dots, dashes and
    /// any bank prefix before the code are ignored.
    /// </summary>
    public static IReadOnlyList<string> Candidates(string description, string agency)
    {
        var text = Normalise(description);
        var prefix = Normalise(agency);
        var found = new List<string>();
        if (prefix.Length == 0) return found;
        var at = text.IndexOf(prefix, StringComparison.Ordinal);
        while (at >= 0)
        {
            var i = at + prefix.Length;
            var digits = 0;
            while (i + digits < text.Length && char.IsAsciiDigit(text[i + digits])) digits++;
            if (digits >= 6 + 4)
            {
                var date = text.Substring(i, 6);
                for (var len = Math.Min(digits - 6, 8); len >= 4; len--)
                    found.Add($"{agency}-{date}-{text.Substring(i + 6, len)}");
            }
            at = text.IndexOf(prefix, at + 1, StringComparison.Ordinal);
        }
        return found;
    }
}

/// <summary>
/// Bank statement reconciliation: preview what a statement matches, then the officer confirms the matched lines, which are
/// recorded as transfers in one transaction. The same file twice is refused (its hash is kept), and a bank reference already
/// recorded never pays again.
/// </summary>
public sealed class ReconciliationService(IDbContextFactory<OneStopDbContext> factory, CentreService centre, TimeProvider clock)
{
    public const int UnpaidListLimit = 200;

    public async Task<Result<ReconciliationReport>> PreviewAsync(byte[] file, string fileName, Officer by, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (DossierPermissions.CanReconcile(by) is { Allowed: false } no) return Result<ReconciliationReport>.Invalid(no.Reason!);
        var parsed = BankStatementCsv.Parse(file);
        if (!parsed.IsSuccess) return Result<ReconciliationReport>.Invalid(parsed.Error!);
        await using var db = await factory.CreateDbContextAsync(ct);
        var report = await MatchAsync(db, parsed.Value!, BankStatementCsv.Hash(file), fileName, (await centre.GetAsync(ct)).AgencyCode, ct);
        return Result<ReconciliationReport>.Ok(report);
    }

    /// <summary>
    /// Records the chosen matched lines as transfers. Matching runs again inside the write transaction, so a dossier paid at
    /// the counter since the preview is skipped, not paid twice. Returns how many dossiers were marked paid.
    /// </summary>
    public async Task<Result<int>> ConfirmAsync(byte[] file, string fileName, IReadOnlySet<int> lines, Officer by, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentNullException.ThrowIfNull(lines);
        if (DossierPermissions.CanReconcile(by) is { Allowed: false } no) return Result<int>.Invalid(no.Reason!);
        var parsed = BankStatementCsv.Parse(file);
        if (!parsed.IsSuccess) return Result<int>.Invalid(parsed.Error!);
        var hash = BankStatementCsv.Hash(file);
        var now = VnTime.Now(clock);
        var agency = (await centre.GetAsync(ct)).AgencyCode;
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var report = await MatchAsync(db, parsed.Value!, hash, fileName, agency, ct);
        if (report.PreviousImport is { } previous) return Result<int>.Invalid(previous);
        var chosen = report.With(LineOutcome.Matched).Where(l => lines.Contains(l.Line.Line)).ToList();
        if (chosen.Count == 0) return Result<int>.Invalid("Không có dòng khớp nào được chọn để ghi nhận.");

        var import = StatementImport.Create(hash, Cut(fileName, StatementImport.FileNameMaxLength), parsed.Value!.Count, chosen.Count, by.UserName, by.FullName, now);
        db.StatementImports.Add(import);
        await db.SaveChangesAsync(ct);
        var ids = chosen.Select(c => c.DossierId!.Value).ToList();
        var dossiers = await db.Dossiers.Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        foreach (var line in chosen)
        {
            var d = dossiers[line.DossierId!.Value];
            if (DossierPermissions.Check(DossierAction.Reconcile, d, by) is { Allowed: false } refused)
                return Result<int>.Invalid($"Dòng {line.Line.Line} ({d.Code}): {refused.Reason}");
            await PaymentService.AddPaymentAsync(db, d, PaymentMethod.Transfer, line.Line.Reference, by, now, import.Id, line.Line.Line, ct);
        }
        try
        {
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Result<int>.Invalid("Có hồ sơ hoặc mã giao dịch vừa được ghi nhận ở nơi khác. Tải lại sao kê và đối soát lại.");
        }
        return Result<int>.Ok(chosen.Count);
    }

    private sealed record Candidate(long Id, string Code, long Fee, string? Exempt, DossierStatus Status);

    internal static async Task<ReconciliationReport> MatchAsync(OneStopDbContext db, IReadOnlyList<StatementLine> lines, string hash, string fileName,
        string agency, CancellationToken ct)
    {
        var previous = await db.StatementImports.AsNoTracking().FirstOrDefaultAsync(s => s.FileHash == hash, ct);
        var candidates = lines.Select(l => DossierCodeFinder.Candidates(l.Description, agency)).ToList();
        var codes = candidates.SelectMany(c => c).Distinct(StringComparer.Ordinal).ToList();
        // Two queries, each list as one JSON parameter walked index-first (ReconciliationLookup): the candidate dossiers with
        // their payment, and the bank references already recorded; then everything is matched in memory.
        var dossiers = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        var settled = new Dictionary<long, (PaymentMethod Method, string? ReceiptNumber)>();
        foreach (var row in await ReconciliationLookup.DossiersAsync(db, codes, ct))
        {
            var c = new Candidate(row.Id, row.Code, row.FeeTotal, row.FeeExemptReason, Enum.Parse<DossierStatus>(row.Status));
            dossiers[row.Code] = c;
            if (row.PaidMethod is { } method) settled[row.Id] = (Enum.Parse<PaymentMethod>(method), row.PaidReceipt);
        }
        var references = lines.Select(l => l.Reference).Distinct(StringComparer.Ordinal).ToList();
        var knownRefs = (await ReconciliationLookup.KnownReferencesAsync(db, references, ct)).ToHashSet(StringComparer.Ordinal);

        var seenRefs = new Dictionary<string, int>(StringComparer.Ordinal);
        var seenDossiers = new Dictionary<long, int>();
        var result = new List<ReconciledLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var l = lines[i];
            var d = candidates[i].Select(c => dossiers.GetValueOrDefault(c)).FirstOrDefault(c => c is not null);
            ReconciledLine Line(LineOutcome o, string why) => new(l, o, d?.Id, d?.Code ?? (candidates[i].Count > 0 ? candidates[i][0] : null), d?.Fee, why);
            if (l.Amount <= 0) { result.Add(Line(LineOutcome.NotCredit, "Không phải khoản tiền vào.")); continue; }
            if (seenRefs.TryGetValue(l.Reference, out var firstRef)) { result.Add(Line(LineOutcome.Duplicate, $"Trùng mã giao dịch với dòng {firstRef}.")); continue; }
            seenRefs[l.Reference] = l.Line;
            if (knownRefs.Contains(l.Reference)) { result.Add(Line(LineOutcome.Duplicate, "Mã giao dịch đã được ghi nhận trước đây.")); continue; }
            if (d is null)
            {
                result.Add(Line(LineOutcome.Unmatched, candidates[i].Count == 0 ? "Không tìm thấy mã hồ sơ trong nội dung." : "Mã hồ sơ không có trong hệ thống."));
                continue;
            }
            if (settled.TryGetValue(d.Id, out var paid))
            {
                result.Add(Line(LineOutcome.Duplicate, paid.Method == PaymentMethod.Exempt ? "Hồ sơ đã được miễn phí." : $"Hồ sơ đã nộp phí (biên lai {paid.ReceiptNumber})."));
                continue;
            }
            if (d.Fee <= 0 || d.Exempt is not null || d.Status is DossierStatus.Refused or DossierStatus.Withdrawn)
            {
                result.Add(Line(LineOutcome.Unmatched, "Hồ sơ không phải nộp phí hoặc đã dừng, từ chối."));
                continue;
            }
            if (seenDossiers.TryGetValue(d.Id, out var firstLine)) { result.Add(Line(LineOutcome.Duplicate, $"Hồ sơ đã khớp ở dòng {firstLine}.")); continue; }
            if (l.Amount != d.Fee)
            {
                result.Add(Line(LineOutcome.AmountMismatch, $"Số tiền {VnFormat.Money(l.Amount)} khác phí phải nộp {VnFormat.Money(d.Fee)}."));
                continue;
            }
            seenDossiers[d.Id] = l.Line;
            result.Add(Line(LineOutcome.Matched, "Khớp mã hồ sơ và số tiền."));
        }

        var matchedIds = seenDossiers.Keys.ToHashSet();
        var unpaidQuery = db.Dossiers.AsNoTracking()
            .Where(d => d.FeeTotal > 0 && d.FeeExemptReason == null && d.Status != DossierStatus.Refused && d.Status != DossierStatus.Withdrawn
                && !db.Payments.Any(p => p.DossierId == d.Id));
        var unpaidTotal = await unpaidQuery.CountAsync(ct);
        var unpaid = (await unpaidQuery.OrderBy(d => d.ReceivedAt).Take(UnpaidListLimit + matchedIds.Count)
                .Select(d => new UnpaidDossier(d.Id, d.Code, d.ApplicantName, d.FeeTotal, d.ReceivedAt)).ToListAsync(ct))
            .Where(u => !matchedIds.Contains(u.Id)).Take(UnpaidListLimit).ToList();
        var previousText = previous is null ? null
            : $"Sao kê này đã được đối soát lúc {VnFormat.DateTime(previous.At)} bởi {previous.ByName} ({previous.PaidCount} hồ sơ); không ghi nhận lại.";
        return new ReconciliationReport(hash, fileName, result, unpaid, Math.Max(0, unpaidTotal - matchedIds.Count), previousText);
    }

    private static string Cut(string s, int max) => s.Length <= max ? s : s[..max];
}
