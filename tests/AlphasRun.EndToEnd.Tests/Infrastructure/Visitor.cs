using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace AlphasRun.EndToEnd.Tests.Infrastructure;

/// <summary>
/// One person in one browser context. Every page they arrive on is checked the same way: it has loaded
/// (and, on the few interactive pages, its circuit took over), nothing failed in the console or on the
/// network, axe finds nothing serious, and on a phone nothing scrolls sideways. Every WebSocket the
/// browser opens is recorded, so a journey can say that reading cost the server no circuit.
/// </summary>
public sealed class Visitor : IAsyncDisposable
{
    private const string FailedToLoad = "Failed to load resource";
    private const string AccessDeniedPath = "/account/access-denied";

    private readonly Lock _lock = new();
    private readonly List<string> _consoleLog = [];
    private readonly List<string> _problems = [];
    private readonly List<string> _webSockets = [];
    private readonly HashSet<string> _expectedMissing = new(StringComparer.OrdinalIgnoreCase);
    private bool _expectsAccessDenied;
    private readonly Uri _origin;
    private readonly ConcurrentDictionary<string, bool> _checkedPages;
    private bool _closed;

    private Visitor(IBrowserContext context, IPage page, Uri origin, bool phone, ConcurrentDictionary<string, bool> checkedPages)
    {
        Context = context;
        Page = page;
        _origin = origin;
        _checkedPages = checkedPages;
        IsPhone = phone;
        page.Console += OnConsole;
        page.PageError += (_, error) => Record($"Uncaught error in the page: {error}");
        page.RequestFailed += OnRequestFailed;
        page.Response += OnResponse;
        page.WebSocket += (_, socket) =>
        {
            lock (_lock)
            {
                _webSockets.Add($"{socket.Url} (opened on {page.Url})");
            }
        };
    }

    /// <summary>Every WebSocket opened so far (a Blazor circuit opens one).</summary>
    public IReadOnlyList<string> OpenedWebSockets
    {
        get
        {
            lock (_lock)
            {
                return [.. _webSockets];
            }
        }
    }

    public IBrowserContext Context { get; }

    /// <summary>The Playwright page, for anything the helpers here do not cover.</summary>
    public IPage Page { get; }

    public bool IsPhone { get; }

    /// <summary>The site navigation this visitor can see: the app bar on desktop, the bottom bar on a phone.</summary>
    public ILocator Navigation => Page.Locator(IsPhone ? "nav[aria-label='Main (phone)']" : "nav[aria-label='Main']");

    /// <summary>The app bar at the top: the account links (sign in, join, my profile, sign out) live here.</summary>
    public ILocator AppBar => Page.GetByRole(AriaRole.Banner);

    /// <summary>Console errors and failed requests to the app so far.</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_lock)
            {
                return [.. _problems];
            }
        }
    }

    // checkedPages: the page states axe has already checked in this run, shared by every visitor.
    internal static async Task<Visitor> StartAsync(IBrowserContext context, Uri origin, bool phone, ConcurrentDictionary<string, bool> checkedPages)
    {
        var page = await context.NewPageAsync();
        // Counts Blazor's enhanced page loads (links and form posts that patch the page in place), so a
        // step can wait for the new page whether it came that way or as a full load.
        await page.AddInitScriptAsync(
            "window.__arLoads = 0; document.addEventListener('DOMContentLoaded', () => " +
            "{ if (window.Blazor) { Blazor.addEventListener('enhancedload', () => window.__arLoads++); } });");
        return new(context, page, origin, phone, checkedPages);
    }

    /// <summary>Types the address into the browser and waits until the page is ready, then checks it.</summary>
    public async Task OpensAsync(string path)
    {
        var response = await Page.GotoAsync(path);
        response.ShouldNotBeNull($"No response for {path}");
        response.Status.ShouldBeLessThan(400, $"{path} answered {response.Status}");
        await ArrivesAsync();
    }

    /// <summary>
    /// Opens a static page (the account forms: no Blazor circuit, so no <c>data-interactive="true"</c>
    /// to wait for): waits until it has loaded as a static page, then checks it.
    /// </summary>
    public async Task OpensStaticPageAsync(string path)
    {
        var response = await Page.GotoAsync(path);
        response.ShouldNotBeNull($"No response for {path}");
        response.Status.ShouldBeLessThan(400, $"{path} answered {response.Status}");
        await ArrivesOnStaticPageAsync();
    }

    /// <summary>Opens an address that does not exist: a 404 is expected here, and only here.</summary>
    public async Task OpensMissingPageAsync(string path)
    {
        var url = new Uri(_origin, path).ToString();
        lock (_lock)
        {
            _expectedMissing.Add(url);
        }

        var response = await Page.GotoAsync(path);
        response.ShouldNotBeNull($"No response for {path}");
        response.Status.ShouldBe(404, $"{path} should answer 404 Not Found");
        await ArrivesAsync();
    }

    /// <summary>Reloads a page that is expected to answer 404 Not Found now (e.g. it was withdrawn a moment ago).</summary>
    public async Task ReloadsMissingPageAsync()
    {
        lock (_lock)
        {
            _expectedMissing.Add(Page.Url);
        }

        var response = await Page.ReloadAsync();
        response.ShouldNotBeNull($"No response for {Page.Url}");
        response.Status.ShouldBe(404, $"{Page.Url} should answer 404 Not Found");
        await ArrivesAsync();
    }

    /// <summary>
    /// Opens a page this visitor may not see: the app sends them to the static access-denied page,
    /// which answers 403 Forbidden: expected here, and only here (from now on, for this visitor).
    /// </summary>
    public async Task OpensRefusedPageAsync(string path)
    {
        lock (_lock)
        {
            _expectsAccessDenied = true;
        }

        var response = await Page.GotoAsync(path);
        response.ShouldNotBeNull($"No response for {path}");
        response.Status.ShouldBe(403, $"{path} should end on the access-denied page (403 Forbidden)");
        new Uri(Page.Url).AbsolutePath.ShouldBe(AccessDeniedPath);
        await ArrivesOnStaticPageAsync();
    }

    /// <summary>Clicks a link and waits for the app to show <paramref name="path"/>.</summary>
    public async Task FollowsAsync(ILocator link, string path)
    {
        ArgumentNullException.ThrowIfNull(link);
        await ClicksAndWaitsForPageAsync(link);
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == path);
        await ArrivesAsync();
    }

    /// <summary>
    /// Taps a submit button of a static form (register, cancel, check-in…) and waits for the page the
    /// server answers with: an enhanced form post patches the page in place, a plain one loads it anew.
    /// </summary>
    public async Task SubmitsAsync(ILocator button)
    {
        ArgumentNullException.ThrowIfNull(button);
        await ClicksAndWaitsForPageAsync(button);
        await ArrivesAsync();
    }

    private async Task ClicksAndWaitsForPageAsync(ILocator target)
    {
        var before = await Page.EvaluateAsync<int>("() => { window.__arMark = true; return window.__arLoads || 0; }");
        await target.ClickAsync();
        await Page.WaitForFunctionAsync("b => !window.__arMark || (window.__arLoads || 0) > b", before);
        await Page.WaitForLoadStateAsync(LoadState.Load);
    }

    /// <summary>Clicks a link to a static page (the account forms) and waits until it has loaded.</summary>
    public async Task FollowsToStaticPageAsync(ILocator link, string path)
    {
        ArgumentNullException.ThrowIfNull(link);
        await link.ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == path);
        await ArrivesOnStaticPageAsync();
    }

    /// <summary>Follows a link of the site navigation by its text.</summary>
    public async Task FollowsNavigationAsync(string linkText, string path)
    {
        var link = Navigation.GetByRole(AriaRole.Link, new() { Name = linkText, Exact = true });
        await FollowsAsync(link, path);
        await Assertions.Expect(link).ToHaveAttributeAsync("aria-current", "page");
    }

    public async Task ReloadsAsync()
    {
        await Page.ReloadAsync();
        await ArrivesAsync();
    }

    /// <summary>
    /// Waits until the page is ready for a person: loaded, and where it is one of the few interactive
    /// pages (it carries an island marker), until its circuit has taken over.
    /// </summary>
    public async Task WaitUntilReadyAsync()
    {
        await Page.WaitForLoadStateAsync(LoadState.Load);
        if (await Page.Locator("[data-island]").CountAsync() > 0)
        {
            await WaitUntilInteractiveAsync();
        }
    }

    /// <summary>Waits until the Blazor circuit has taken over an interactive page: only then do clicks work.</summary>
    public async Task WaitUntilInteractiveAsync()
    {
        try
        {
            await Page.Locator("[data-island][data-interactive='true']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        }
        catch (TimeoutException ex)
        {
            throw new ShouldAssertException(
                $"{Page.Url} never became interactive (its island marker stayed data-interactive=false): the page is static " +
                "or its Blazor circuit did not connect, so nothing on it would react to a click.", ex);
        }
    }

    /// <summary>Reading and one-tap actions must never cost the server a circuit.</summary>
    public void ShouldHaveOpenedNoCircuit()
    {
        var sockets = OpenedWebSockets;
        sockets.ShouldBeEmpty($"A WebSocket (a Blazor circuit) was opened: {string.Join("; ", sockets)}");
    }

    /// <summary>
    /// Waits until a static page has fully loaded. Its layout says <c>data-interactive="false"</c> from
    /// the first byte, so that alone would also match a page still on its way out; the page is static
    /// when that marker is there and the document that carries it has loaded.
    /// </summary>
    public async Task WaitUntilStaticPageLoadedAsync()
    {
        await Page.Locator("[data-interactive='false']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Page.WaitForLoadStateAsync(LoadState.Load);
    }

    /// <summary>The checks every page gets; call it again after the page changed in place.</summary>
    public async Task ChecksPageAsync()
    {
        ShouldHaveNoProblems();

        // A button that just changed (Check in → ✓ Here) fades to its new colour: let transitions end
        // so axe measures the colours a person sees, not a frame in between. Bounded: an animation that
        // never runs (a paused or off-screen one) must not hold the journey forever.
        await Page.EvaluateAsync(
            "() => Promise.race([Promise.all(document.getAnimations().filter(a => a.effect?.getTiming().iterations !== Infinity).map(a => a.finished.catch(() => null))), new Promise(r => setTimeout(r, 2000))])");

        // axe is the slow part of a check; a page looking exactly as it did for an earlier visitor
        // (same address, width, background and amount of text) has been checked in this run.
        var state = await Page.EvaluateAsync<string>(
            "() => [location.pathname, innerWidth, getComputedStyle(document.body).backgroundColor, document.body.innerText.length].join('|')");
        if (_checkedPages.TryAdd(state, true))
        {
            await Accessibility.ShouldHaveNoSeriousViolationsAsync(Page);
        }

        if (IsPhone)
        {
            await ShouldNotScrollSidewaysAsync();
        }
    }

    public async Task ShouldNotScrollSidewaysAsync()
    {
        // Against the screen's width, not innerWidth: a phone browser zooms out to show a page that is too wide,
        // and innerWidth then grows with it (a 445 px editor read as fitting its 445 px "window" on a 360 px phone).
        var widths = await Page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, document.documentElement.clientWidth]");
        var scrollWidth = widths[0];
        var viewportWidth = Math.Min(widths[1], Page.ViewportSize?.Width ?? widths[1]);
        if (scrollWidth <= viewportWidth)
        {
            return;
        }

        // Names the deepest elements that reach past the right edge, so the failure says what to fix.
        var culprits = await Page.EvaluateAsync<string[]>(
            """
            w => [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > w + 1 && ![...e.children].some(c => c.getBoundingClientRect().right > w + 1))
                .slice(0, 8)
                .map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}.${[...e.classList].join('.')} (right edge ${Math.round(e.getBoundingClientRect().right)}px, inside ${[...Array(4)].reduce(p => p?.parentElement ?? p, e)?.className ?? ''})`)
            """, viewportWidth);
        scrollWidth.ShouldBeLessThanOrEqualTo(viewportWidth, $"{Page.Url} scrolls sideways on a {viewportWidth}px wide screen; past the edge: {string.Join("; ", culprits)}");
    }

    public void ShouldHaveNoProblems()
    {
        var problems = Problems;
        if (problems.Count > 0)
        {
            throw new ShouldAssertException($"The browser reported problems on {Page.Url}:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
        }
    }

    /// <summary>Saves a screenshot and the console log, for a journey that failed.</summary>
    public async Task SaveEvidenceAsync(string directory, string name)
    {
        Directory.CreateDirectory(directory);
        var log = new StringBuilder();
        log.AppendLine(CultureInfo.InvariantCulture, $"Last address: {Page.Url}");
        log.AppendLine("Problems:");
        Problems.ToList().ForEach(p => log.AppendLine(CultureInfo.InvariantCulture, $"  {p}"));
        log.AppendLine("Console:");
        lock (_lock)
        {
            _consoleLog.ForEach(line => log.AppendLine(CultureInfo.InvariantCulture, $"  {line}"));
        }

        await File.WriteAllTextAsync(Path.Combine(directory, $"{name}.console.log"), log.ToString());
        if (!_closed && !Page.IsClosed)
        {
            await Page.ScreenshotAsync(new() { Path = Path.Combine(directory, $"{name}.png") });
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_closed)
        {
            _closed = true;
            await Context.CloseAsync();
        }
    }

    private async Task ArrivesAsync()
    {
        await WaitUntilReadyAsync();
        await ChecksPageAsync();
    }

    private async Task ArrivesOnStaticPageAsync()
    {
        await WaitUntilStaticPageLoadedAsync();
        await ChecksPageAsync();
    }

    private bool IsApp(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.GetLeftPart(UriPartial.Authority) == _origin.GetLeftPart(UriPartial.Authority);

    private bool IsExpectedMissing(string url)
    {
        lock (_lock)
        {
            return _expectedMissing.Contains(url);
        }
    }

    private bool IsExpectedAccessDenied(string urlOrLocation)
    {
        lock (_lock)
        {
            return _expectsAccessDenied && urlOrLocation.StartsWith(new Uri(_origin, AccessDeniedPath).ToString(), StringComparison.OrdinalIgnoreCase);
        }
    }

    // A console location is "url:line:column".
    private bool IsExpectedMissingSource(string location)
    {
        lock (_lock)
        {
            return _expectedMissing.Any(url => location.StartsWith(url + ":", StringComparison.OrdinalIgnoreCase));
        }
    }

    private void OnConsole(object? sender, IConsoleMessage message)
    {
        lock (_lock)
        {
            _consoleLog.Add($"[{message.Type}] {message.Text} ({message.Location})");
        }

        // Chromium logs every 404 (and 403) as a console error; the one the journey asked for is not a problem.
        var expected = message.Text.StartsWith(FailedToLoad, StringComparison.Ordinal)
            && (IsExpectedMissingSource(message.Location) || IsExpectedAccessDenied(message.Location));
        if (message.Type == "error" && !expected)
        {
            Record($"Console error: {message.Text} ({message.Location})");
        }
    }

    private void OnRequestFailed(object? sender, IRequest request)
    {
        // Requests cut short by a navigation or reload (ERR_ABORTED) are the browser's choice, not a failure.
        if (IsApp(request.Url) && request.Failure != "net::ERR_ABORTED")
        {
            Record($"Request failed: {request.Method} {request.Url}: {request.Failure}");
        }
    }

    private void OnResponse(object? sender, IResponse response)
    {
        if (IsApp(response.Url) && response.Status >= 400
            && !(response.Status == 404 && IsExpectedMissing(response.Url))
            && !(response.Status == 403 && IsExpectedAccessDenied(response.Url)))
        {
            Record($"HTTP {response.Status}: {response.Request.Method} {response.Url}");
        }
    }

    private void Record(string problem)
    {
        lock (_lock)
        {
            _problems.Add(problem);
            _consoleLog.Add($"[problem] {problem}");
        }
    }
}
