using System.Reflection;
using AlphasRun.Application.Common;
using AlphasRun.Domain.GroupRuns;
using AlphasRun.Infrastructure.Persistence;
using Microsoft.AspNetCore.Components;
using NetArchTest.Rules;

namespace AlphasRun.Web.Tests.Architecture;

/// <summary>The floors of the house (docs/decisions/0001 and 0007), checked on the compiled assemblies.</summary>
public sealed class LayeringTests
{
    private static readonly Assembly Domain = typeof(GroupRunOccurrence).Assembly;
    private static readonly Assembly Application = typeof(IAlphasRunDb).Assembly;
    private static readonly Assembly Web = typeof(Program).Assembly;

    [Fact]
    public void Domain_ReferencesNothingButTheRuntime()
    {
        Domain.GetReferencedAssemblies().Select(a => a.Name!)
            .Where(name => !name.StartsWith("System", StringComparison.Ordinal) && name is not ("netstandard" or "mscorlib"))
            .ShouldBeEmpty();

        Failing(Types.InAssembly(Domain).ShouldNot().HaveDependencyOnAny("Microsoft", "AlphasRun.Application", "AlphasRun.Infrastructure", "AlphasRun.Web").GetResult())
            .ShouldBeEmpty();
    }

    [Fact]
    public void Application_HasNoAspNetCoreHostingNorDatabaseProvider()
    {
        // Authorization policies are a plain library (Microsoft.AspNetCore.Authorization); nothing else of ASP.NET Core.
        string[] forbidden =
        [
            "Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.Components", "Microsoft.AspNetCore.Mvc", "Microsoft.AspNetCore.Builder",
            "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Identity", "Microsoft.AspNetCore.OutputCaching",
            "Microsoft.EntityFrameworkCore.Sqlite", "Microsoft.Data.Sqlite", "Npgsql", "StackExchange.Redis",
            "AlphasRun.Infrastructure", "AlphasRun.Web",
        ];

        Failing(Types.InAssembly(Application).ShouldNot().HaveDependencyOnAny(forbidden).GetResult()).ShouldBeEmpty();
        Application.GetReferencedAssemblies().Select(a => a.Name!)
            .Where(name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) && name != "Microsoft.AspNetCore.Authorization")
            .ShouldBeEmpty();
    }

    [Fact]
    public void Application_DoesNotSeeEfCoreDatabaseFacadeOrEntries()
    {
        Failing(Types.InAssembly(Application).ShouldNot()
                .HaveDependencyOnAny("Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade", "Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry", "Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction")
                .GetResult())
            .ShouldBeEmpty();
    }

    [Fact]
    public void WebComponents_NeverTouchADbContext()
    {
        Failing(Types.InAssembly(Web).That().Inherit(typeof(ComponentBase)).ShouldNot()
                .HaveDependencyOnAny("Microsoft.EntityFrameworkCore", typeof(AlphasRunDbContext).FullName!, "AlphasRun.Application.Common.IAlphasRunDbFactory")
                .GetResult())
            .ShouldBeEmpty();
    }

    private static IEnumerable<string> Failing(NetArchTest.Rules.TestResult result) => result.FailingTypeNames ?? [];
}
