using Microsoft.Data.Sqlite;

namespace AlphasRun.Infrastructure.Persistence;

/// <summary>Resolves the configured SQLite connection string; a relative file path is taken from the app's content root.</summary>
public static class SqliteConnectionString
{
    public const string Name = "AlphasRun";
    public const string Default = "Data Source=data/alphasrun.db";

    public static string Resolve(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? Default : configured);
        if (builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }

        // Writers wait for each other instead of failing at once; longer races are retried by the services.
        builder.DefaultTimeout = 30;
        builder.Pooling = true;
        return builder.ToString();
    }

    public static string? FilePath(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        return builder.Mode == SqliteOpenMode.Memory || builder.DataSource == ":memory:" ? null : builder.DataSource;
    }
}
