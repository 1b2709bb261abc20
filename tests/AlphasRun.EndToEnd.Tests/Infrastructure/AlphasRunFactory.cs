using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace AlphasRun.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The real app on Kestrel (a browser cannot reach the in-memory TestServer), on a free loopback
/// port, against its own SQLite file. Development, so static web assets resolve from the build output.
/// </summary>
internal sealed class AlphasRunFactory : WebApplicationFactory<Program>
{
    private readonly string _connectionString;
    private readonly string _mailDirectory;

    public AlphasRunFactory(string databasePath)
    {
        _connectionString = $"Data Source={databasePath}";
        _mailDirectory = Path.Combine(Path.GetDirectoryName(databasePath) ?? Path.GetTempPath(), "mail");
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    public string ConnectionString => _connectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        // UseSetting, not ConfigureAppConfiguration: Program reads the connection string while it registers services.
        builder.UseSetting("ConnectionStrings:AlphasRun", _connectionString);
        // Joining sends a confirmation email: keep the .eml files in the run's temp folder, not the source tree.
        builder.UseSetting("AlphasRun:Email:PickupDirectory", _mailDirectory);
        // Open circuits re-check their session every 2 seconds, so a sign-out in another tab shows at once.
        builder.UseSetting("AlphasRun:SecurityStampInterval", "00:00:02");
        // Every browser of the suite comes from 127.0.0.1: to the per-client rate limits the whole run is one
        // client joining and signing in dozens of times (20 sign-ins per 5 minutes, 10 joins an hour), which made
        // whichever journey came late fail on a 429. Real crowds are many clients; the limits themselves are tested
        // in Web.Tests (Security), and the per-account limits stay as configured.
        foreach (var rule in new[] { "SignInPerClient", "JoinPerClient", "AccountEmailPerClient", "FeedPerClient" })
        {
            builder.UseSetting($"AlphasRun:RateLimits:{rule}:PermitLimit", "10000");
        }
        builder.ConfigureLogging(logging => logging.ClearProviders());
    }
}
