using System.Text.RegularExpressions;
using AlphasRun.Web.Tests.Support;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AlphasRun.Web.Tests.Architecture;

/// <summary>
/// Wiring once (issue 20): each option set in one place, each shared service registered once, and configuration
/// read only by the DI setup files (everything else takes validated options as <see cref="IOptions{TOptions}"/>).
/// </summary>
public sealed partial class WiringTests
{
    /// <summary>The only files that may touch IConfiguration: they bind the options and choose services from them.</summary>
    private static readonly string[] SetupFiles =
    [
        "src/AlphasRun.Application/DependencyInjection.cs",
        "src/AlphasRun.Infrastructure/DependencyInjection.cs",
        "src/AlphasRun.Web/Program.cs",
        "src/AlphasRun.Web/WebSetup.cs",
        "src/AlphasRun.Web/Security/SecuritySetup.cs",
    ];

    [Fact]
    public async Task TheSignInCookie_IsConfiguredOnce_ByOurCode()
    {
        await using var app = new CapturingFactory();
        var ours = app.Services.GetServices<IConfigureOptions<CookieAuthenticationOptions>>()
            .Where(c => c is not IConfigureNamedOptions<CookieAuthenticationOptions> named || NameOf(named) is null || NameOf(named) == IdentityConstants.ApplicationScheme)
            .Where(FromOurCode)
            .ToList();

        ours.Count.ShouldBe(1);
    }

    [Fact]
    public async Task AuthorizationPolicies_AreConfiguredOnce()
    {
        await using var app = new CapturingFactory();
        app.Services.GetServices<IConfigureOptions<AuthorizationOptions>>().Count(FromOurCode).ShouldBe(1);
        app.Services.GetRequiredService<IOptions<AuthorizationOptions>>().Value.GetPolicy(Application.Common.Security.Policies.CanManageRuns).ShouldNotBeNull();
    }

    [Fact]
    public async Task TheApp_HasOneDistributedCache_AndBindsEachOfItsOptionsOnce()
    {
        await using var app = new CapturingFactory();
        app.Services.GetRequiredService<IDistributedCache>().ShouldNotBeNull();
        var services = app.Registrations;
        services.Count(d => d.ServiceType == typeof(IDistributedCache)).ShouldBe(1);

        // Bind(...) registers one change-token source per options class and name: two means the class is bound twice.
        var bound = services
            .Where(d => d.ServiceType.IsGenericType && d.ServiceType.GetGenericTypeDefinition() == typeof(IOptionsChangeTokenSource<>))
            .Select(d => d.ServiceType.GetGenericArguments()[0])
            .Where(t => t.Assembly.GetName().Name!.StartsWith("AlphasRun", StringComparison.Ordinal))
            .ToList();
        bound.ShouldNotBeEmpty();
        bound.GroupBy(t => t).Where(g => g.Count() > 1).Select(g => g.Key.Name).ShouldBeEmpty();
    }

    [Fact]
    public void SharedServicesAndCookieOptions_AreRegisteredByOneCallInTheSource()
    {
        // These leave no trace when called twice (TryAdd) or merge silently, so the source is what can be checked.
        string[] once = ["AddDistributedMemoryCache(", "ConfigureApplicationCookie(", "Policies.Configure)", "AddSharedCaches(configuration)"];
        var sources = SourceFiles().Select(f => File.ReadAllText(f)).ToList();
        foreach (var call in once)
        {
            sources.Sum(s => Occurrences(s, call)).ShouldBe(1, call);
        }
    }

    [Fact]
    public void OnlyTheSetupFiles_ReadConfiguration()
    {
        var root = RepositoryRoot();
        var readers = SourceFiles()
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !SetupFiles.Contains(f))
            .Where(f => ConfigurationRead().IsMatch(File.ReadAllText(Path.Combine(root, f))))
            .ToList();

        readers.ShouldBeEmpty("read settings through IOptions<T>, bound and validated in the project's DependencyInjection/setup file");
    }

    /// <summary>An IConfiguration indexer, GetValue, GetSection or a parameter of type IConfiguration.</summary>
    [GeneratedRegex(@"[cC]onfiguration\s*\[|\.GetValue\s*[<(]|\.GetSection\s*\(|\bIConfiguration\s+\w")]
    private static partial Regex ConfigurationRead();

    private static bool FromOurCode(object configure)
    {
        var action = configure.GetType().GetProperty("Action")?.GetValue(configure) as Delegate;
        var type = action?.Method.DeclaringType ?? configure.GetType();
        return type.Assembly.GetName().Name!.StartsWith("AlphasRun", StringComparison.Ordinal);
    }

    private static string? NameOf(object configure) => configure.GetType().GetProperty("Name")?.GetValue(configure) as string;

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AlphasRun.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("AlphasRun.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The whole app, keeping a copy of its service registrations as the app left them.</summary>
    private sealed class CapturingFactory : AlphasRunWebFactory
    {
        private List<ServiceDescriptor>? _registrations;

        public IReadOnlyList<ServiceDescriptor> Registrations
        {
            get
            {
                _ = Services;
                return _registrations!;
            }
        }

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => _registrations = [.. services]);
        }
    }
}
