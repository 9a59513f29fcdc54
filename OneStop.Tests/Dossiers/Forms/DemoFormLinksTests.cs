using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Core.Dossiers;
using OneStop.Core.Persistence;
using OneStop.Tests.TestSupport;

namespace OneStop.Tests.Dossiers.Forms;

/// <summary>The demo a newcomer opens first: every form its dossier pages offer really prints.</summary>
public sealed class DemoFormLinksTests(DemoFormLinksTests.AppFixture app) : IClassFixture<DemoFormLinksTests.AppFixture>
{
    public sealed class AppFixture : OneStopAppFactory;

    [Fact]
    public async Task Every_form_link_shown_on_the_page_of_every_demo_dossier_answers_200_with_a_pdf()
    {
        var client = await HttpLogin.SignedInAsync(app, "giamsat", "Giamsat@2026");
        var factory = app.Services.GetRequiredService<IDbContextFactory<OneStopDbContext>>();
        var dossiers = app.Services.GetRequiredService<DossierService>();
        List<long> ids;
        await using (var db = await factory.CreateDbContextAsync())
            ids = await db.Dossiers.AsNoTracking().OrderBy(d => d.Id).Select(d => d.Id).ToListAsync();
        Assert.True(ids.Count >= 20, $"the demo has {ids.Count} dossiers");

        var kinds = new HashSet<string>();
        var checkedLinks = 0;
        foreach (var id in ids)
        {
            var details = await dossiers.GetAsync(id);
            Assert.NotNull(details);
            var links = DossierService.FormLinks(details);
            // The page shows exactly these links (its first render is the server's HTML).
            var page = await client.GetStringAsync($"/ho-so/{id}");
            foreach (var link in links)
            {
                Assert.Contains($"href=\"{link.Url}\"", page, StringComparison.Ordinal);
                var r = await client.GetAsync(link.Url);
                Assert.True(r.StatusCode == HttpStatusCode.OK, $"{link.Url} ({link.Label}) of {details.Dossier.Code} answered {(int)r.StatusCode}");
                Assert.Equal("application/pdf", r.Content.Headers.ContentType?.MediaType);
                var bytes = await r.Content.ReadAsByteArrayAsync();
                Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);
                kinds.Add(link.Key);
                checkedLinks++;
            }
        }
        // The forms of the common stories have real examples even in this small demo (40 dossiers).
        Assert.Superset(new HashSet<string> { DossierService.ReceiptForm, "02", "06", DossierService.HandOverListKey }, kinds);
        Assert.True(checkedLinks > ids.Count * 2, $"{checkedLinks} links on {ids.Count} dossiers");
    }
}
