using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;

namespace OneStop.Web.Cli;

/// <summary>
/// `startup_first_page`: the server started as its own process on the bench's database (as a counter PC starts it in the
/// morning on an existing file), timed from process start until the login page answers 200. One warm-up start first
/// (it adds the roles the bench file lacks), then five timed starts.
/// </summary>
internal static class StartupMetrics
{
    private const int Runs = 5;

    public static async Task RunAsync(BenchHarness h, string dataDirectory)
    {
        SqliteConnection.ClearAllPools();
        var samples = new List<double>();
        for (var i = 0; i <= Runs; i++)
        {
            var ms = await StartOnceAsync(dataDirectory);
            if (ms is null)
            {
                Console.WriteLine("  startup_first_page: máy chủ không khởi động được trong 60 s, bỏ qua chỉ số này");
                return;
            }
            if (i > 0) samples.Add(ms.Value);
        }
        samples.Sort();
        h.Add("startup_first_page", (samples[samples.Count / 2], samples[^1]), null, "< 3000 ms", Runs);
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    private static async Task<double?> StartOnceAsync(string dataDirectory)
    {
        var port = FreePort();
        var exe = Environment.ProcessPath!;
        var psi = new ProcessStartInfo(exe) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        // Under `dotnet OneStop.Web.dll` the process is the host: pass the app's dll; the apphost needs nothing.
        if (Path.GetFileNameWithoutExtension(exe).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
            psi.ArgumentList.Add(typeof(StartupMetrics).Assembly.Location);
        psi.Environment["OneStop__DataDirectory"] = dataDirectory;
        psi.Environment["OneStop__Demo"] = "false";
        psi.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        psi.Environment["Logging__LogLevel__Default"] = "Warning";

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var url = $"http://127.0.0.1:{port}/dang-nhap";
        var started = Stopwatch.GetTimestamp();
        using var process = Process.Start(psi)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(60) && !process.HasExited)
            {
                try
                {
                    using var r = await http.GetAsync(url);
                    if (r.StatusCode == HttpStatusCode.OK) return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                }
                catch (HttpRequestException) { }
                catch (TaskCanceledException) { }
                await Task.Delay(10);
            }
            return null;
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }
}
