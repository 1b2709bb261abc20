namespace AlphasRun.EndToEnd.Tests.Infrastructure;

/// <summary>Where the tests write what a person looks at afterwards.</summary>
internal static class RepositoryPaths
{
    /// <summary>The folder holding AlphasRun.sln, found from the test binaries upwards.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Screenshots and console logs of failed journeys (gitignored).</summary>
    public static string TestResults => Path.Combine(Root, "test-results", "e2e");

    public static string Screenshots => Path.Combine(Root, "docs", "screenshots");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AlphasRun.sln")))
            {
                return dir.FullName;
            }
        }

        // Run from a copied output folder: keep results beside the binaries.
        return AppContext.BaseDirectory;
    }
}
