using AlphasRun.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AlphasRun.Application.Tests.Support;

/// <summary>
/// The PostgreSQL server the tests use (<c>ALPHASRUN_TEST_POSTGRES</c>, default: local server, role
/// alphasrun/alphasrun). The schema is migrated once into a template database; each test gets its own
/// database copied from it, dropped afterwards.
/// </summary>
public static class PostgresTestServer
{
    public const string EnvironmentVariable = "ALPHASRUN_TEST_POSTGRES";
    private const string DefaultServer = "Host=127.0.0.1;Port=5432;Username=alphasrun;Password=alphasrun";

    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);

    public static string Server => Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured ? configured : DefaultServer;

    public static string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(Server) { Database = database, MaxPoolSize = 20, IncludeErrorDetail = true }.ConnectionString;

    public static async Task<string> CreateDatabaseAsync()
    {
        var template = await Template.Value;
        var name = "alphasrun_test_" + Guid.NewGuid().ToString("N");
        await using var admin = await OpenAdminAsync();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"", admin);
                await create.ExecuteNonQueryAsync();
                return name;
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 10)
            {
                // Someone (autovacuum) is connected to the template for a moment.
                await Task.Delay(200 * attempt);
            }
        }
    }

    public static async Task DropDatabaseAsync(string name)
    {
        NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString(name)));
        await using var admin = await OpenAdminAsync();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
            {
                // Autovacuum (a superuser backend the test role may not end) is visiting the database: wait for it.
                if (attempt == 10)
                {
                    return; // a leftover test database is harmless; the next run's names are new
                }

                await Task.Delay(300 * attempt);
            }
        }
    }

    private static async Task<string> CreateTemplateAsync()
    {
        // Named after the newest migration, so a changed schema gets a fresh template.
        var options = new DbContextOptionsBuilder<AlphasRunDbContext>();
        options.UseNpgsql(ConnectionString("postgres"), o => o.MigrationsAssembly(DatabaseProvider.PostgreSqlMigrationsAssembly));
        string last;
        await using (var probe = new AlphasRunDbContext(options.Options))
        {
            last = probe.Database.GetMigrations().Last();
        }

        var template = "alphasrun_template_" + last.ToLowerInvariant();
        await using var admin = await OpenAdminAsync();

        // Test processes running at once (several test projects) build the template one at a time.
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_lock(724501)", admin))
        {
            await lockCommand.ExecuteNonQueryAsync();
        }

        try
        {
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @n", admin);
            exists.Parameters.AddWithValue("n", template);
            if (await exists.ExecuteScalarAsync() is null)
            {
                var building = template + "_building";
                await using (var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{building}\" WITH (FORCE)", admin))
                {
                    await drop.ExecuteNonQueryAsync();
                }

                await using (var create = new NpgsqlCommand($"CREATE DATABASE \"{building}\"", admin))
                {
                    await create.ExecuteNonQueryAsync();
                }

                var buildOptions = new DbContextOptionsBuilder<AlphasRunDbContext>();
                // Built without the app's services, the context does not know Identity's schema version; the
                // migrations are applied as written, and the app's own start-up checks the model against them.
                buildOptions.UseNpgsql(ConnectionString(building), o => o.MigrationsAssembly(DatabaseProvider.PostgreSqlMigrationsAssembly))
                    .ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.PendingModelChangesWarning));
                await using (var db = new AlphasRunDbContext(buildOptions.Options))
                {
                    await db.Database.MigrateAsync();
                }

                NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString(building)));
                await using var rename = new NpgsqlCommand($"ALTER DATABASE \"{building}\" RENAME TO \"{template}\"", admin);
                await rename.ExecuteNonQueryAsync();
            }

            // Nobody connects to the template (as with template0), so copying it never finds it busy.
            await using (var close = new NpgsqlCommand($"ALTER DATABASE \"{template}\" WITH ALLOW_CONNECTIONS false", admin))
            {
                await close.ExecuteNonQueryAsync();
            }
        }
        finally
        {
            await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(724501)", admin);
            await unlock.ExecuteNonQueryAsync();
        }

        return template;
    }

    private static async Task<NpgsqlConnection> OpenAdminAsync()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Database = "postgres", Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync();
            return connection;
        }
        catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            await connection.DisposeAsync();
            throw new InvalidOperationException(
                $"""
                The PostgreSQL tests need a PostgreSQL server and could not reach one ({ex.Message}).
                Start one and create the test role (Debian/Ubuntu, as root):
                    apt-get install -y postgresql && pg_ctlcluster 15 main start
                    su postgres -c "psql -c \"CREATE ROLE alphasrun LOGIN CREATEDB PASSWORD 'alphasrun'\""
                or run `bash .ci/services.sh`, which does both; or point {EnvironmentVariable} at another server
                (a role that may create databases), e.g. {EnvironmentVariable}="Host=db;Username=me;Password=secret".
                """, ex);
        }
    }
}
