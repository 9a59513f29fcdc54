namespace OneStop.Core.Dossiers;

/// <summary>What happened to a dossier, raised after the change is committed.</summary>
public sealed record DossierChange(long DossierId, string Code, string Kind, DateTimeOffset At);

/// <summary>
/// The in-process notice that a dossier changed (received, handed on, returned…), so live pages (the supervisor's
/// dashboard) re-read their counts instead of polling the database. Singleton; raised only after a commit, so a
/// listener that re-queries sees the change. Handlers must be quick and must not throw: each is called in turn on the
/// committing thread, and one failing handler is dropped from that notice rather than failing the save.
/// </summary>
public sealed class DossierChanges
{
    public event Action<DossierChange>? Changed;

    public void Raise(DossierChange change)
    {
        if (Changed is not { } handlers) return;
        foreach (var h in handlers.GetInvocationList().Cast<Action<DossierChange>>())
        {
            try { h(change); }
#pragma warning disable CA1031 // a listener's failure must not turn a committed save into an error
            catch (Exception) { }
#pragma warning restore CA1031
        }
    }
}
