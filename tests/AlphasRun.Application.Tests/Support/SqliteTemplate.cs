using AlphasRun.Infrastructure;
using AlphasRun.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AlphasRun.Application.Tests.Support;

/// <summary>
/// One SQLite file per test process with every migration applied by the app's own context, and nothing
/// else: a test copies it instead of migrating a new file (the SQLite counterpart of the PostgreSQL
/// template database). Start-up then finds no migration to apply and seeds as on any first start.
/// </summary>
internal static class SqliteTemplate
{
    private static readonly Lazy<Task<string>> Template = new(CreateAsync);

    public static async Task CopyToAsync(string path) => File.Copy(await Template.Value, path);

    private static async Task<string> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "alphasrun-tests", $"template-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "alphasrun.db");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:AlphasRun"] = $"Data Source={path}",
                [DatabaseProvider.SettingName] = nameof(DatabaseKind.Sqlite),
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddApplication(configuration);
        services.AddInfrastructure(configuration, folder);
        await using (var provider = services.BuildServiceProvider())
        {
            var factory = provider.GetRequiredService<IDbContextFactory<AlphasRunDbContext>>();
            await using var db = await factory.CreateDbContextAsync();
            await db.Database.MigrateAsync();
        }

        // Copied while no connection holds it open; the file is left in its rollback-journal mode (one file,
        // nothing in a -wal beside it), and start-up turns WAL on in each copy as it does in a new file.
        SqliteConnection.ClearPool(new SqliteConnection($"Data Source={path}"));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(folder);
        return path;
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A template left in the temp folder is harmless.
        }
    }
}
