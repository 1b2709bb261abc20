using AlphasRun.Application.Common;
using AlphasRun.Application.Common.Security;
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
        services.AddHostedService<ReminderSweepService>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddSharedCaches(configuration);

        // One application name: every instance reads the same key ring from the database.
        var dataProtection = services.AddDataProtection()
            .SetApplicationName(DataProtectionApplicationName)
            .PersistKeysToDbContext<AlphasRunDbContext>();
        if (DataProtectionCertificate.Load(configuration, contentRoot) is { } certificate)
        {
            // The keys sit in the same database as the data they protect: encrypted, a copy of the database is not enough.
            dataProtection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }

        services.AddIdentityCore<ApplicationUser>(options =>
            {
                // Length over composition (NIST 800-63B): at least 10 characters, no character-class rules.
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                // Account-wide lockout is the backstop; the first line is per client (see Web's Throttle), so one
                // attacker cannot keep a member locked out. An admin can unlock from the members page.
                options.Lockout.MaxFailedAccessAttempts = configuration.GetValue("AlphasRun:MaxFailedSignIns", 20);
                options.Lockout.DefaultLockoutTimeSpan = configuration.GetValue("AlphasRun:LockoutDuration", TimeSpan.FromMinutes(15));
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
                options.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AlphasRunDbContext>()
            .AddSignInManager()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddDefaultTokenProviders();
        services.AddScoped<IMemberAccounts, MemberAccounts>();
        services.AddScoped<IAccountStatus, AccountStatus>();
        services.AddScoped<IStartupSeedStep, RolesAndAdminsSeed>();
        services.AddScoped<IStartupSeedStep, DemoAccountsSeed>();
        services.AddScoped<IStartupSeedStep, AuditFieldsSeed>();

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
