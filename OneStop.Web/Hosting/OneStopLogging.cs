using System.Text.RegularExpressions;
using OneStop.Core.Common;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace OneStop.Web.Hosting;

/// <summary>
/// Rolling log files in the data folder (logs/onestop-yyyyMMdd.log, one JSON event a line, kept 14 days by default,
/// OneStop:LogRetentionDays), beside the console and the service manager's journal. What the app logs never names a
/// citizen; CCCD and phone numbers that reach a log property anyway (an exception's data, a query string) are masked
/// on the way to the file.
/// </summary>
public static partial class OneStopLogging
{
    public const string Folder = "logs";

    public static WebApplicationBuilder AddOneStopFileLog(this WebApplicationBuilder builder, string dataDirectory)
    {
        var days = builder.Configuration.GetValue("OneStop:LogRetentionDays", 14);
        var logger = new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
            .MinimumLevel.Override("System", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .Enrich.With<PersonalDataMasking>()
            .WriteTo.File(new CompactJsonFormatter(), Path.Combine(dataDirectory, Folder, "onestop-.log"),
                rollingInterval: RollingInterval.Day, retainedFileCountLimit: days, fileSizeLimitBytes: 100L * 1024 * 1024, rollOnFileSizeLimit: true)
            .CreateLogger();
        builder.Logging.AddSerilog(logger, dispose: true);
        return builder;
    }

    // A CCCD (12 digits) or a Vietnamese phone number (0 or +84 then 9 digits), not inside a longer number.
    [GeneratedRegex(@"(?<![0-9])(?:[0-9]{12}|(?:0|\+84)[0-9]{9})(?![0-9])")]
    internal static partial Regex PersonalNumber();

    public static string Mask(string text) => PersonalNumber().Replace(text, m => PersonalData.Mask(m.Value));

    /// <summary>Masks personal numbers in every string property of an event (the rendered message is built from them).</summary>
    internal sealed class PersonalDataMasking : ILogEventEnricher
    {
        public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
        {
            foreach (var (name, value) in logEvent.Properties.ToList())
            {
                if (value is ScalarValue { Value: string s } && PersonalNumber().IsMatch(s))
                    logEvent.AddOrUpdateProperty(new LogEventProperty(name, new ScalarValue(Mask(s))));
            }
        }
    }
}
