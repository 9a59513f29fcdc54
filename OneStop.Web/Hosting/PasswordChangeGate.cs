namespace OneStop.Web.Hosting;

/// <summary>
/// An account whose password someone else set (an administrator's new account or reset, the first admin) opens only
/// "Đổi mật khẩu" until it has chosen its own: pages redirect there, everything else (PDFs, spreadsheets, the API, the
/// Blazor hub) answers 403. <see cref="SessionValidation"/> reads the flag with the account on every request.
/// </summary>
public static class PasswordChangeGate
{
    public const string Path = "/doi-mat-khau";
    internal const string MustChangeKey = "OneStop.MustChangePassword";

    /// <summary>What such an account may still reach: the change page, signing out, the error pages, static files.</summary>
    private static bool Allowed(PathString path) =>
        path.StartsWithSegments(Path) || path.StartsWithSegments("/dang-xuat") || path.StartsWithSegments("/dang-nhap")
        || path.StartsWithSegments("/loi") || path.StartsWithSegments("/khong-tim-thay") || path.StartsWithSegments("/health")
        || SessionValidation.IsStaticFile(path);

    public static WebApplication UsePasswordChangeGate(this WebApplication app)
    {
        app.Use(static (http, next) =>
        {
            if (!http.Items.ContainsKey(MustChangeKey) || Allowed(http.Request.Path)) return next(http);
            if (HttpMethods.IsGet(http.Request.Method) && http.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase)
                && !http.Request.Path.StartsWithSegments("/api"))
            {
                http.Response.Redirect(Path);
                return Task.CompletedTask;
            }
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        });
        return app;
    }
}
