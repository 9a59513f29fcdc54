using System.Globalization;
using OneStop.Core.Common;

namespace OneStop.Core.Catalog;

/// <summary>Fee rules in words for the catalogue, and the tier text officers type ("1-2: 2000; 3+: 1000").</summary>
public static class FeeText
{
    public static string Describe(FeeRule f)
    {
        var s = f switch
        {
            { Tiers.Count: > 0 } => string.Join(", ", f.Tiers!.Select(t =>
                (t.ToUnit is { } to ? $"{f.Unit} {t.FromUnit}–{to}" : $"từ {f.Unit} thứ {t.FromUnit}") + $": {VnFormat.Money(t.AmountPerUnit)}/{f.Unit}")),
            { IsPerUnit: true } => $"{VnFormat.Money(f.AmountPerUnit ?? 0)}/{f.Unit}",
            _ when (f.Amount ?? 0) == 0 => "miễn phí",
            _ => VnFormat.Money(f.Amount ?? 0),
        };
        if (f.MaxPerCopy is { } cap) s += $", tối đa {VnFormat.Money(cap)}/bản";
        if (f.Optional) s += " (khi áp dụng)";
        return s;
    }

    public static string FormatTiers(IReadOnlyList<FeeTier>? tiers) =>
        tiers is null ? "" : string.Join("; ", tiers.Select(t =>
            (t.ToUnit is { } to ? $"{t.FromUnit}-{to}" : $"{t.FromUnit}+") + ": " + t.AmountPerUnit.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Parses "1-2: 2000; 3+: 1000". Bands must start at 1 and follow each other without gaps.</summary>
    public static bool TryParseTiers(string? text, out IReadOnlyList<FeeTier> tiers, out string error)
    {
        tiers = [];
        error = "";
        var list = new List<FeeTier>();
        foreach (var part in (text ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var kv = part.Split(':', StringSplitOptions.TrimEntries);
            if (kv.Length != 2 || !long.TryParse(kv[1].Replace(".", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
            {
                error = $"“{part}” không đúng dạng “từ-đến: số tiền”, ví dụ 1-2: 2000; 3+: 1000.";
                return false;
            }
            var range = kv[0];
            int from; int? to = null;
            if (range.EndsWith('+') && int.TryParse(range[..^1], out from)) { }
            else if (range.Split('-') is [var a, var b] && int.TryParse(a, out from) && int.TryParse(b, out var bb)) to = bb;
            else if (int.TryParse(range, out from)) to = from;
            else
            {
                error = $"“{range}” không phải khoảng số đơn vị (ví dụ 1-2 hoặc 3+).";
                return false;
            }
            list.Add(new FeeTier(from, to, amount));
        }
        for (var i = 0; i < list.Count; i++)
        {
            var expectedFrom = i == 0 ? 1 : (list[i - 1].ToUnit ?? int.MaxValue) + 1;
            if (list[i].FromUnit != expectedFrom || (list[i].ToUnit is { } t && t < list[i].FromUnit))
            {
                error = "Các bậc phải bắt đầu từ 1 và nối tiếp nhau (ví dụ 1-2: 2000; 3+: 1000).";
                return false;
            }
        }
        tiers = list;
        return true;
    }
}
