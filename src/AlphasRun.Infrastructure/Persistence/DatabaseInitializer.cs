using AlphasRun.Application.GroupRuns;
using AlphasRun.Infrastructure.Persistence.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AlphasRun.Infrastructure.Persistence;

/// <summary>The one start-up step: create the file, apply migrations, turn on WAL, seed, generate the coming runs. Safe to run on every start.</summary>
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
        if (SqliteConnectionString.FilePath(connectionString) is { } path)
        {
            EnsureWritable(path);
        }

        await db.Database.MigrateAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        await seeder.SeedAsync(db, cancellationToken);
        foreach (var step in seedSteps)
        {
            await step.RunAsync(cancellationToken);
        }

        var created = await occurrences.GenerateAsync(cancellationToken);
        var location = SqliteConnectionString.FilePath(connectionString) ?? "(memory)";
        LogReady(logger, location, created);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ready at {Database}; {Created} dated runs generated")]
    private static partial void LogReady(ILogger logger, string database, int created);

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

/// <summary>The database file cannot be created or written; the message names the path.</summary>
public sealed class DatabaseUnavailableException(string path, Exception inner)
    : Exception($"Cannot open the database file '{path}' for writing ({inner.Message.TrimEnd('.')}). Set ConnectionStrings:AlphasRun to a writable path.", inner)
{
    public string DatabasePath { get; } = path;
}
