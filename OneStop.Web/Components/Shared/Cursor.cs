using Microsoft.JSInterop;

namespace OneStop.Web.Components.Shared;

/// <summary>Moves the keyboard cursor to a box (and selects its text) for keyboard-first work at the counter.</summary>
public static class Cursor
{
    public static async Task MoveToAsync(IJSRuntime js, string elementId)
    {
        try { await js.InvokeVoidAsync("oneStop.focus", elementId); }
        catch (JSDisconnectedException) { }
    }

    /// <summary>
    /// Moves the cursor to <paramref name="elementId"/> only if it is still in <paramref name="fromId"/> (or nowhere): the
    /// browser moves it along at the instant of the key, so a late server move would pull back keys already typed further on.
    /// </summary>
    public static async Task MoveFromAsync(IJSRuntime js, string fromId, string elementId)
    {
        try { await js.InvokeVoidAsync("oneStop.focusFrom", fromId, elementId); }
        catch (JSDisconnectedException) { }
        catch (JSException) { }
        catch (InvalidOperationException) { }
    }
}
