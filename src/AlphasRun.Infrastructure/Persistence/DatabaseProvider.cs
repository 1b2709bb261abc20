using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AlphasRun.Infrastructure.Persistence;

/// <summary>Which database the app runs on: <c>AlphasRun:Database</c> = <c>Sqlite</c> (default) or <c>PostgreSQL</c>.</summary>
public enum DatabaseKind
{
    Sqlite,
    PostgreSql,
}

/// <summary>Reads the provider switch and configures EF Core for it, each provider with its own migrations assembly.</summary>
public static class DatabaseProvider
{
    public const string SettingName = "AlphasRun:Database";

    /// <summary>PostgreSQL migrations live in their own assembly (EF Core's "one migrations assembly per provider").</summary>
    public const string PostgreSqlMigrationsAssembly = "AlphasRun.Infrastructure.PostgreSql";

    /// <summary>The provider named by the <see cref="SettingName"/> setting's value.</summary>
    public static DatabaseKind Kind(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim().Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            return DatabaseKind.Sqlite;
        }

        if (value.Trim() is var v && (v.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase) || v.Equals("Postgres", StringComparison.OrdinalIgnoreCase) || v.Equals("Npgsql", StringComparison.OrdinalIgnoreCase)))
        {
            return DatabaseKind.PostgreSql;
        }

        throw new InvalidOperationException($"{SettingName} is '{value}'; use Sqlite or PostgreSQL.");
    }

    internal static void Configure(DbContextOptionsBuilder options, DatabaseKind kind, string connectionString)
    {
        if (kind == DatabaseKind.PostgreSql)
        {
            options.UseNpgsql(connectionString, o => o.MigrationsAssembly(PostgreSqlMigrationsAssembly));
        }
        else
        {
            options.UseSqlite(connectionString).AddInterceptors(new SqlitePragmas());
        }
    }

    internal static string ConnectionString(string? configured, DatabaseKind kind, string contentRoot)
    {
        if (kind == DatabaseKind.Sqlite)
        {
            return SqliteConnectionString.Resolve(configured, contentRoot);
        }

        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new InvalidOperationException("AlphasRun:Database is PostgreSQL but ConnectionStrings:AlphasRun is empty; set it, e.g. Host=localhost;Database=alphasrun;Username=alphasrun;Password=…");
        }

        // Validates the string early, with Npgsql's own message naming the bad keyword.
        return new NpgsqlConnectionStringBuilder(configured).ConnectionString;
    }
}

/// <summary>The configured provider, for the few places that differ (SQLite pragmas, PostgreSQL row locks).</summary>
public sealed record DatabaseSettings(DatabaseKind Kind);
