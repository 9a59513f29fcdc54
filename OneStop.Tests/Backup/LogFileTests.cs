using System.Text.RegularExpressions;
using OneStop.Tests.TestSupport;
using OneStop.Web.Hosting;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace OneStop.Tests.Backup;

public sealed class LogFileTests
{
    private sealed class Capture : ILogEventSink
    {
        public List<LogEvent> Events { get; } = [];
        public void Emit(LogEvent logEvent) => Events.Add(logEvent);
    }

    [Fact]
    public void Cccd_and_phone_numbers_in_log_properties_are_masked_on_the_way_to_the_file()
    {
        var capture = new Capture();
        using (var log = new LoggerConfiguration().Enrich.With(new OneStopLogging.PersonalDataMasking()).WriteTo.Sink(capture).CreateLogger())
            log.Information("Tra cứu {Query} từ {Phone}, hồ sơ {Code}", "CCCD 014190001234", "0912345678", "H48.26.10-261125-0001");

        var text = capture.Events.Single().RenderMessage();
        Assert.Contains("014******234", text, StringComparison.Ordinal);
        Assert.Contains("091****678", text, StringComparison.Ordinal);
        Assert.DoesNotContain("014190001234", text, StringComparison.Ordinal);
        // A dossier code is not personal data and stays readable.
        Assert.Contains("H48.26.10-261125-0001", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_server_writes_a_daily_json_log_in_the_data_folder()
    {
        string dir;
        using (var app = new OneStopAppFactory { KeepData = true })
        {
            dir = app.DataDirectory;
            using var client = app.CreateClient();
            await client.GetAsync("/dang-nhap");
        }
        try
        {
            var file = Assert.Single(Directory.GetFiles(Path.Combine(dir, OneStopLogging.Folder), "onestop-*.log"));
            Assert.Matches(@"onestop-[0-9]{8}\.log$", file);
            string[] lines;
            await using (var s = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
            using (var r = new StreamReader(s))
                lines = (await r.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.NotEmpty(lines);
            Assert.All(lines, l => Assert.StartsWith("{\"@t\":", l, StringComparison.Ordinal));
            // Demo seeding received dossiers for citizens with CCCD numbers: none of them reached the log.
            Assert.DoesNotMatch(new Regex("(?<![0-9])[0-9]{12}(?![0-9])"), string.Join("\n", lines));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
