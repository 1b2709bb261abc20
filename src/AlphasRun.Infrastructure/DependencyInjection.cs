using AlphasRun.Application.Common;
using AlphasRun.Application.Runners;
using AlphasRun.Infrastructure.Email;
using AlphasRun.Infrastructure.Identity;
using AlphasRun.Infrastructure.Persistence;
using AlphasRun.Infrastructure.Persistence.Seeding;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AlphasRun.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var connectionString = SqliteConnectionString.Resolve(configuration.GetConnectionString(SqliteConnectionString.Name), contentRoot);
        services.AddPooledDbContextFactory<AlphasRunDbContext>(options => options.UseSqlite(connectionString).AddInterceptors(new SqlitePragmas()));
        services.AddSingleton<IWriteGate, SqliteWriteGate>();
        services.AddSingleton<IAlphasRunDbFactory, AlphasRunDbFactory>();
        services.AddScoped<DatabaseSeeder>();
        services.AddScoped<DatabaseInitializer>();
        services.AddHostedService<OccurrenceRefreshService>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

        var dataProtection = services.AddDataProtection()
            .SetApplicationName("AlphasRun")
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
