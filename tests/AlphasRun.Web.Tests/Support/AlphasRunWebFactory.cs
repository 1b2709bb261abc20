using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AlphasRun.Web.Tests.Support;

/// <summary>The whole app in memory over a fresh SQLite file of its own.</summary>
public class AlphasRunWebFactory : WebApplicationFactory<Program>
{
    /// <summary>A test request's client address (the in-memory server has none): the header's value, as if it came over TCP.</summary>
    public const string ClientHeader = "X-Test-Client";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "alphasrun-web-tests", Guid.NewGuid().ToString("N"));

    public AlphasRunWebFactory()
    {
        Directory.CreateDirectory(_folder);
    }

    /// <summary>Configuration for this app instance (read when the app starts, at the first request).</summary>
    public Dictionary<string, string?> Settings { get; init; } = [];

    public string DatabasePath => Path.Combine(_folder, "alphasrun.db");

    /// <summary>Where the app writes its emails (.eml files).</summary>
    public string MailFolder => Path.Combine(_folder, "mail");

    /// <summary>Everything the app logged, for tests about what must never be logged.</summary>
    public LogRecorder Logs { get; } = new();

    protected virtual string EnvironmentName => "Development";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("ConnectionStrings:AlphasRun", $"Data Source={DatabasePath}");
        builder.UseSetting("AlphasRun:Email:PickupDirectory", MailFolder);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging =>
        {
            logging.ClearProviders();
            logging.AddProvider(Logs);
        });
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, TestClientAddress>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left-over temp files are harmless.
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// The emails written so far ("To: …\nSubject: …\n\nbody"); account emails are sent in the background, so
    /// this waits up to ten seconds for at least <paramref name="atLeast"/> that match <paramref name="where"/>.
    /// </summary>
    public async Task<IReadOnlyList<string>> EmailsAsync(int atLeast = 1, Func<string, bool>? where = null)
    {
        for (var waited = 0; ; waited += 50)
        {
            var emails = ReadEmails().Where(where ?? (_ => true)).ToList();
            if (emails.Count >= atLeast || waited >= 10_000)
            {
                return emails;
            }

            await Task.Delay(50);
        }
    }

    private IEnumerable<string> ReadEmails()
    {
        var files = Directory.Exists(MailFolder) ? Directory.GetFiles(MailFolder, "*.eml").OrderBy(f => f, StringComparer.Ordinal).ToList() : [];
        foreach (var file in files)
        {
            MimeKit.MimeMessage message;
            try
            {
                message = MimeKit.MimeMessage.Load(file);
            }
            catch (Exception ex) when (ex is IOException or FormatException)
            {
                continue; // Still being written (MimeKit: "End of stream") or deleted: the next poll reads it.
            }

            yield return $"To: {message.To}\nSubject: {message.Subject}\n\n{message.TextBody}";
        }
    }

    private sealed class TestClientAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(ClientHeader, out var value) && IPAddress.TryParse(value, out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

/// <summary>The app as deployed: Production, where errors must never show a stack trace.</summary>
public class ProductionWebFactory : AlphasRunWebFactory
{
    public const string PublicUrl = "https://alphas.example";

    public ProductionWebFactory()
    {
        Settings["AlphasRun:PublicUrl"] = PublicUrl;
    }

    protected override string EnvironmentName => "Production";

    /// <summary>A client for https://alphas.example (the site's own host, over https, as a browser reaches it).</summary>
    public HttpClient NewSiteClient() => CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri(PublicUrl),
        AllowAutoRedirect = false,
        HandleCookies = true,
    });
}

/// <summary>Keeps every log line the app writes.</summary>
public sealed class LogRecorder : ILoggerProvider
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<(LogLevel Level, string Category, string Message)> _entries = new();

    public IReadOnlyList<(LogLevel Level, string Category, string Message)> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogRecorder recorder, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                recorder._entries.Enqueue((logLevel, category, formatter(state, exception)));
            }
        }
    }
}
