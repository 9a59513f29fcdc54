using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using MudBlazor;
using MudBlazor.Services;
using OneStop.Core;
using OneStop.Core.Accounts;
using OneStop.Core.Centre;
using OneStop.Core.Dossiers;
using OneStop.Core.Persistence;
using OneStop.Core.Scanning;
using OneStop.Web.Components;
using OneStop.Web.Endpoints;

namespace OneStop.Web.Hosting;

public static class OneStopHosting
{
    public static WebApplicationBuilder AddOneStop(this WebApplicationBuilder builder)
    {
        // As a Windows service or a systemd unit: start/stop notifications and logs to the service manager.
        // Both do nothing when the app is started from a console.
        builder.Host.UseWindowsService(o => o.ServiceName = "OneStop");
        builder.Host.UseSystemd();

        var options = builder.Configuration.GetSection(OneStopOptions.Section).Get<OneStopOptions>() ?? new OneStopOptions();
        var dataDir = string.IsNullOrWhiteSpace(options.DataDirectory) ? OneStopDatabase.DefaultDataDirectory : Path.GetFullPath(options.DataDirectory);
        options.DataDirectory = dataDir;
        builder.Services.AddSingleton(options);
        // Prepare first: it makes the data folder private (0700); the lock then lives inside it.
        DataFolder.Prepare(dataDir);
        builder.Services.AddOneStopDataFolderLock(dataDir);
        builder.AddOneStopFileLog(dataDir);
        builder.Services.AddOneStopDataProtection(dataDir);
        builder.AddOneStopSecurity(options);
        var https = SecurityPipeline.ListensOnHttps(builder.Configuration);
        builder.Services.AddSingleton(TimeProvider.System);

        // Vietnamese letters as text in server-rendered HTML, not &#x1EC5; entities.
        builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));

        builder.Services.AddOneStopDatabase(dataDir);
        builder.Services.AddOneStopCore();
        builder.Services.AddOneStopBackups(builder.Configuration, dataDir);
        builder.Services.AddOneStopHealth();
        builder.Services.AddSingleton(new ScanStorage(Path.Combine(dataDir, "scans")));
        builder.Services.AddSingleton(new ScanTrayOptions { InboxRoot = Path.Combine(dataDir, "scan-inbox") });
        builder.Services.AddHostedService<OneStop.Web.Scanning.ScanTrayMonitor>();
        builder.Services.AddHostedService<AccessLogWriter>();

        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices(c =>
        {
            c.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.TopRight;
            c.SnackbarConfiguration.VisibleStateDuration = 4000;
        });

        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddScoped<AuthenticationStateProvider, RevalidatingIdentityStateProvider>();
        builder.Services.AddScoped(sp => sp.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<OneStopDbContext>>().CreateDbContext());
        builder.Services.AddIdentity<AppUser, IdentityRole>(o =>
            {
                // Core's PasswordPolicy decides (length, user name, common passwords); no composition rules.
                o.Password.RequiredLength = PasswordPolicy.MinimumLength;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireDigit = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = false;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<OneStopDbContext>()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<PasswordPolicy>()
            .AddClaimsPrincipalFactory<OneStopClaimsFactory>();
        // Identity's validator renews the cookie's claims (roles, name) once a minute; SessionValidation re-reads the
        // account's stamp and state on every request that can return personal data.
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/dang-nhap";
            o.LogoutPath = "/dang-xuat";
            o.AccessDeniedPath = "/khong-co-quyen";
            o.Cookie.Name = "OneStop.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            // Secure when the server listens on HTTPS (README, "HTTPS trong mạng nội bộ"); plain HTTP stays usable for a trial.
            o.Cookie.SecurePolicy = https ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(10);
            o.SlidingExpiration = true;
            // Identity's events object already holds the security-stamp check: add to it, never replace it.
            o.Events.OnValidatePrincipal = SessionValidation.ValidatePrincipalAsync;
            // API callers get status codes, not a redirect to the login page.
            o.Events.OnRedirectToLogin = ctx => ApiAwareRedirect(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiAwareRedirect(ctx, StatusCodes.Status403Forbidden);
        });
        builder.Services.AddAuthorization();
        builder.Services.AddScoped<ScopedRunner>();
        builder.Services.AddProblemDetails();
        return builder;
    }

    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    public static WebApplication UseOneStop(this WebApplication app)
    {
        app.Services.GetRequiredService<OneStop.Core.Backup.DataFolderLock>();
        app.UseDamagedDatabasePage();
        app.UseOneStopSecurity();
        app.UseOneStopStatusPages();

        var assets = Path.Combine(AppContext.BaseDirectory, "wwwroot-assets");
        if (Directory.Exists(assets))
        {
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(assets),
                RequestPath = "/assets",
            });
        }
        app.UseAuthentication();
        app.UsePasswordChangeGate();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapOneStopHealth();
        app.MapAccountEndpoints();
        app.MapOneStopApi();
        app.MapCatalogEndpoints();
        app.MapCalendarEndpoints();
        app.MapDossierEndpoints();
        app.MapPaymentEndpoints();
        app.MapScanEndpoints();
        app.MapReportEndpoints();
        app.MapBackupEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

    public static async Task InitializeOneStopAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<OneStopOptions>();
        await using var scope = app.Services.CreateAsyncScope();
        var init = ActivatorUtilities.CreateInstance<DatabaseInitializer>(scope.ServiceProvider);
        await init.InitializeAsync(options);
    }
}

/// <summary>Start-up helpers that are not part of the request pipeline.</summary>
public static class OneStopWarmUp
{
    /// <summary>
    /// Loads what the first pages read (the centre's settings for the login page and the shell, the working calendar for
    /// every due date) on a background thread while Kestrel starts, so the first officer does not wait for EF's first
    /// query compile. A failure here only costs the first request that time; it is logged, never thrown.
    /// </summary>
    public static Task WarmUpOneStopAsync(this WebApplication app)
    {
        var centre = app.Services.GetRequiredService<OneStop.Core.Centre.CentreService>();
        var calendar = app.Services.GetRequiredService<OneStop.Core.Calendar.CalendarService>();
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OneStopWarmUp));
        var stopping = app.Lifetime.ApplicationStopping;
        return Task.Run(async () =>
        {
            try
            {
                await centre.GetAsync(stopping);
                await calendar.LoadAsync(stopping);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                log.LogWarning(ex, "Warm-up at start-up failed; the first request will load the data itself");
            }
        }, stopping);
    }
}

/// <summary>Runs work in a fresh DI scope: Identity's managers hold a DbContext, and a circuit lives for hours.</summary>
public sealed class ScopedRunner(IServiceScopeFactory scopes)
{
    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }
}
