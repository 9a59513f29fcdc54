using Microsoft.Extensions.DependencyInjection;
using OneStop.Core.Accounts;
using OneStop.Core.Catalog;
using OneStop.Core.Centre;
using OneStop.Core.Dossiers;

namespace OneStop.Core;

public static class OneStopCoreServices
{
    /// <summary>Application services of the Core. Singletons use a DbContext factory, one context per operation.</summary>
    public static IServiceCollection AddOneStopCore(this IServiceCollection services)
    {
        services.AddSingleton<CentreService>();
        services.AddSingleton<DossierQueries>();
        services.AddSingleton<CatalogService>();
        services.AddScoped<AccountService>();
        return services;
    }
}
