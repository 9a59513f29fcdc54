using Microsoft.JSInterop;

namespace OneStop.Web.Components.Shared;

/// <summary>
/// Reads a text box as it was when Enter was pressed. On a busy circuit the Enter key event can be handled before the
/// input events of the last keystrokes (a USB scanner types a receipt code or a 100-character CCCD line in a blink), so
/// the bound value may still lack its tail, and a render for an earlier keystroke can even rewrite the box itself with
/// the shorter text: a code would not be found, a scan refused as malformed, a field saved cut short. app.js keeps
/// the box's text from the moment of Enter (a capture-phase keydown listener), and this returns it.
/// </summary>
public static class LiveInput
{
    public static async Task<string?> ValueAsync(IJSRuntime js, string elementId, string? bound)
    {
        try { return await js.InvokeAsync<string?>("oneStop.value", elementId) ?? bound; }
        catch (JSDisconnectedException) { return bound; }
        catch (JSException) { return bound; }
        catch (InvalidOperationException) { return bound; } // pre-rendering: no browser yet
    }

    /// <summary>
    /// Writes the box's text. Boxes fed by a scanner are not bound on every keystroke (renders racing the scanner cut
    /// its text), so after Enter the page says here what the box shows next: empty for the next scan, or what a scan filled.
    /// </summary>
    public static async Task SetAsync(IJSRuntime js, string elementId, string? value)
    {
        try { await js.InvokeVoidAsync("oneStop.setValue", elementId, value ?? ""); }
        catch (JSDisconnectedException) { }
        catch (JSException) { }
        catch (InvalidOperationException) { }
    }
}
