using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using OneStop.Core.Accounts;
using OneStop.Core.Dossiers;
using OneStop.Core.Persistence;

namespace OneStop.Core.Audit;

/// <summary>A read to record: the officer's user name, what, the dossier code or null, a detail or null, the client address.</summary>
public sealed record PersonalDataRead(string UserName, string What, string? DossierCode = null, string? Detail = null, string? Client = null);

/// <summary>A row of the access log as a page shows it; <see cref="Detail"/> is null for a viewer who may not see it.</summary>
public sealed record AccessLogRow(long Id, DateTimeOffset At, string UserName, string What, string? DossierCode, string? Detail, string? Client);

/// <summary>Filter of the access log page: every part optional; dates are Viet Nam days, inclusive.</summary>
public sealed record AccessLogFilter(string? UserName = null, DateOnly? From = null, DateOnly? To = null, string? DossierCode = null,
    int Skip = 0, int Take = 50);

public sealed record AccessLogPage(IReadOnlyList<AccessLogRow> Rows, int Total);

/// <summary>
/// The access log of personal-data reads. <see cref="Record"/> never touches the database: it queues the row, and one
/// writer saves the queue in one insert transaction (<see cref="RunAsync"/>, a hosted loop; <see cref="FlushAsync"/> on
/// demand), so a dossier lookup or a PDF does not wait for a disk write. The same officer reading the same thing again
/// within <see cref="RepeatWindow"/> (the page's first render and its live circuit, a PDF frame reloaded) is one read.
/// </summary>
public sealed class PersonalDataAccessLog(IDbContextFactory<OneStopDbContext> factory, TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan RepeatWindow = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan WriteDelay = TimeSpan.FromMilliseconds(250);

    private readonly Channel<PersonalDataAccess> queue = Channel.CreateUnbounded<PersonalDataAccess>(new UnboundedChannelOptions { SingleReader = false });
    private readonly ConcurrentDictionary<(string, string, string?, string?), DateTimeOffset> recent = new();
    private readonly SemaphoreSlim writing = new(1, 1);

    /// <summary>Queues one read (cheap, never blocks, never throws for the database).</summary>
    public void Record(PersonalDataRead read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var now = clock.GetUtcNow();
        var key = (read.UserName, read.What, read.DossierCode, read.Detail);
        if (recent.TryGetValue(key, out var last) && now - last < RepeatWindow) return;
        recent[key] = now;
        if (recent.Count > 5_000) Prune(now);
        queue.Writer.TryWrite(new PersonalDataAccess(now, read.UserName, read.What, read.DossierCode, read.Detail, read.Client));
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (k, at) in recent)
            if (now - at >= RepeatWindow) recent.TryRemove(k, out _);
    }

    /// <summary>Saves everything queued so far in one transaction; returns how many rows it wrote.</summary>
    public async Task<int> FlushAsync(CancellationToken ct = default)
    {
        await writing.WaitAsync(ct);
        try
        {
            var batch = new List<PersonalDataAccess>();
            while (queue.Reader.TryRead(out var row)) batch.Add(row);
            if (batch.Count == 0) return 0;
            try
            {
                await using var db = await factory.CreateDbContextAsync(ct);
                db.PersonalDataAccesses.AddRange(batch);
                await db.SaveChangesAsync(ct);
                return batch.Count;
            }
            catch
            {
                // Nothing read is lost to a busy database: the rows go back to the queue for the next write.
                foreach (var row in batch) queue.Writer.TryWrite(row);
                throw;
            }
        }
        finally
        {
            writing.Release();
        }
    }

    /// <summary>The writer loop: saves what arrived every quarter second while there is something; flushes on stop.</summary>
    public async Task RunAsync(CancellationToken stopping)
    {
        try
        {
            while (await queue.Reader.WaitToReadAsync(stopping))
            {
                await Task.Delay(WriteDelay, stopping);
                await FlushAsync(stopping);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        await FlushAsync(CancellationToken.None);
    }

    public void Dispose() => writing.Dispose();

    /// <summary>Whether the viewer sees the log's details (search texts, export periods): the supervisor does, the administrator sees codes only.</summary>
    public static bool SeesDetail(Officer viewer) => viewer?.Has(Roles.Supervisor) ?? false;

    /// <summary>Who may open the log at all.</summary>
    public static bool MayRead(Officer viewer) => viewer?.HasAny(Roles.Supervisor, Roles.Admin) ?? false;

    /// <summary>The log filtered, newest first, one page.</summary>
    public async Task<AccessLogPage> SearchAsync(AccessLogFilter filter, Officer viewer, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (!MayRead(viewer)) return new AccessLogPage([], 0);
        await using var db = await factory.CreateDbContextAsync(ct);
        var q = db.PersonalDataAccesses.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.UserName))
        {
            var user = filter.UserName.Trim().ToLowerInvariant();
            q = q.Where(a => a.UserName == user);
        }
        if (!string.IsNullOrWhiteSpace(filter.DossierCode))
        {
            var code = filter.DossierCode.Trim().ToUpperInvariant();
            q = q.Where(a => a.DossierCode == code);
        }
        if (filter.From is { } from)
        {
            var start = Common.VnTime.At(from, TimeOnly.MinValue);
            q = q.Where(a => a.At >= start);
        }
        if (filter.To is { } to)
        {
            var end = Common.VnTime.At(to.AddDays(1), TimeOnly.MinValue);
            q = q.Where(a => a.At < end);
        }
        var total = await q.CountAsync(ct);
        var seesDetail = SeesDetail(viewer);
        var rows = await q.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip(Math.Max(0, filter.Skip)).Take(Math.Clamp(filter.Take, 1, 500))
            .Select(a => new AccessLogRow(a.Id, a.At, a.UserName, a.What, a.DossierCode, seesDetail ? a.Detail : null, a.Client))
            .ToListAsync(ct);
        return new AccessLogPage(rows, total);
    }
}
