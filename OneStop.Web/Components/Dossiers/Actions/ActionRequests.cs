using OneStop.Core.Dossiers;

namespace OneStop.Web.Components.Dossiers.Actions;

/// <summary>What the hand-over panel chose.</summary>
public sealed record HandOverChoice(HandOverTarget Target, string? Note);

/// <summary>The new appointment the specialist proposes, with the reason for the delay.</summary>
public sealed record ApologyProposal(DateTimeOffset NewDueAt, string Reason);

/// <summary>The day the citizen asked to stop, and why.</summary>
public sealed record WithdrawalRequest(DateOnly RequestedOn, string? Reason);
