namespace OneStop.Core.Catalog;

/// <summary>What the officer enters at the counter to price a dossier.</summary>
/// <param name="Units">Units per copy for per-unit lines (pages, cases, copies of an extract); at least 1.</param>
/// <param name="Copies">How many copies; multiplies every per-unit line (a fixed fee is charged once).</param>
/// <param name="SelectedOptional">Names of the optional lines that apply (e.g. late registration).</param>
/// <param name="ExemptionReason">When set (not blank), everything is 0 and the reason is kept on the quote.</param>
public sealed record FeeRequest(
    int Units = 1,
    int Copies = 1,
    IReadOnlyCollection<string>? SelectedOptional = null,
    string? ExemptionReason = null);

/// <summary>One priced line: Amount is what is due for it (0 when free or exempt).</summary>
public sealed record FeeQuoteLine(string Name, string? Unit, int Units, int Copies, long Amount, bool Optional);

/// <summary>The fees due for one dossier, in whole đồng.</summary>
public sealed record FeeQuote(IReadOnlyList<FeeQuoteLine> Lines, long Total, string? ExemptionReason)
{
    public bool IsExempt => ExemptionReason is not null;
    public bool IsFree => Total == 0;
}

/// <summary>
/// Prices a procedure's fee rules. Fixed amounts are charged once per dossier; per-unit and tiered
/// amounts are computed per copy (Units units each), capped at MaxPerCopy per copy, then multiplied by Copies.
/// Tiers count units from 1: a tier From..To (inclusive) prices the units in that band.
/// </summary>
public static class FeeCalculator
{
    public static FeeQuote Quote(Procedure procedure, FeeRequest request) => Quote(procedure.Fees, request);

    public static FeeQuote Quote(IReadOnlyList<FeeRule> rules, FeeRequest request)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Units, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Copies, 1);
        var exemption = string.IsNullOrWhiteSpace(request.ExemptionReason) ? null : request.ExemptionReason.Trim();
        var selected = request.SelectedOptional ?? [];
        var lines = new List<FeeQuoteLine>();
        foreach (var rule in rules)
        {
            if (rule.Optional && !selected.Contains(rule.Name)) continue;
            FeeQuoteLine line = rule.IsPerUnit
                ? new(rule.Name, rule.Unit, request.Units, request.Copies, checked(PerCopy(rule, request.Units) * request.Copies), rule.Optional)
                : new(rule.Name, null, 1, 1, rule.Amount ?? 0, rule.Optional);
            lines.Add(exemption is null ? line : line with { Amount = 0 });
        }
        return new FeeQuote(lines, lines.Sum(l => l.Amount), exemption);
    }

    /// <summary>The amount for one copy of <paramref name="units"/> units, after the per-copy cap.</summary>
    public static long PerCopy(FeeRule rule, int units)
    {
        long amount;
        if (rule.Tiers is { Count: > 0 } tiers)
        {
            amount = 0;
            foreach (var tier in tiers)
            {
                var to = Math.Min(units, tier.ToUnit ?? int.MaxValue);
                var count = Math.Max(0, to - tier.FromUnit + 1);
                amount = checked(amount + (count * tier.AmountPerUnit));
            }
        }
        else
        {
            amount = checked((rule.AmountPerUnit ?? 0) * units);
        }
        return rule.MaxPerCopy is { } cap ? Math.Min(amount, cap) : amount;
    }
}
