namespace OneStop.Web.Hosting;

/// <summary>Configuration section "OneStop" (environment variables OneStop__DataDirectory, OneStop__Demo).</summary>
public sealed class OneStopOptions
{
    public const string Section = "OneStop";

    /// <summary>Folder holding onestop.db (and later scans and backups). Default: ./data under the working directory.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>
    /// Seed a new database with the demo centre, accounts, catalogue and calendar. Off in appsettings.json, on in
    /// appsettings.Development.json (the <c>dotnet run</c> profile); outside Development it is an explicit opt-in and the
    /// demo admin gets a random password.
    /// </summary>
    public bool Demo { get; set; }

    /// <summary>Login form posts allowed per client address per minute (then 429 until the minute ends).</summary>
    public int LoginAttemptsPerMinute { get; set; } = 10;

    /// <summary>Number of generated demo dossiers on a new demo database.</summary>
    public int DemoDossiers { get; set; } = 300;

    /// <summary>
    /// Addresses of reverse proxies (nginx, IIS, Caddy) in front of OneStop whose X-Forwarded-For and X-Forwarded-Proto
    /// are believed: the login rate limit, the access log and HTTPS then see the counter's address, not the proxy's.
    /// Empty (the default): forwarded headers are ignored, so a client cannot pretend to be another address.
    /// </summary>
    public string[] TrustedProxies { get; set; } = [];
}
