using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using OneStop.Core.Catalog;
using OneStop.Core.Persistence;
using OneStop.Tests.TestSupport;
using OneStop.Web.Endpoints;

namespace OneStop.Tests.Web;

/// <summary>Logout only from the page, a script policy the app runs under, file names that survive any field code.</summary>
public sealed partial class SecurityEdgeTests(SecurityEdgeTests.AppFixture app) : IClassFixture<SecurityEdgeTests.AppFixture>
{
    public sealed class AppFixture : OneStopAppFactory;

    [GeneratedRegex("<script[^>]*type=\"importmap\"[^>]*nonce=\"([^\"]+)\"|<script[^>]*nonce=\"([^\"]+)\"[^>]*type=\"importmap\"")]
    private static partial Regex ImportMapNonce();

    [Fact]
    public async Task ALogoutPostWithoutTheAntiforgeryTokenIsRefusedAndTheSessionGoesOn()
    {
        var cookie = await HttpLogin.AuthCookieAsync(app, "tiepnhan", "Tiepnhan@2026");
        // What another web page could make the officer's browser send.
        var forged = await HttpLogin.WithCookie(app, cookie).PostAsync("/dang-xuat", null);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await HttpLogin.WithCookie(app, cookie).GetAsync("/ho-so/1/giay-tiep-nhan.pdf")).StatusCode);

        var real = await HttpLogin.LogoutAsync(app, cookie);
        Assert.Equal(HttpStatusCode.Redirect, real.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await HttpLogin.WithCookie(app, cookie).GetAsync("/ho-so/1/giay-tiep-nhan.pdf")).StatusCode);
    }

    [Fact]
    public async Task APageAllowsScriptsFromItselfAndTheImportMapByItsNonceOnly()
    {
        var client = await HttpLogin.SignedInAsync(app, "giamsat", "Giamsat@2026");
        var first = await client.GetAsync("/");
        var csp = first.Headers.GetValues("Content-Security-Policy").Single();
        var html = await first.Content.ReadAsStringAsync();
        var m = ImportMapNonce().Match(html);
        Assert.True(m.Success, "the import map carries a nonce");
        var nonce = m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value;
        Assert.Contains($"script-src 'self' 'nonce-{nonce}'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline'; img", csp.Split("script-src")[1].Split(';')[0], StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);

        // A new nonce every time.
        var second = (await client.GetAsync("/")).Headers.GetValues("Content-Security-Policy").Single();
        Assert.NotEqual(csp, second);
    }

    [Fact]
    public async Task ARegisterOfANonAsciiFieldCodeDownloadsWithAnEncodedNameAndAnAsciiFallback()
    {
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<OneStopDbContext>>().CreateDbContextAsync())
        {
            if (!await db.ProcedureFields.AnyAsync(f => f.Code == "HTⅡ"))
            {
                db.ProcedureFields.Add(new ProcedureField("HTⅡ", "Hộ tịch II"));
                await db.SaveChangesAsync();
            }
        }
        var client = await HttpLogin.SignedInAsync(app, "giamsat", "Giamsat@2026");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var query = $"?linhVuc={Uri.EscapeDataString("HTⅡ")}&tu={today.AddDays(-30):yyyy-MM-dd}&den={today:yyyy-MM-dd}";
        foreach (var url in new[] { "/bao-cao/so-theo-doi.pdf" + query, "/bao-cao/so-theo-doi.xlsx" + query })
        {
            var r = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            var disposition = r.Content.Headers.ContentDisposition!;
            Assert.Matches("^[A-Za-z0-9._-]+$", disposition.FileName!.Trim('"'));
            // Vietnamese letters fold to ASCII; a letter that does not (a Roman numeral) is kept in filename* only.
            Assert.StartsWith("so-theo-doi-HT_-", disposition.FileName!.Trim('"'), StringComparison.Ordinal);
            Assert.StartsWith("so-theo-doi-HTⅡ-", disposition.FileNameStar, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("so-theo-doi-HT-20261101-20261130.pdf", "inline; filename=\"so-theo-doi-HT-20261101-20261130.pdf\"")]
    [InlineData("sổ-ĐK.pdf", "inline; filename=\"so-DK.pdf\"; filename*=UTF-8''s%E1%BB%95-%C4%90K.pdf")]
    [InlineData("a\"b\r\nc.pdf", "inline; filename=\"a_b__c.pdf\"; filename*=UTF-8''a%22b%0D%0Ac.pdf")]
    public void AnInlineFileNameIsAsciiWithTheRealNameEncodedBesideIt(string name, string expected) =>
        Assert.Equal(expected, ContentDispositions.Inline(name));
}
