namespace AlphasRun.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Finds a Chromium to drive, in order: <c>ALPHASRUN_CHROMIUM</c>; Debian's Chromium headless shell;
/// a system Chromium or Chrome; a browser Playwright has already installed; and only then Playwright's
/// own installer.
/// </summary>
internal static class BrowserLauncher
{
    public const string BrowserVariable = "ALPHASRUN_CHROMIUM";

    // The same engine without the desktop browser around it (Playwright's own default for headless runs):
    // the browser suite took about a quarter less CPU with it than with the full Chromium on 2 cores.
    private static readonly string[] HeadlessShells = ["/usr/lib/chromium/chromium-headless-shell", "/usr/bin/chromium-headless-shell"];

    private static readonly string[] SystemBrowsers = ["chromium-browser", "chromium", "google-chrome", "google-chrome-stable"];

    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private static readonly string HowToProvide =
        $"Install Debian's Chromium headless shell or Chromium (`apt-get install -y chromium-headless-shell`, or `chromium` " +
        $"for /usr/bin/chromium) " +
        $"or point {BrowserVariable} at a Chromium or Chrome executable, then run the tests again.";

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        var configured = Environment.GetEnvironmentVariable(BrowserVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            // An explicit choice that does not work is an error, not a reason to try something else.
            return File.Exists(configured)
                ? await LaunchAsync(playwright, configured)
                : throw new InvalidOperationException($"{BrowserVariable} is set to '{configured}', which does not exist. {HowToProvide}");
        }

        if (FindSystemBrowser() is { } system)
        {
            return await LaunchAsync(playwright, system);
        }

        if (await TryLaunchAsync(playwright) is { } installed)
        {
            return installed;
        }

        // Last resort: Playwright's download, which needs its CDN (unreachable on the project's build machines).
        var exitCode = Microsoft.Playwright.Program.Main(["install", "chromium"]);
        return exitCode == 0 && await TryLaunchAsync(playwright) is { } downloaded
            ? downloaded
            : throw new InvalidOperationException($"No browser for the end-to-end tests was found and Playwright could not download one. {HowToProvide}");
    }

    private static string? FindSystemBrowser()
    {
        if (HeadlessShells.FirstOrDefault(File.Exists) is { } shell)
        {
            return shell;
        }

        if (File.Exists("/usr/bin/chromium"))
        {
            return "/usr/bin/chromium";
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return SystemBrowsers
            .SelectMany(name => path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Select(dir => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
    }

    private static Task<IBrowser> LaunchAsync(IPlaywright playwright, string? executablePath) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executablePath,
            Headless = true,
            Args = Arguments,
        });

    private static async Task<IBrowser?> TryLaunchAsync(IPlaywright playwright)
    {
        try
        {
            return await LaunchAsync(playwright, executablePath: null);
        }
        catch (PlaywrightException)
        {
            return null;
        }
    }
}
