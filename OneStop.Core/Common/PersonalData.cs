namespace OneStop.Core.Common;

/// <summary>Personal data as it may appear in logs: enough to tell two records apart, never enough to identify a citizen.</summary>
public static class PersonalData
{
    /// <summary>"001099012345" → "001******345"; a phone "0912345678" → "091****678". Names are never logged.</summary>
    public static string Mask(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        var v = value.Trim();
        if (v.Length <= 6) return new string('*', v.Length);
        return string.Concat(v.AsSpan(0, 3), new string('*', v.Length - 6), v.AsSpan(v.Length - 3));
    }
}
