using System.Net;
using System.Text.Json;
using OneStop.Tests.TestSupport;

namespace OneStop.Tests.Backup;

public sealed class OperationsHealthTests(OperationsHealthTests.AppFixture app) : IClassFixture<OperationsHealthTests.AppFixture>
{
    public sealed class AppFixture : OneStopAppFactory;

    [Fact]
    public async Task An_anonymous_caller_gets_only_the_status()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/api/v1/health");
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("Degraded", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(["status"], json.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Theory]
    [InlineData("quantri", "Quantri@2026")]
    [InlineData("giamsat", "Giamsat@2026")]
    public async Task Admin_and_supervisor_get_versions_free_space_backups_and_the_last_drill(string user, string password)
    {
        using var client = await HttpLogin.SignedInAsync(app, user, password);
        var body = await client.GetStringAsync("/api/v1/health");

        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        Assert.False(string.IsNullOrEmpty(root.GetProperty("version").GetString()));
        Assert.Matches("^[0-9]{14}_", root.GetProperty("schemaVersion").GetString());
        Assert.True(root.GetProperty("disk").GetProperty("dataFreeBytes").GetInt64() > 0);
        Assert.True(root.GetProperty("disk").GetProperty("backupFreeBytes").GetInt64() > 0);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("backup").GetProperty("lastVerifiedAt").ValueKind);
        Assert.Equal("Healthy", root.GetProperty("checks").GetProperty("storage").GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("drill").ValueKind);
        // No personal data: no citizen's name or number from the demo dossiers.
        Assert.DoesNotMatch("[0-9]{12}", body.Replace(root.GetProperty("schemaVersion").GetString()!, "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_counter_officer_gets_only_the_status()
    {
        using var client = await HttpLogin.SignedInAsync(app, "tiepnhan", "Tiepnhan@2026");
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/health"));
        Assert.Equal(["status"], json.RootElement.EnumerateObject().Select(p => p.Name));
    }
}
