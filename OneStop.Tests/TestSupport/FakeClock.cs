namespace OneStop.Tests.TestSupport;

/// <summary>A clock the test sets: "now" is whatever the test says, in any time zone the server might run in.</summary>
public sealed class FakeClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset now = now;

    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

    public void Set(DateTimeOffset instant) => now = instant;

    public DateTimeOffset Now { get => now; set => now = value; }

    // The server's own zone must never matter: the fake says UTC.
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public void Advance(TimeSpan by) => now += by;
}
