using System.Net;
using OneStop.Tests.TestSupport;

namespace OneStop.Tests.Web;

public sealed class LoginAndAccessTests(LoginAndAccessTests.AppFixture app) : IClassFixture<LoginAndAccessTests.AppFixture>
{
    public sealed class AppFixture : OneStopAppFactory;

    [Fact]
    public async Task HomeWithoutSessionRedirectsToLogin()
    {
        var client = HttpLogin.Client(app);
        var r = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.StartsWith("/dang-nhap", r.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoginPageIsVietnameseWithLettersAsText()
    {
        var html = await HttpLogin.Client(app).GetStringAsync("/dang-nhap");
        Assert.Contains("Đăng nhập", html, StringComparison.Ordinal);
        Assert.Contains("Mật khẩu", html, StringComparison.Ordinal);
        Assert.Contains("lang=\"vi\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CounterOfficerSignsInAndSeesTheHomePage()
    {
        var client = await HttpLogin.SignedInAsync(app, "tiepnhan", "Tiepnhan@2026");
        var r = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var html = await r.Content.ReadAsStringAsync();
        Assert.Contains("Quầy tiếp nhận", html, StringComparison.Ordinal);
        Assert.Contains("Lò Thị Hương", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/quan-tri/nguoi-dung")]
    [InlineData("/quan-tri/cai-dat")]
    public async Task CounterOfficerIsRefusedOnAdminPages(string url)
    {
        var client = await HttpLogin.SignedInAsync(app, "tiepnhan", "Tiepnhan@2026");
        var r = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.StartsWith("/khong-co-quyen", r.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminOpensTheUserPage()
    {
        var client = await HttpLogin.SignedInAsync(app, "quantri", "Quantri@2026");
        var r = await client.GetAsync("/quan-tri/nguoi-dung");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
    }

    [Fact]
    public async Task WrongPasswordAndUnknownUserGetTheSameMessage()
    {
        var wrong = await (await HttpLogin.PostLoginAsync(HttpLogin.Client(app), "giamsat", "sai-mat-khau")).Content.ReadAsStringAsync();
        var unknown = await (await HttpLogin.PostLoginAsync(HttpLogin.Client(app), "khongtontai", "sai-mat-khau")).Content.ReadAsStringAsync();
        Assert.Contains("Đăng nhập không thành công", wrong, StringComparison.Ordinal);
        Assert.Contains("Đăng nhập không thành công", unknown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FiveFailedAttemptsLockTheAccountEvenForTheRightPassword()
    {
        for (var i = 0; i < 5; i++)
            await HttpLogin.PostLoginAsync(HttpLogin.Client(app), "lanhdao", "Sai@1234");
        var r = await HttpLogin.PostLoginAsync(HttpLogin.Client(app), "lanhdao", "Lanhdao@2026");
        Assert.NotEqual(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Contains("Đăng nhập không thành công", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
