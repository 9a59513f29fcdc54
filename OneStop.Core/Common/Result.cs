namespace OneStop.Core.Common;

/// <summary>An outcome the user can cause (not found, invalid input, conflict), with a Vietnamese message.</summary>
public record Result
{
    public bool IsSuccess { get; init; }
    public string? Error { get; init; }
    public IReadOnlyDictionary<string, string> FieldErrors { get; init; } = new Dictionary<string, string>();

    public static Result Ok() => new() { IsSuccess = true };
    public static Result Invalid(string message) => new() { IsSuccess = false, Error = message };
    public static Result Invalid(IReadOnlyDictionary<string, string> fieldErrors, string? message = null) =>
        new() { IsSuccess = false, Error = message ?? "Vui lòng kiểm tra lại các trường được đánh dấu.", FieldErrors = fieldErrors };
}

public sealed record Result<T> : Result
{
    public T? Value { get; init; }
    public static Result<T> Ok(T value) => new() { IsSuccess = true, Value = value };
    public static new Result<T> Invalid(string message) => new() { IsSuccess = false, Error = message };
    public static new Result<T> Invalid(IReadOnlyDictionary<string, string> fieldErrors, string? message = null) =>
        new() { IsSuccess = false, Error = message ?? "Vui lòng kiểm tra lại các trường được đánh dấu.", FieldErrors = fieldErrors };
}
