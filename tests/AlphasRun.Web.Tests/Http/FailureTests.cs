using System.Diagnostics;
using System.Net;
using AlphasRun.Web.Tests.Support;

namespace AlphasRun.Web.Tests.Http;

public sealed class FailureTests
{
    [Fact]
    public async Task Healthz_WhenTheDatabaseIsGone_Is503()
    {
        await using var factory = new AlphasRunWebFactory();
        var client = factory.CreateClient();
        (await client.GetAsync("/healthz", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(factory.DatabasePath);
        File.Delete(factory.DatabasePath + "-wal");
        File.Delete(factory.DatabasePath + "-shm");

        var response = await client.GetAsync("/healthz", TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("\"status\":\"Unhealthy\"");
    }

    [Fact]
    public async Task ErrorPage_InProduction_ShowsNoStackTrace()
    {
        await using var factory = new ProductionWebFactory();

        var response = await factory.CreateClient().GetAsync("/error", TestContext.Current.CancellationToken);

        var text = await HtmlText.ReadAsync(response);
        text.ShouldContain("Something went wrong");
        text.ShouldNotContain("Exception");
        text.ShouldNotContain(" at AlphasRun");
    }

    [Fact]
    public async Task Startup_WithAnUnwritableDatabasePath_ExitsWithOneClearLine()
    {
        var app = Path.Combine(AppContext.BaseDirectory, "AlphasRun.Web.dll");
        var start = new ProcessStartInfo("dotnet", [app])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ConnectionStrings__AlphasRun"] = "Data Source=/proc/alphasrun/alphasrun.db";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken)
            + await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        process.ExitCode.ShouldBe(1);
        output.ShouldContain("Cannot open the database file '/proc/alphasrun/alphasrun.db'");
        output.ShouldNotContain("   at ");
    }
}
