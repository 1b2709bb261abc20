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
using Microsoft.Extensions.Options;

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
        // The provider and its connection decide which services exist, so they are read while registering them.
        var kind = DatabaseProvider.Kind(configuration[DatabaseProvider.SettingName]);
        var connectionString = DatabaseProvider.ConnectionString(configuration.GetConnectionString(SqliteConnectionString.Name), kind, contentRoot);
        services.AddSingleton(new DatabaseSettings(kind));
        services.AddPooledDbContextFactory<AlphasRunDbContext>(options => DatabaseProvider.Configure(options, kind, connectionString));
        services.AddSingleton<IAlphasRunDbFactory, AlphasRunDbFactory>();
        services.AddSingleton<IDbErrorClassifier, DbErrorClassifier>();
        services.AddScoped<DatabaseSeeder>();
        services.AddScoped<DatabaseInitializer>();
        services.AddSingleton<OutboxDispatcher>();
        // Recurring work: one runner, each job claimed in the database (docs/decisions/0014-recurring-work.md).
        services.AddSingleton<RecurringJob, OutboxDispatchJob>();
        services.AddSingleton<RecurringJob, ReminderSweepJob>();
        services.AddSingleton<RecurringJob, RunGenerationJob>();
        services.AddSingleton<JobRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<JobRunner>());
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddSharedCaches(configuration);

        // One application name: every instance reads the same key ring from the database.
        var keys = configuration.GetSection(DataProtectionSettings.SectionName);
        services.AddOptions<DataProtectionSettings>()
            .Bind(keys)
            .Validate(s => s.IsConfigured || string.IsNullOrEmpty(s.CertificatePassword), "AlphasRun:DataProtection:CertificatePassword is set without a CertificatePath.")
            .ValidateOnStart();
        var dataProtection = services.AddDataProtection()
            .SetApplicationName(DataProtectionApplicationName)
            .PersistKeysToDbContext<AlphasRunDbContext>();
        if (DataProtectionCertificate.Load(keys.Get<DataProtectionSettings>() ?? new DataProtectionSettings(), contentRoot) is { } certificate)
        {
            // The keys sit in the same database as the data they protect: encrypted, a copy of the database is not enough.
            dataProtection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }

        services.AddOptions<SignInLockoutSettings>()
            .Bind(configuration.GetSection(SignInLockoutSettings.SectionName))
            .Validate(s => s.MaxFailedSignIns > 0 && s.LockoutDuration > TimeSpan.Zero, "AlphasRun:MaxFailedSignIns and AlphasRun:LockoutDuration must be more than 0.")
            .ValidateOnStart();
        services.AddOptions<IdentityOptions>().Configure<IOptions<SignInLockoutSettings>>((options, lockout) =>
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
                options.Lockout.MaxFailedAccessAttempts = lockout.Value.MaxFailedSignIns;
                options.Lockout.DefaultLockoutTimeSpan = lockout.Value.LockoutDuration;
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
                options.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
            });
        services.AddIdentityCore<ApplicationUser>()
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AlphasRunDbContext>()
            .AddSignInManager()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddErrorDescriber<AlphasRunIdentityErrors>()
            .AddDefaultTokenProviders();
        services.AddScoped<IMemberAccounts, MemberAccounts>();
        services.AddScoped<IAccountStatus, AccountStatus>();
        services.AddScoped<IStartupSeedStep, RolesAndAdminsSeed>();
        services.AddScoped<IStartupSeedStep, DemoAccountsSeed>();
        services.AddScoped<IStartupSeedStep, AuditFieldsSeed>();

        var email = configuration.GetSection(EmailSettings.SectionName);
        services.AddOptions<EmailSettings>()
            .Bind(email)
            .PostConfigure(e => e.PickupDirectory = Path.IsPathRooted(e.PickupDirectory) ? e.PickupDirectory : Path.GetFullPath(Path.Combine(contentRoot, e.PickupDirectory)))
            .Validate(e => e.SmtpPort is > 0 and <= 65535, "AlphasRun:Email:SmtpPort must be a port number (1 to 65535).")
            .ValidateOnStart();

        // SMTP or the pickup folder is decided while the services are registered.
        if (string.IsNullOrWhiteSpace(email.Get<EmailSettings>()?.SmtpHost))
        {
            services.AddSingleton<IEmailSender, PickupFolderEmailSender>();
            services.AddSingleton<RecurringJob, PickupRetentionJob>();
        }
        else
        {
            services.AddSingleton<IEmailSender, SmtpEmailSender>();
        }

        services.AddScoped<AccountEmailComposer>();
        services.AddSingleton<AlphasRun.Application.GroupRuns.ICalendarWriter, Calendar.IcalCalendarWriter>();
        return services;
    }
}
