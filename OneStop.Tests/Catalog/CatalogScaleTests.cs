using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Core.Catalog;
using OneStop.Core.Persistence;
using Xunit.Abstractions;

namespace OneStop.Tests.Catalog;

/// <summary>Timed tests run alone, after the parallel ones: their process CPU time is their own work.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimedAloneCollection
{
    public const string Name = "Timed alone";
}

/// <summary>A province's whole catalogue (12 000 procedures) on the centre's real database file.</summary>
[Collection(TimedAloneCollection.Name)]
public sealed class CatalogScaleTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "onestop-catalog-scale-" + Guid.NewGuid().ToString("N")[..8]);
    private ServiceProvider services = null!;
    private CatalogService catalog = null!;

    public async Task InitializeAsync()
    {
        services = new ServiceCollection().AddOneStopDatabase(folder).BuildServiceProvider();
        var factory = services.GetRequiredService<IDbContextFactory<OneStopDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
            await OneStopDatabase.MigrateAsync(db);
        catalog = new CatalogService(factory);
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }

    /// <summary>The sample's procedures repeated under new codes and numbered names, to <paramref name="count"/>.</summary>
    internal static string ProvinceCatalogue(int count)
    {
        var root = JsonNode.Parse(CatalogJson.SampleJson())!;
        var sample = root["procedures"]!.AsArray();
        var all = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            var p = sample[i % sample.Count]!.DeepClone();
            p["code"] = $"9.{i:000000}";
            p["name"] = $"{p["name"]!.GetValue<string>()} (mẫu số {i})";
            all.Add(p);
        }
        root["procedures"] = all;
        return root.ToJsonString();
    }

    [Fact]
    public async Task TwelveThousandProceduresImportWithinFiveSecondsAndAgainAsUpdates()
    {
        var json = ProvinceCatalogue(12_000);
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var first = await catalog.ImportAsync(json);
        var firstTime = watch.Elapsed;
        process.Refresh();
        var firstCpu = process.TotalProcessorTime - cpu;
        Assert.True(first.IsSuccess, first.Error);
        Assert.Equal(12_000, first.Value!.ProceduresAdded);

        cpu = process.TotalProcessorTime;
        watch.Restart();
        var second = await catalog.ImportAsync(json);
        var secondTime = watch.Elapsed;
        process.Refresh();
        var secondCpu = process.TotalProcessorTime - cpu;
        Assert.Equal(12_000, second.Value!.ProceduresUpdated);
        output.WriteLine($"import 12 000 procedures: new {firstTime.TotalMilliseconds:0} ms ({firstCpu.TotalMilliseconds:0} ms CPU), "
            + $"again {secondTime.TotalMilliseconds:0} ms ({secondCpu.TotalMilliseconds:0} ms CPU)");
        // The budget is 5 s of work. Wall time on a shared 2-core machine also counts everyone else's work, so the
        // check is on this process's CPU time (this collection runs alone, after the parallel tests).
        Assert.True(firstCpu < TimeSpan.FromSeconds(5), $"first import took {firstCpu} of CPU ({firstTime} wall)");
        Assert.True(secondCpu < TimeSpan.FromSeconds(5), $"second import took {secondCpu} of CPU ({secondTime} wall)");
    }

    [Fact]
    public async Task TheCataloguePageReadsOnePageOfTwelveThousandAndSearchStaysFast()
    {
        Assert.True((await catalog.ImportAsync(ProvinceCatalogue(12_000))).IsSuccess);

        var page = await catalog.SearchPageAsync(null, false, null, 50, 50);
        Assert.Equal(12_000, page.Total);
        Assert.Equal(50, page.Rows.Count);

        var watch = Stopwatch.StartNew();
        var found = await catalog.SearchPageAsync("mau so 1234", false, null, 0, 50);
        var searchTime = watch.Elapsed;
        output.WriteLine($"search over 12 000 procedures: {searchTime.TotalMilliseconds:0} ms");
        Assert.Contains(found.Rows, r => r.Name.Contains("(mẫu số 1234)", StringComparison.Ordinal));
        Assert.True(searchTime < TimeSpan.FromSeconds(2), $"search took {searchTime}");

        var last = await catalog.SearchPageAsync(null, false, null, 11_990, 50);
        Assert.Equal(10, last.Rows.Count);
    }
}
