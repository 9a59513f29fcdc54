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
        services.AddSingleton<StorageFailure>();
        if (options.Enabled) services.AddHostedService<BackupScheduler>();
        return services;
    }
}

public static class DataFolderLockHosting
{
    /// <summary>
    /// Takes the server's lock on the data folder now (refused with a Vietnamese message while a restore runs or another
    /// server uses the folder); the container releases it when the host stops.
    /// </summary>
    public static IServiceCollection AddOneStopDataFolderLock(this IServiceCollection services, string dataDirectory)
    {
        var held = DataFolderLock.ForServer(dataDirectory);
        services.AddSingleton(_ => held);
        return services;
    }
}
