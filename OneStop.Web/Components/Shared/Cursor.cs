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
}
