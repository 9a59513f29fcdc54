namespace OneStop.Core.Common;

/// <summary>Thrown when a verb would break an invariant: a programming error, not a user mistake.</summary>
public sealed class DomainException : Exception
{
    public DomainException() { }
    public DomainException(string message) : base(message) { }
    public DomainException(string message, Exception inner) : base(message, inner) { }
}
