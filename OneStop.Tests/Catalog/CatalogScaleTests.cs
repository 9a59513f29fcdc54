using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Core.Catalog;
using OneStop.Core.Persistence;
using Xunit.Abstractions;

namespace OneStop.Tests.Catalog;

/// <summary>A province's whole catalogue (12 000 procedures) on the centre's real database file.</summary>
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
        var watch = Stopwatch.StartNew();
        Assert.True(CatalogJson.Parse(json).IsSuccess);
        output.WriteLine($"parse and check 12 000 procedures: {watch.Elapsed.TotalMilliseconds:0} ms");
        watch.Restart();
        var first = await catalog.ImportAsync(json);
        var firstTime = watch.Elapsed;
        Assert.True(first.IsSuccess, first.Error);
        Assert.Equal(12_000, first.Value!.ProceduresAdded);

        watch.Restart();
        var second = await catalog.ImportAsync(json);
        var secondTime = watch.Elapsed;
        Assert.Equal(12_000, second.Value!.ProceduresUpdated);
        output.WriteLine($"import 12 000 procedures: new {firstTime.TotalMilliseconds:0} ms, again {secondTime.TotalMilliseconds:0} ms");
        Assert.True(firstTime < TimeSpan.FromSeconds(5), $"first import took {firstTime}");
        Assert.True(secondTime < TimeSpan.FromSeconds(5), $"second import took {secondTime}");
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
        Assert.True(searchTime < TimeSpan.FromMilliseconds(500), $"search took {searchTime}");

        var last = await catalog.SearchPageAsync(null, false, null, 11_990, 50);
        Assert.Equal(10, last.Rows.Count);
    }
}
