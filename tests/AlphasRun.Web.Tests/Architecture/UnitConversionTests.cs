using System.Text.RegularExpressions;

namespace AlphasRun.Web.Tests.Architecture;

/// <summary>
/// Kilometres and miles are switched in one place, <c>Domain/Common/Distance.cs</c> (issue 20): every other file
/// computes in kilometres and reads or writes a member's unit through <c>Distance</c> and <c>Pace</c>. Checked on the
/// source, because a conversion factor is a number, not a dependency an assembly scan can see.
/// </summary>
public sealed partial class UnitConversionTests
{
    private static readonly string DistanceFile = Path.Combine("src", "AlphasRun.Domain", "Common", "Distance.cs");

    [Fact]
    public void TheMileIsKnownOnlyToDistance()
    {
        var root = RepositoryRoot();
        var sources = SourceFiles(root).ToList();
        sources.Count.ShouldBeGreaterThan(100, "the scan should see the whole of src/");

        var offenders = sources
            .Where(path => Path.GetRelativePath(root, path) != DistanceFile)
            .SelectMany(path => File.ReadLines(path).Select((line, i) => (path, line, number: i + 1)))
            .Where(x => MileConversion().IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(root, x.path)}:{x.number}: {x.line.Trim()}")
            .ToList();

        offenders.ShouldBeEmpty("convert km/mi with Distance.From/In/Format/TryParse (and Pace), never with the factor itself");
        MileConversion().IsMatch(File.ReadAllText(Path.Combine(root, DistanceFile))).ShouldBeTrue("Distance holds the one conversion factor");
    }

    private static IEnumerable<string> SourceFiles(string root) =>
        Directory.EnumerateFiles(Path.Combine(root, "src"), "*.*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".cs", StringComparison.Ordinal) || path.EndsWith(".razor", StringComparison.Ordinal))
            .Where(path => !Path.GetRelativePath(root, path).Split(Path.DirectorySeparatorChar)
                .Any(part => part is "Migrations" or "bin" or "obj"));

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AlphasRun.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No AlphasRun.sln above {AppContext.BaseDirectory}; run the tests from the repository's build output.");
    }

    /// <summary>The name of the factor, km per mile (1.609…), miles per km (0.6213…), or metres per mile (1609.3…).</summary>
    [GeneratedRegex(@"KmPerMile|MilesPerKm|1\.609|0\.6213|1609\.3")]
    private static partial Regex MileConversion();
}
