using AlphasRun.Application.Common;
using AlphasRun.Application.Runners;
using AlphasRun.Infrastructure.Email;
using AlphasRun.Infrastructure.Identity;
using AlphasRun.Infrastructure.Notifications;
using AlphasRun.Infrastructure.Persistence;
using AlphasRun.Infrastructure.Persistence.Seeding;
using AlphasRun.Infrastructure.Scheduling;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AlphasRun.Infrastructure;

public static class DependencyInjection
{
    public const string DataProtectionApplicationName = "AlphasRun";

    /// <summary>
    /// Caches that every instance must see: an in-memory <see cref="Microsoft.Extensions.Caching.Distributed.IDistributedCache"/>
    /// and output-cache store on one instance, Redis for both when <c>ConnectionStrings:Redis</c> is set.
    /// </summary>
    public static IServiceCollection AddSharedCaches(this IServiceCollection services, IConfiguration configuration)
    {
        var redis = configuration.GetConnectionString("Redis");
        if (string.IsNullOrWhiteSpace(redis))
        {
            services.AddDistributedMemoryCache();
        }
        else
        {
            services.AddStackExchangeRedisCache(o =>
            {
                o.Configuration = redis;
                o.InstanceName = "alphasrun:";
            });

            // The public pages' output cache too, so a coach's change evicts the page on every instance.
            services.AddStackExchangeRedisOutputCache(o =>
            {
                o.Configuration = redis;
                o.InstanceName = "alphasrun:pages:";
            });
        }

        return services;
    }

    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var kind = DatabaseProvider.Kind(configuration);
        var connectionString = DatabaseProvider.ConnectionString(configuration, kind, contentRoot);
        services.AddSingleton(new DatabaseSettings(kind));
        services.AddPooledDbContextFactory<AlphasRunDbContext>(options => DatabaseProvider.Configure(options, kind, connectionString));
        services.AddSingleton<IAlphasRunDbFactory, AlphasRunDbFactory>();
        services.AddSingleton<IDbErrorClassifier, DbErrorClassifier>();
        services.AddScoped<DatabaseSeeder>();
        services.AddScoped<DatabaseInitializer>();
        services.AddSingleton<OnceAcrossInstances>();
        services.AddHostedService<OccurrenceRefreshService>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService<OutboxDispatcherService>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddSharedCaches(configuration);

        // One application name: every instance reads the same key ring from the database.
        services.AddDataProtection()
            .SetApplicationName(DataProtectionApplicationName)
            .PersistKeysToDbContext<AlphasRunDbContext>();

        services.AddIdentityCore<ApplicationUser>(options =>
            {
                // Length over composition (NIST 800-63B): at least 10 characters, no character-class rules.
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
                options.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AlphasRunDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.AddScoped<IMemberAccounts, MemberAccounts>();
        services.AddScoped<IStartupSeedStep, RolesAndAdminsSeed>();
        services.AddScoped<IStartupSeedStep, DemoAccountsSeed>();

        var email = configuration.GetSection("AlphasRun:Email").Get<EmailSettings>() ?? new EmailSettings();
        if (!Path.IsPathRooted(email.PickupDirectory))
        {
            email.PickupDirectory = Path.GetFullPath(Path.Combine(contentRoot, email.PickupDirectory));
        }

        services.AddSingleton(email);
        if (string.IsNullOrWhiteSpace(email.SmtpHost))
        {
            services.AddSingleton<IEmailSender, PickupFolderEmailSender>();
        }
        else
        {
            services.AddSingleton<IEmailSender, SmtpEmailSender>();
        }

        services.AddSingleton<IEmailSender<ApplicationUser>, IdentityEmailSender>();
        services.AddSingleton<AlphasRun.Application.GroupRuns.ICalendarWriter, Calendar.IcalCalendarWriter>();
        return services;
    }
}
