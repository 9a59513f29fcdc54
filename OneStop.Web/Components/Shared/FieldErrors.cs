namespace OneStop.Web.Components.Shared;

/// <summary>A service's field errors as a form shows them: a red box and its message under it.</summary>
public static class FieldErrors
{
    public static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>();

    public static bool Has(this IReadOnlyDictionary<string, string> errors, string key) => errors.ContainsKey(key);

    public static string Text(this IReadOnlyDictionary<string, string> errors, string key) =>
        errors.TryGetValue(key, out var e) ? e : "";
}
