using AlphasRun.Application.GroupRuns;
using AlphasRun.Infrastructure.Persistence.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace AlphasRun.Infrastructure.Persistence;

/// <summary>The one start-up step: create the file (SQLite), apply the provider's migrations, turn on WAL (SQLite), seed, generate the coming runs. Safe to run on every start of every instance.</summary>
public sealed partial class DatabaseInitializer(
    IDbContextFactory<AlphasRunDbContext> dbFactory,
    DatabaseSeeder seeder,
    OccurrenceGenerator occurrences,
    IEnumerable<IStartupSeedStep> seedSteps,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var connectionString = db.Database.GetConnectionString()!;
        var sqlite = db.Database.IsSqlite();
        if (sqlite && SqliteConnectionString.FilePath(connectionString) is { } path)
        {
            EnsureWritable(path);
        }

        try
        {
            // Every instance may run this at once: PostgreSQL migrations take an advisory lock
            // (EF Core 9+), SQLite's take the write lock; an applied migration is skipped.
            await db.Database.MigrateAsync(cancellationToken);
        }
        catch (NpgsqlException ex)
        {
            throw new DatabaseUnavailableException(Describe(connectionString), ex);
        }

        if (sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await seeder.SeedAsync(db, cancellationToken);
        foreach (var step in seedSteps)
        {
            await step.RunAsync(cancellationToken);
        }

        var created = await occurrences.GenerateAsync(cancellationToken);
        var location = sqlite ? SqliteConnectionString.FilePath(connectionString) ?? "(memory)" : Describe(connectionString);
        LogReady(logger, location, created);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ready at {Database}; {Created} dated runs generated")]
    private static partial void LogReady(ILogger logger, string database, int created);

    /// <summary>A PostgreSQL connection string without its password, for log lines.</summary>
    private static string Describe(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database} as {builder.Username}";
    }

    private static void EnsureWritable(string path)
    {
        try
        {
            var directory = Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE IF NOT EXISTS __alphasrun_write_check (x INTEGER); DROP TABLE __alphasrun_write_check;";
            command.ExecuteNonQuery();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SqliteException)
        {
            throw new DatabaseUnavailableException(path, ex);
        }
    }
}

/// <summary>An extra seeding step run after the content seed (e.g. demo accounts in Development).</summary>
public interface IStartupSeedStep
{
    Task RunAsync(CancellationToken cancellationToken);
}

/// <summary>The database cannot be opened or written; the message names the file or server.</summary>
public sealed class DatabaseUnavailableException : Exception
{
    public DatabaseUnavailableException(string path, Exception inner)
        : base(Message(path, inner), inner) => DatabasePath = path;

    public string DatabasePath { get; }

    private static new string Message(string path, Exception inner) => inner is NpgsqlException
        ? $"Cannot reach {path} ({inner.Message.TrimEnd('.')}). Start PostgreSQL or fix ConnectionStrings:AlphasRun."
        : $"Cannot open the database file '{path}' for writing ({inner.Message.TrimEnd('.')}). Set ConnectionStrings:AlphasRun to a writable path.";
}
