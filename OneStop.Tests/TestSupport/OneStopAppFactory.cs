using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace OneStop.Tests.TestSupport;

/// <summary>The real app in-process on a fresh demo database in a temp folder.</summary>
public class OneStopAppFactory : WebApplicationFactory<Program>
{
    public string DataDirectory { get; init; } = Path.Combine(Path.GetTempPath(), "onestop-test-" + Guid.NewGuid().ToString("N")[..10]);

    /// <summary>Leave the data folder behind on dispose, to start the app again on it.</summary>
    public bool KeepData { get; init; }

    /// <summary>The hosting environment; Development by default, as <c>dotnet run</c> starts it.</summary>
    public string EnvironmentName { get; init; } = "Development";

    /// <summary>OneStop:Demo; null leaves it to appsettings (off, on in appsettings.Development.json).</summary>
    public bool? Demo { get; init; } = true;

    /// <summary>Login posts per client per minute: the tests sign in far more often than a counter does.</summary>
    public int LoginAttemptsPerMinute { get; init; } = 10_000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("OneStop:DataDirectory", DataDirectory);
        if (Demo is { } demo) builder.UseSetting("OneStop:Demo", demo ? "true" : "false");
        builder.UseSetting("OneStop:LoginAttemptsPerMinute", LoginAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("OneStop:DemoDossiers", "40");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // No scheduled backup in a test host: a test that wants one takes it on demand.
        builder.UseSetting("OneStop:Backup:Enabled", "false");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (KeepData) return;
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>The same app on a real loopback Kestrel port, for the browser tests.</summary>
public sealed class OneStopServerFactory : OneStopAppFactory
{
    private string? address;

    public string Address
    {
        get
        {
            if (address is null)
            {
                UseKestrel(0);
                StartServer();
                address = ClientOptions.BaseAddress.ToString().TrimEnd('/');
            }
            return address;
        }
    }
}
