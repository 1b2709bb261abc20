using AlphasRun.Application.Common;
using AlphasRun.Infrastructure.Persistence;
using AlphasRun.Infrastructure.Persistence.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AlphasRun.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var connectionString = SqliteConnectionString.Resolve(configuration.GetConnectionString(SqliteConnectionString.Name), contentRoot);
        services.AddDbContextFactory<AlphasRunDbContext>(options => options.UseSqlite(connectionString));
        services.AddSingleton<IAlphasRunDbFactory, AlphasRunDbFactory>();
        services.AddScoped<DatabaseSeeder>();
        services.AddScoped<DatabaseInitializer>();
        services.AddHostedService<OccurrenceRefreshService>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }
}
