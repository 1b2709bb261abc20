using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace AlphasRun.Web.Caching;

/// <summary>
/// ASP.NET Core output caching for what anonymous visitors read (docs/decisions/0009). The default policy
/// already refuses signed-in requests and responses that set a cookie; on top of it each page is varied by
/// the unit and theme cookies and tagged, so a coach's change evicts it at once. Counts on run pages are
/// never older than 30 seconds. <c>AlphasRun:OutputCache=false</c> turns it all off.
/// </summary>
public static class PublicPageCache
{
    public const string GuidePolicy = "guide";
    public const string PlansPolicy = "plans";
    public const string RunsPolicy = "runs";
    public const string FeedPolicy = "feed";

    private static readonly TimeSpan ReadingLifetime = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan CountsLifetime = TimeSpan.FromSeconds(30);

    public static IServiceCollection AddPublicPageCache(this IServiceCollection services)
    {
        services.AddOutputCache(options =>
        {
            options.AddPolicy(GuidePolicy, b => Page(b, ReadingLifetime, Tag(PublicContent.Guide)));
            options.AddPolicy(PlansPolicy, b => Page(b, ReadingLifetime, Tag(PublicContent.Plans)));
            // Run pages show counts and the plans' suggested distances.
            options.AddPolicy(RunsPolicy, b => Page(b, CountsLifetime, Tag(PublicContent.Runs), Tag(PublicContent.Plans)));
            options.AddPolicy(FeedPolicy, b => b.Expire(CountsLifetime).Tag(Tag(PublicContent.Runs)));
        });
        services.AddSingleton<IPublicContentCache, OutputCacheEviction>();
        return services;
    }

    public static WebApplication UsePublicPageCache(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<WebSettings>>().Value.OutputCache)
        {
            app.UseOutputCache();
        }

        return app;
    }

    internal static string Tag(PublicContent content) => "public-" + content.ToString().ToLowerInvariant();

    private static void Page(OutputCachePolicyBuilder builder, TimeSpan lifetime, params string[] tags) =>
        builder.Expire(lifetime)
            .Tag(tags)
            .VaryByValue(context => new KeyValuePair<string, string>(
                "prefs",
                $"{context.Request.Cookies[ClientPreferences.UnitsCookie]}|{context.Request.Cookies[ClientPreferences.ThemeCookie]}"));

    private sealed class OutputCacheEviction(IOutputCacheStore store) : IPublicContentCache
    {
        public async Task InvalidateAsync(PublicContent content, CancellationToken cancellationToken = default) =>
            await store.EvictByTagAsync(Tag(content), cancellationToken);
    }
}
