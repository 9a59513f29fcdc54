namespace OneStop.Core.Common;

/// <summary>A named counter (dossier codes per agency and day, register lines per field and year). Only ever increases.</summary>
public sealed class SequenceRow
{
    public const int ScopeMaxLength = 100;

    public string Scope { get; set; } = string.Empty;
    public long Value { get; set; }
}
