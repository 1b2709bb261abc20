using System.Reflection;
using AlphasRun.Application.Common;
using AlphasRun.Application.Common.UseCases;
using NetArchTest.Rules;

namespace AlphasRun.Web.Tests.Architecture;

/// <summary>The shape of the Application layer (docs/decisions/0015-use-cases.md), checked on the compiled assembly.</summary>
public sealed class UseCaseTests
{
    private static readonly Assembly Application = typeof(IAlphasRunDb).Assembly;

    private static readonly Type[] Requests = [.. Application.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && ResponseOf(t) is not null)];

    private static readonly Type[] Handlers = [.. Application.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && HandledRequests(t).Any())];

    [Fact]
    public void TheApplicationHasUseCases() => Requests.Length.ShouldBeGreaterThan(10);

    [Fact]
    public void EveryRequest_CarriesExactlyOneAccessAttribute()
    {
        Requests.Where(r => (r.GetCustomAttribute<PublicAttribute>() is null) == (r.GetCustomAttribute<RequiresPolicyAttribute>() is null))
            .Select(r => r.FullName).ShouldBeEmpty();
    }

    [Fact]
    public void EveryRequest_HasExactlyOneHandler_InItsOwnNamespace()
    {
        foreach (var request in Requests)
        {
            var handlers = Handlers.Where(h => HandledRequests(h).Contains(request)).ToList();
            handlers.Count.ShouldBe(1, $"{request.FullName} needs exactly one handler");
            handlers[0].Namespace.ShouldBe(request.Namespace, $"{handlers[0].Name} belongs in the folder of {request.Name}");
        }
    }

    [Fact]
    public void EachUseCase_HasAFolderOfItsOwn()
    {
        Requests.GroupBy(r => r.Namespace).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(r => r.Name))}").ShouldBeEmpty();
    }

    [Fact]
    public void Handlers_AreInternal_SoNothingCallsOnePastThePipeline()
    {
        Handlers.Where(h => h.IsPublic).Select(h => h.FullName).ShouldBeEmpty();
    }

    [Fact]
    public void AUseCaseThatCanBeRefused_AnswersAResult()
    {
        Requests.Where(r => r.GetCustomAttribute<RequiresPolicyAttribute>() is not null && !typeof(Result).IsAssignableFrom(ResponseOf(r)))
            .Select(r => r.FullName).ShouldBeEmpty();
    }

    [Fact]
    public void GroupRuns_OffersWorkOnlyAsUseCases_ExceptTheHelpersOfBackgroundJobs()
    {
        // Pages and endpoints reach runs through IUseCases; what else is public and does work is called by start-up,
        // the daily generation or the outbox, never by a page.
        string[] backgroundHelpers = ["OccurrenceGenerator", "CalendarFiles"];
        Application.GetTypes()
            .Where(t => t is { IsPublic: true, IsClass: true } && t.Namespace?.StartsWith("AlphasRun.Application.GroupRuns", StringComparison.Ordinal) == true)
            .Where(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Any(m => typeof(Task).IsAssignableFrom(m.ReturnType)))
            .Select(t => t.Name)
            .Except(backgroundHelpers)
            .ShouldBeEmpty();
    }

    [Fact]
    public void OnlyThePipeline_AsksTheAccessGuard_SoNoHandlerCopiesAGuard()
    {
        var guard = Application.GetType("AlphasRun.Application.Common.Security.AccessGuard", throwOnError: true)!;
        string[] allowed = [guard.FullName!, typeof(UseCaseRegistration).Namespace + ".UseCasePipeline", "AlphasRun.Application.DependencyInjection"];
        Types.InAssembly(Application).That().HaveDependencyOn(guard.FullName!).GetTypes()
            .Select(t => t.FullName!)
            .Where(name => !allowed.Any(a => name == a || name.StartsWith(a + "+", StringComparison.Ordinal)))
            .ShouldBeEmpty();
    }

    [Fact]
    public void RecurringWork_RunsOnlyOnTheJobRunner()
    {
        Assembly[] hosts = [typeof(AlphasRun.Infrastructure.Persistence.AlphasRunDbContext).Assembly, typeof(Program).Assembly, Application];
        hosts.SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(Microsoft.Extensions.Hosting.IHostedService).IsAssignableFrom(t))
            .Select(t => t.Name).ShouldBe(["JobRunner"]);
    }

    private static Type? ResponseOf(Type type) =>
        type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IUseCase<>))?.GetGenericArguments()[0];

    private static IEnumerable<Type> HandledRequests(Type type) =>
        type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IUseCaseHandler<,>)).Select(i => i.GetGenericArguments()[0]);
}
