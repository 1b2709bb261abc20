using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace AlphasRun.Web.Tests.Support;

/// <summary>The whole app in memory over a fresh SQLite file of its own.</summary>
public class AlphasRunWebFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "alphasrun-web-tests", Guid.NewGuid().ToString("N"));

    public AlphasRunWebFactory()
    {
        Directory.CreateDirectory(_folder);
    }

    public string DatabasePath => Path.Combine(_folder, "alphasrun.db");

    protected virtual string EnvironmentName => "Development";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("ConnectionStrings:AlphasRun", $"Data Source={DatabasePath}");
        builder.ConfigureLogging(logging => logging.ClearProviders());
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
}

/// <summary>The app as deployed: Production, where errors must never show a stack trace.</summary>
public sealed class ProductionWebFactory : AlphasRunWebFactory
{
    protected override string EnvironmentName => "Production";
}
