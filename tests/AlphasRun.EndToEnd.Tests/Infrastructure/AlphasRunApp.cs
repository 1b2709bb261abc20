using System.Collections.Concurrent;
using AlphasRun.Infrastructure.Identity;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace AlphasRun.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The app under test and the browser that visits it, started once per test run (an xunit
/// assembly fixture). Each visitor gets a fresh browser context: its own cookies, viewport and log.
/// </summary>
public sealed class AlphasRunApp : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"alphasrun-e2e-{Guid.NewGuid():N}");
    private readonly ConcurrentDictionary<string, bool> _checkedPages = new();
    private readonly ConcurrentDictionary<string, string> _signIns = new(StringComparer.OrdinalIgnoreCase);
    private AlphasRunFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The app's origin, e.g. http://127.0.0.1:40123.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_dataDirectory);
        _factory = new AlphasRunFactory(Path.Combine(_dataDirectory, "alphasrun.db"));

        // Migrating and seeding overlaps with starting the browser.
        await Task.WhenAll(Task.Run(_factory.StartServer), StartBrowserAsync());

        // Generous for a busy 2-core machine; a journey that passes never waits this long.
        Assertions.SetDefaultExpectTimeout(10_000);

        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel did not report its address.");
        BaseAddress = new Uri(addresses.Addresses.Single());

        // The first journey of a run paid for compiling the pages' code on a cold server while the other test
        // projects kept both cores busy (one CI run: a first click waited over 15 s for the page to load).
        // Reading each page once here moves that cost out of every journey's time budget.
        using var http = new HttpClient { BaseAddress = BaseAddress };
        foreach (var path in (string[])["/", "/guide", "/plans", "/plans/off-season-marathon", "/runs", "/account/login", "/join", "/no-such-page"])
        {
            using var _ = await http.GetAsync(path);
        }
    }

    private async Task StartBrowserAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await BrowserLauncher.LaunchAsync(_playwright);
    }

    /// <summary>
    /// A new visitor with a desktop (1280×800) or phone (360×740, touch) browser, in light or dark mode;
    /// with <paramref name="storageState"/>, holding the cookies a browser saved earlier (Playwright's storage state).
    /// </summary>
    public Task<Visitor> NewVisitorAsync(bool phone = false, bool darkMode = false, bool javaScript = true, string? storageState = null) =>
        NewVisitorAtAsync(BaseAddress, phone, darkMode, javaScript, storageState);

    /// <summary>The browser state saved after an account signed in through the form in this run, if one has.</summary>
    public string? SavedSignIn(string email) => _signIns.TryGetValue(email, out var state) ? state : null;

    /// <summary>Keeps a signed-in browser's state, so later visitors of this run start signed in as that account.</summary>
    public void SaveSignIn(string email, string storageState) => _signIns[email] = storageState;

    /// <summary>A new desktop or phone visitor of a site elsewhere (e.g. the two-instance cluster behind nginx).</summary>
    public async Task<Visitor> NewVisitorAtAsync(Uri origin, bool phone = false, bool darkMode = false, bool javaScript = true, string? storageState = null)
    {
        ArgumentNullException.ThrowIfNull(origin);
        var browser = _browser ?? throw new InvalidOperationException("The app fixture has not started.");
        var options = new BrowserNewContextOptions
        {
            BaseURL = origin.ToString(),
            ViewportSize = phone ? new ViewportSize { Width = 360, Height = 740 } : new ViewportSize { Width = 1280, Height = 800 },
            IsMobile = phone,
            HasTouch = phone,
            Locale = "en-CA",
            TimezoneId = "America/Toronto",
            // Pin the system setting: the app follows it until the visitor picks a theme.
            ColorScheme = darkMode ? ColorScheme.Dark : ColorScheme.Light,
            JavaScriptEnabled = javaScript,
            StorageState = storageState,
        };
        var context = await browser.NewContextAsync(options);
        context.SetDefaultTimeout(15_000);
        if (darkMode)
        {
            await context.AddCookiesAsync([new Cookie { Name = "alphasrun-theme", Value = "dark", Url = origin.ToString() }]);
        }

        return await Visitor.StartAsync(context, origin, phone, _checkedPages);
    }

    /// <summary>
    /// Arrange only: sets one dated run's places, as a coach would for that date (a run with capacity 0 is
    /// full, so the next member lands on the waitlist).
    /// </summary>
    public async Task SetCapacityAsync(string runId, int capacity)
    {
        var connectionString = _factory?.ConnectionString ?? throw new InvalidOperationException("The app fixture has not started.");
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE GroupRunOccurrences SET Capacity = $capacity WHERE lower(Id) = lower($id)";
        command.Parameters.AddWithValue("$capacity", capacity);
        command.Parameters.AddWithValue("$id", runId);
        (await command.ExecuteNonQueryAsync()).ShouldBe(1, $"run {runId} should exist");
    }

    /// <summary>
    /// Arrange only: acts as a member through the app's own Application services, signed in as that member
    /// (so every rule and check of the service applies), for what a journey needs but does not walk through.
    /// </summary>
    public async Task<T> AsMemberAsync<T>(string email, Func<IServiceProvider, Task<T>> act)
    {
        ArgumentNullException.ThrowIfNull(act);
        var factory = _factory ?? throw new InvalidOperationException("The app fixture has not started.");
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var user = await services.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email)
            ?? throw new InvalidOperationException($"No account for {email}.");
        var principal = await services.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>().CreateAsync(user);
        var state = (IHostEnvironmentAuthenticationStateProvider)services.GetRequiredService<AuthenticationStateProvider>();
        state.SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        return await act(services);
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a failed clean-up must not fail the run.
        }
    }
}
