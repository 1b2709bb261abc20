using Microsoft.Extensions.DependencyInjection;
using System.Net;
using AlphasRun.Web.Tests.Support;

namespace AlphasRun.Web.Tests.Http;

/// <summary>
/// A reading page carries no Blazor component state and sets no cookie (nothing to encrypt per request,
/// nothing that stops it being cached); a static form still gets its antiforgery token, and an
/// interactive page still hands its circuit the state it needs (docs/decisions/0009).
/// </summary>
public sealed class StaticPageStateTests(AlphasRunWebFactory factory) : IClassFixture<AlphasRunWebFactory>
{
    private const string StateMarker = "Blazor-Server-Component-State";

    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/guide", HttpStatusCode.OK)]
    [InlineData("/plans/off-season-half-marathon", HttpStatusCode.OK)]
    [InlineData("/runs", HttpStatusCode.OK)]
    [InlineData("/no-such-page", HttpStatusCode.NotFound)]
    public async Task ReadingPage_CarriesNoComponentState_AndSetsNoCookie(string path, HttpStatusCode expected)
    {
        using var client = factory.NewClient();

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(expected);
        html.ShouldNotContain(StateMarker);
        response.Headers.Contains("Set-Cookie").ShouldBeFalse($"{path} set a cookie for an anonymous reader");
    }

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/join")]
    public async Task StaticForm_StillGetsItsAntiforgeryToken(string path)
    {
        using var client = factory.NewClient();

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        html.ShouldContain("__RequestVerificationToken");
        response.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        html.ShouldNotContain(StateMarker);
    }

    [Fact]
    public async Task InteractivePage_StillCarriesTheStateItsCircuitNeeds()
    {
        // No public page is interactive any more: the profile is (a member's own editor).
        using var client = factory.NewClient();
        (await client.PostLoginAsync("runner@alphasrun.local", "run-with-the-crew")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var response = await client.GetAsync("/account/profile", TestContext.Current.CancellationToken);

        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain(StateMarker);
    }

    [Fact]
    public void TheApp_PersistsOnlyTheAntiforgeryState_NotTheWebAssemblyResources()
    {
        var services = new ServiceCollection();
        services.AddRazorComponents().AddInteractiveServerComponents();
        var before = PersistedServices(services);

        services.WithoutWebAssemblyStateRegistration();

        // If a framework update renames these, the first assertion says so (and the removal is a no-op).
        before.ShouldBe(["AntiforgeryStateProvider", "ResourceCollectionProvider"], ignoreOrder: true);
        PersistedServices(services).ShouldBe(["AntiforgeryStateProvider"]);
    }

    private static List<string> PersistedServices(IServiceCollection services) =>
        [.. services
            .Where(d => d.ServiceType.Name == "IPersistentServiceRegistration")
            .Select(d => d.ImplementationInstance!.GetType().GetGenericArguments()[0].Name)];
}
