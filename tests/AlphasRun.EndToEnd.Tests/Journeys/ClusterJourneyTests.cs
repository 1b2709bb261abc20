using System.Diagnostics;
using System.Text.Json;
using AlphasRun.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace AlphasRun.EndToEnd.Tests.Journeys;

/// <summary>
/// Scale-out (issue #10) through deploy/cluster.sh: PostgreSQL, Redis, two instances of the build under test and nginx.
/// Needs root (or sudo), nginx, PostgreSQL and Redis packages: it runs when ALPHASRUN_CLUSTER_TESTS=1
/// (.ci/run sets it); ports come from ALPHASRUN_CLUSTER_PORTS / ALPHASRUN_CLUSTER_HTTP as for the script.
/// </summary>
public sealed class ClusterJourneyTests(AlphasRunApp app) : Journey(app)
{
#if DEBUG
    private const string BuildConfiguration = "Debug";
#else
    private const string BuildConfiguration = "Release";
#endif

    private static readonly string HttpPort = Environment.GetEnvironmentVariable("ALPHASRUN_CLUSTER_HTTP") is { Length: > 0 } port ? port : "8080";

    [Fact]
    public async Task Member_RegistersThroughNginx_TheirInstanceStops_AndTheOtherServesThemEverything()
    {
        if (Environment.GetEnvironmentVariable("ALPHASRUN_CLUSTER_TESTS") != "1")
        {
            Assert.Skip("Runs the two-instance cluster (bash deploy/cluster.sh start): set ALPHASRUN_CLUSTER_TESTS=1, as .ci/run does.");
        }

        await ClusterAsync("start");
        try
        {
            var visitor = await NewVisitorAtAsync(new Uri($"http://localhost:{HttpPort}/"));
            var member = Member.New("Casey", "Cluster");
            await visitor.JoinsTheCrewAsync(member);
            var runId = await visitor.RegistersForARunAsync(v => v.RunsOn("Thursday").First);
            var first = await ServingInstanceAsync(visitor);

            // The member's instance goes away (a deploy, a crash); they come back to the site.
            await visitor.Page.GotoAsync("about:blank");
            await ClusterAsync($"stop-instance {first[^1]}");
            await visitor.OpensAsync("/runs");

            (await ServingInstanceAsync(visitor)).ShouldNotBe(first);
            await Expect(visitor.AppBar.GetByRole(AriaRole.Link, new() { Name = "My profile" })).ToBeVisibleAsync();
            await Expect(visitor.Run(runId).GetByTestId("my-status")).ToContainTextAsync("You're in");
            await visitor.FollowsNavigationAsync("My runs", "/my/runs");
            await Expect(visitor.Run(runId).GetByTestId("my-status")).ToContainTextAsync("You're in");
        }
        finally
        {
            await ClusterAsync("stop");
        }
    }

    /// <summary>Which instance answers this browser (same cookies, so the same sticky upstream as its pages).</summary>
    private static async Task<string> ServingInstanceAsync(Visitor visitor)
    {
        var response = await visitor.Context.APIRequest.GetAsync("/healthz");
        response.Ok.ShouldBeTrue();
        using var health = JsonDocument.Parse(await response.TextAsync());
        return health.RootElement.GetProperty("instance").GetString().ShouldNotBeNull();
    }

    private static async Task ClusterAsync(string arguments)
    {
        var start = new ProcessStartInfo("bash", $"deploy/cluster.sh {arguments}")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                // Publish the app this test run has just built (dotnet test builds the Web project with this
                // assembly) rather than compile it again in Release: same sources, about 100 s less CPU.
                ["ALPHASRUN_CLUSTER_CONFIGURATION"] = BuildConfiguration,
                ["ALPHASRUN_CLUSTER_NO_BUILD"] = "1",
            },
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromMinutes(6));
        }
        catch (TimeoutException)
        {
            // A start left running would bring an instance up after the clean-up ran, holding its port for the next run.
            process.Kill(entireProcessTree: true);
            throw;
        }

        process.ExitCode.ShouldBe(0, $"deploy/cluster.sh {arguments}:\n{await output}\n{await errors}");
    }
}
