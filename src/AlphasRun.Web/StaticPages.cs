using System.Reflection;
using Microsoft.AspNetCore.Components.Endpoints;

namespace AlphasRun.Web;

/// <summary>
/// Pages without <c>@rendermode</c> are static server-rendered (docs/decisions/0009). Blazor still
/// serialises and encrypts "component state" into every such page once an interactive render mode is
/// mapped, although no circuit will ever read it there; telling each static page's endpoint that it
/// has no interactive render mode skips that work (and the ~1 KB comment) on every reading page. A
/// static page that tried to host an interactive component would now fail loudly in the tests, which
/// is the rule anyway: interactivity belongs to the pages listed in 0009.
/// The framework's metadata type is internal (dotnet/aspnetcore reads an empty list as "persist
/// nothing"); if a later version renames it, pages simply keep persisting state, and
/// StaticPageStateTests says so.
/// </summary>
internal static class StaticPages
{
    private static readonly object? NoInteractiveRenderModes = CreateNoRenderModesMetadata();

    public static RazorComponentsEndpointConventionBuilder WithoutStateOnStaticPages(this RazorComponentsEndpointConventionBuilder builder)
    {
        builder.Add(endpoint =>
        {
            var page = endpoint.Metadata.OfType<ComponentTypeMetadata>().LastOrDefault()?.Type;
            if (page is not null && !IsInteractive(page) && NoInteractiveRenderModes is not null)
            {
                // GetMetadata<T> takes the last one added, so this overrides the app-wide list.
                endpoint.Metadata.Add(NoInteractiveRenderModes);
            }
        });
        return builder;
    }

    /// <summary>
    /// .NET 10 registers its resource collection for state persistence with the WebAssembly render mode, and the
    /// registry that reads these registrations is built for every request (sorting them by assembly name, which
    /// it asks of reflection each time: ~2% of a reading page). This app renders nothing with WebAssembly, so
    /// that registration goes; the antiforgery one stays (the interactive join and profile pages use it).
    /// </summary>
    public static IServiceCollection WithoutWebAssemblyStateRegistration(this IServiceCollection services)
    {
        var webAssemblyOnly = services
            .Where(d => d.ServiceType.Name == "IPersistentServiceRegistration"
                && d.ImplementationInstance?.GetType() is { IsGenericType: true } registration
                && registration.GetGenericArguments()[0].Name == "ResourceCollectionProvider")
            .ToList();
        foreach (var descriptor in webAssemblyOnly)
        {
            services.Remove(descriptor);
        }

        return services;
    }

    public static bool IsInteractive(Type page) =>
        Attribute.IsDefined(page, typeof(RenderModeAttribute), inherit: true);

    private static object? CreateNoRenderModesMetadata()
    {
        var type = typeof(RazorComponentsEndpointConventionBuilder).Assembly
            .GetType("Microsoft.AspNetCore.Components.Endpoints.ConfiguredRenderModesMetadata");
        return type is null
            ? null
            : Activator.CreateInstance(type, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, binder: null,
                [Array.Empty<IComponentRenderMode>()], culture: null);
    }
}
