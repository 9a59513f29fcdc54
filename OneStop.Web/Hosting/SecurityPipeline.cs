using System.Diagnostics;
using System.Security.Cryptography;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace OneStop.Web.Hosting;

/// <summary>
/// The hard edges of the HTTP pipeline: errors without internals, response headers, the login rate limit and HTTPS.
/// </summary>
public static class SecurityPipeline
{
    public const string LoginPath = "/dang-nhap";

    /// <summary>HttpContext.Items key of the correlation id of an unexpected error (shown on the error page and in the log).</summary>
    public const string ErrorIdKey = "OneStop.ErrorId";

    public static WebApplicationBuilder AddOneStopSecurity(this WebApplicationBuilder builder, OneStopOptions options)
    {
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
        builder.Services.AddExceptionHandler<CorrelatedExceptionHandler>();
        builder.Services.AddScoped<LoginGuard>();
        // The header middleware sends X-Frame-Options on every response; antiforgery would add a second value.
        builder.Services.Configure<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>(o => o.SuppressXFrameOptionsHeader = true);
        builder.Services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = false;
        });
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                HttpMethods.IsPost(http.Request.Method) && http.Request.Path.Equals(LoginPath, StringComparison.OrdinalIgnoreCase)
                    ? RateLimitPartition.GetFixedWindowLimiter(ClientKey(http), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = Math.Max(1, options.LoginAttemptsPerMinute),
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    })
                    : RateLimitPartition.GetNoLimiter(""));
            o.OnRejected = async (ctx, ct) =>
            {
                ctx.HttpContext.Response.Headers.RetryAfter = "60";
                ctx.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await ctx.HttpContext.Response.WriteAsync("Đăng nhập quá nhiều lần từ máy này. Vui lòng thử lại sau một phút.", ct);
            };
        });
        return builder;
    }

    /// <summary>HttpContext.Items key of this response's CSP nonce (App.razor puts it on the import map).</summary>
    public const string CspNonceKey = "OneStop.CspNonce";

    /// <summary>
    /// Scripts only from this server (blazor.web.js, MudBlazor.min.js, app.js) plus the inline import map that carries
    /// the nonce; no eval, no inline handlers, no plug-ins. The circuit's WebSocket is 'self'. Styles and images stay
    /// open to inline values: MudBlazor sets style attributes and Blazor's reconnect dialog injects a style element,
    /// neither of which can run script.
    /// </summary>
    public static string ContentSecurityPolicy(string nonce) =>
        $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
        + "font-src 'self' data:; connect-src 'self'; object-src 'none'; frame-src 'self' blob:; worker-src 'self' blob:; "
        + "frame-ancestors 'self'; base-uri 'self'; form-action 'self'";

    /// <summary>Login attempts are counted per client address (each counter PC on the LAN has its own).</summary>
    private static string ClientKey(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>True when the configuration listens on HTTPS (Kestrel endpoints or urls).</summary>
    public static bool ListensOnHttps(IConfiguration config)
    {
        var urls = (config["urls"] ?? config["ASPNETCORE_URLS"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries).AsEnumerable();
        urls = urls.Concat(config.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"] ?? ""));
        return urls.Any(u => u.TrimStart().StartsWith("https:", StringComparison.OrdinalIgnoreCase));
    }

    public static WebApplication UseOneStopSecurity(this WebApplication app)
    {
        app.UseTrustedProxies(app.Services.GetRequiredService<OneStopOptions>());
        // Never the developer page (it shows the stack and the request's headers, cookies included), in any environment.
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/loi", CreateScopeForErrors = true });
        app.Use(static (http, next) =>
        {
            // A fresh nonce per response: the one inline script (Blazor's import map, App.razor) carries it.
            var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)); // hex: nothing to escape in HTML or the header
            http.Items[CspNonceKey] = nonce;
            // Set when the response starts: this middleware is the outermost, so its callback runs last and replaces
            // any value a component set on the way (antiforgery's own X-Frame-Options: SAMEORIGIN).
            http.Response.OnStarting(static state =>
            {
                var (response, nonce) = ((HttpResponse, string))state;
                var h = response.Headers;
                h.XContentTypeOptions = "nosniff";
                h.XFrameOptions = "SAMEORIGIN"; // the dossier page shows the receipt PDF in its own iframe
                h["Referrer-Policy"] = "same-origin";
                h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
                // Pages get the script policy; files keep the frame-only one (an object-src/default-src policy on a PDF
                // response stops the browser's built-in PDF viewer, which the receipt frame uses).
                h.ContentSecurityPolicy = (response.ContentType ?? "").StartsWith("text/html", StringComparison.OrdinalIgnoreCase)
                    ? ContentSecurityPolicy(nonce)
                    : "frame-ancestors 'self'; base-uri 'self'; form-action 'self'";
                return Task.CompletedTask;
            }, (http.Response, nonce));
            return next(http);
        });
        if (ListensOnHttps(app.Configuration))
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        app.UseRateLimiter();
        return app;
    }

    /// <summary>
    /// Behind a reverse proxy listed in <c>OneStop:TrustedProxies</c>: the client address and scheme from its
    /// X-Forwarded-For/-Proto (one hop). Nothing is taken from the headers of any other sender.
    /// </summary>
    private static void UseTrustedProxies(this WebApplication app, OneStopOptions options)
    {
        var proxies = options.TrustedProxies.Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (proxies.Count == 0) return;
        var forwarded = new ForwardedHeadersOptions
        {
            ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto,
            ForwardLimit = 1,
        };
        forwarded.KnownIPNetworks.Clear();
        forwarded.KnownProxies.Clear();
        foreach (var p in proxies)
            forwarded.KnownProxies.Add(System.Net.IPAddress.Parse(p));
        app.UseForwardedHeaders(forwarded);
    }

    /// <summary>
    /// Logs every unexpected error with a short correlation id the user sees. API and file requests get a problem
    /// description (Vietnamese, no internals); pages fall through to the error page, which shows the same id.
    /// </summary>
    private sealed class CorrelatedExceptionHandler(ILogger<CorrelatedExceptionHandler> log, IProblemDetailsService problems) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
        {
            var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(4));
            http.Items[ErrorIdKey] = id;
            var path = http.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? http.Request.Path.Value;
            log.LogError(exception, "Lỗi không mong đợi {ErrorId} trên {Method} {Path} (trace {TraceId})",
                id, http.Request.Method, path, Activity.Current?.Id ?? http.TraceIdentifier);
            if (WantsPage(http.Request, path)) return false;

            http.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                Exception = null, // never the exception's text or stack
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status500InternalServerError,
                    Title = "Lỗi hệ thống",
                    Detail = $"Yêu cầu chưa được xử lý do lỗi hệ thống. Mã lỗi {id}: báo mã này cho quản trị viên.",
                    Extensions = { ["errorId"] = id },
                },
            });
        }

        private static bool WantsPage(HttpRequest request, string? originalPath) =>
            HttpMethods.IsGet(request.Method) && !(originalPath ?? "").StartsWith("/api/", StringComparison.OrdinalIgnoreCase)
            && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Error statuses without a body: a person opening a page in the browser gets the "not found" page; the API, the
    /// PDF/XLSX/JSON files, wrong methods (405) and every other caller get a Vietnamese problem description.
    /// </summary>
    public static WebApplication UseOneStopStatusPages(this WebApplication app)
    {
        app.UseStatusCodePagesWithReExecute("/khong-tim-thay", createScopeForStatusCodePages: true);
        // Inside the page re-execution: a problem body written here means there is nothing left for it to do.
        app.Use(static async (http, next) =>
        {
            await next(http);
            var r = http.Response;
            if (r.StatusCode is >= 400 and < 600 && !r.HasStarted && r.ContentLength is null && string.IsNullOrEmpty(r.ContentType)
                && !IsPageRequest(http))
                await Results.Problem(title: Title(r.StatusCode), detail: Detail(r.StatusCode), statusCode: r.StatusCode).ExecuteAsync(http);
        });
        return app;
    }

    private static bool IsPageRequest(HttpContext http)
    {
        var r = http.Request;
        if (!HttpMethods.IsGet(r.Method) && !HttpMethods.IsHead(r.Method)) return false;
        if (r.Path.StartsWithSegments("/api")) return false;
        var path = r.Path.Value ?? "";
        if (path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || path.EndsWith("/xuat-json", StringComparison.OrdinalIgnoreCase))
            return false;
        return r.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
    }

    private static string Detail(int status) => status switch
    {
        400 => "Yêu cầu không hợp lệ.",
        401 => "Phiên đăng nhập không còn hiệu lực. Vui lòng đăng nhập lại.",
        403 => "Tài khoản không có quyền với tài nguyên này.",
        404 => "Không tìm thấy tài nguyên được yêu cầu.",
        405 => "Địa chỉ này không nhận phương thức HTTP đã dùng.",
        429 => "Quá nhiều yêu cầu. Vui lòng thử lại sau.",
        _ => "Yêu cầu không được xử lý.",
    };

    /// <summary>Status text of a code for problem titles.</summary>
    internal static string Title(int status) => status switch
    {
        400 => "Yêu cầu không hợp lệ",
        401 => "Cần đăng nhập",
        403 => "Không có quyền",
        404 => "Không tìm thấy",
        405 => "Phương thức không được hỗ trợ",
        429 => "Quá nhiều yêu cầu",
        415 => "Kiểu dữ liệu không được hỗ trợ",
        _ => status >= 500 ? "Lỗi hệ thống" : "Yêu cầu không được xử lý",
    };
}
