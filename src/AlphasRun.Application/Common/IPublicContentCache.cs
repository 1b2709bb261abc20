namespace AlphasRun.Application.Common;

/// <summary>What anonymous visitors read, in the parts a coach can change.</summary>
public enum PublicContent
{
    Guide,
    Plans,
    Runs,
}

/// <summary>
/// Told by the services the moment a coach changes something every visitor reads (a published plan or
/// guide section, a schedule, a cancelled or reinstated run), so cached copies of those pages go at once.
/// </summary>
public interface IPublicContentCache
{
    Task InvalidateAsync(PublicContent content, CancellationToken cancellationToken = default);
}

/// <summary>Where nothing is cached (tests, the operator command).</summary>
internal sealed class NoPublicContentCache : IPublicContentCache
{
    public Task InvalidateAsync(PublicContent content, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
