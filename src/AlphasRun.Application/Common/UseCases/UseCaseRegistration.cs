using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace AlphasRun.Application.Common.UseCases;

public static class UseCaseRegistration
{
    /// <summary>The pipeline, and every handler in the assembly as the handler of its request (one per request type).</summary>
    public static IServiceCollection AddUseCases(this IServiceCollection services, Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        services.AddScoped<IUseCases, UseCasePipeline>();
        foreach (var type in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IUseCaseHandler<,>)))
            {
                services.AddScoped(contract, type);
            }
        }

        return services;
    }
}
