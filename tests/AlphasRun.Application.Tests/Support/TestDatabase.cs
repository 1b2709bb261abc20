using AlphasRun.Application.Common;
using AlphasRun.Application.Common.Security;
using AlphasRun.Application.Common.UseCases;
using AlphasRun.Infrastructure;
using AlphasRun.Infrastructure.Notifications;
using AlphasRun.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace AlphasRun.Application.Tests.Support;

/// <summary>
/// The app's services over a real database with a fake clock: a SQLite file in a temp folder, or a fresh
/// PostgreSQL database (copied from a migrated template) when this test project runs on PostgreSQL
/// (<see cref="TestProvider"/>). Build one per test; <see cref="RestartAsync"/> simulates the app starting
/// again on the same database; <see cref="StartSecondHostAsync"/> a second app instance sharing it.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "alphasrun-tests", Guid.NewGuid().ToString("N"));
    private ServiceProvider _services;
    private AsyncServiceScope _scope;

    private Dictionary<string, string?> _settings;
    private readonly string? _postgresDatabase;
    private readonly bool _ownsDatabase;

    private TestDatabase(DateTimeOffset now, Dictionary<string, string?>? settings, string? postgresDatabase, bool ownsDatabase, FakeTimeProvider? clock = null, string? sqliteFile = null)
    {
        Directory.CreateDirectory(_folder);
        _sqliteFile = sqliteFile;
        _settings = settings ?? [];
        _postgresDatabase = postgresDatabase;
        _ownsDatabase = ownsDatabase;
        Clock = clock ?? new FakeTimeProvider(now);
        _services = BuildServices();
        _scope = _services.CreateAsyncScope();
    }

    public static DatabaseKind Provider => TestProvider.Kind;

    /// <summary>The connection string the app under test uses.</summary>
    public string ConnectionString => _postgresDatabase is { } name ? PostgresTestServer.ConnectionString(name) : $"Data Source={FilePath}";

    public FakeTimeProvider Clock { get; }

    /// <summary>Who the services think is calling; anonymous until a test signs someone in.</summary>
    public TestUser User { get; } = new();

    public string FilePath => _sqliteFile ?? Path.Combine(_folder, "alphasrun.db");

    public IServiceProvider Services => _services;

    /// <summary>Replaces the recording sender (set before the first email is sent), e.g. with one that fails.</summary>
    public IEmailSender? EmailSender { get; set; }

    /// <summary>Every email the app sent, instead of files on disk.</summary>
    public RecordingEmailSender Mail { get; } = new();

    /// <summary>Runs the outbox dispatcher until nothing is due (what the background service does every few seconds).</summary>
    public async Task<int> DeliverMailAsync()
    {
        var sent = 0;
        var dispatcher = _services.GetRequiredService<OutboxDispatcher>();
        while (await dispatcher.DispatchDueAsync(TestContext.Current.CancellationToken) is var batch && batch > 0)
        {
            sent += batch;
        }

        return sent;
    }

    /// <summary>
    /// Marks every email queued so far as sent without sending it: the confirmations of a test's set-up
    /// registrations, when the test is about the email that comes after.
    /// </summary>
    public async Task ForgetQueuedMailAsync()
    {
        var factory = _services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<AlphasRunDbContext>>();
        await using var db = await factory.CreateDbContextAsync(TestContext.Current.CancellationToken);
        DateTime? now = Clock.GetUtcNow().UtcDateTime;
        await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ExecuteUpdateAsync(
            db.OutboxMessages.Where(m => m.SentUtc == null), s => s.SetProperty(m => m.SentUtc, now), TestContext.Current.CancellationToken);
    }

    /// <summary>
    /// A database initialised as at start-up (migrated, seeded, runs generated) at the given time. On SQLite it
    /// starts from a copy of a migrated file (see <see cref="SqliteTemplate"/>) unless <paramref name="newFile"/>
    /// asks for no file at all, for the tests about what start-up does to a new file.
    /// </summary>
    public static async Task<TestDatabase> StartAsync(DateTimeOffset? now = null, Dictionary<string, string?>? settings = null, bool newFile = false)
    {
        var postgres = Provider == DatabaseKind.PostgreSql ? await PostgresTestServer.CreateDatabaseAsync() : null;
        var db = new TestDatabase(now ?? new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero), settings, postgres, ownsDatabase: true);
        if (postgres is null && !newFile)
        {
            await SqliteTemplate.CopyToAsync(db.FilePath);
        }

        await db.InitializeAsync();
        return db;
    }

    /// <summary>A second app instance (its own services, caches and connection pool) on the same database and clock.</summary>
    public async Task<TestDatabase> StartSecondHostAsync()
    {
        var other = new TestDatabase(Clock.GetUtcNow(), _settings, _postgresDatabase, ownsDatabase: false, Clock, _postgresDatabase is null ? FilePath : null);
        await other.InitializeAsync();
        return other;
    }

    private readonly string? _sqliteFile;

    public T Get<T>()
        where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    /// <summary>Sends a use case through the app's pipeline, as the signed-in <see cref="User"/>.</summary>
    public Task<T> SendAsync<T>(IUseCase<T> request) => Get<IUseCases>().SendAsync(request, TestContext.Current.CancellationToken);

    /// <summary>Starts the app again on the same file, optionally with other settings.</summary>
    public async Task RestartAsync(Dictionary<string, string?>? settings = null)
    {
        _settings = settings ?? _settings;
        await _scope.DisposeAsync();
        await _services.DisposeAsync();
        _services = BuildServices();
        _scope = _services.CreateAsyncScope();
        await InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _services.DisposeAsync();
        if (_postgresDatabase is { } name)
        {
            if (_ownsDatabase)
            {
                await PostgresTestServer.DropDatabaseAsync(name);
            }
        }
        else if (_ownsDatabase)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    private async Task InitializeAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(TestContext.Current.CancellationToken);
    }

    private ServiceProvider BuildServices()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>(_settings)
            {
                ["ConnectionStrings:AlphasRun"] = ConnectionString,
                [DatabaseProvider.SettingName] = Provider.ToString(),
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddApplication(configuration);
        services.AddInfrastructure(configuration, _folder);
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<ICurrentUser>(User);

        // Most tests sign in made-up ids with the roles they need: those roles count, unless a test
        // asks for the real check against Identity's tables (User.ChecksAccountsInDatabase).
        var realStatus = services.Single(d => d.ServiceType == typeof(IAccountStatus)).ImplementationType!;
        services.AddScoped(realStatus);
        services.Replace(ServiceDescriptor.Scoped<IAccountStatus>(sp => new SwitchableAccountStatus(User, (IAccountStatus)sp.GetRequiredService(realStatus))));
        services.AddSingleton<IHostEnvironment>(new TestEnvironment(_folder));
        services.AddSingleton<IEmailSender>(_ => EmailSender ?? Mail);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}

internal sealed class TestEnvironment(string contentRoot) : IHostEnvironment
{
    public string EnvironmentName { get; set; } = "Testing";

    public string ApplicationName { get; set; } = "AlphasRun.Tests";

    public string ContentRootPath { get; set; } = contentRoot;

    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}

/// <summary>Asks the test user or Identity's tables, as the test says at the moment of each call.</summary>
internal sealed class SwitchableAccountStatus(TestUser user, IAccountStatus database) : IAccountStatus
{
    public Task<IReadOnlyList<string>?> CurrentRolesAsync(string userId, CancellationToken cancellationToken = default) =>
        user.ChecksAccountsInDatabase ? database.CurrentRolesAsync(userId, cancellationToken) : user.CurrentRolesAsync(userId, cancellationToken);
}
