using OneStop.Core.Backup;

namespace OneStop.Web.Hosting;

public static class BackupHosting
{
    /// <summary>The backup service on the data folder, the damaged-database state and, when enabled, the schedule.</summary>
    public static IServiceCollection AddOneStopBackups(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        var options = configuration.GetSection(BackupOptions.Section).Get<BackupOptions>() ?? new BackupOptions();
        BackupSchedule.Parse(options.Times);
        services.AddSingleton(options);
        services.AddSingleton(sp => new BackupService(dataDirectory, options, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<DatabaseState>();
        if (options.Enabled) services.AddHostedService<BackupScheduler>();
        return services;
    }
}
