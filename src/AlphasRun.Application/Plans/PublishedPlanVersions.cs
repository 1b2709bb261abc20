using System.Collections.Concurrent;
using AlphasRun.Domain.Plans;

namespace AlphasRun.Application.Plans;

/// <summary>
/// Published plan versions by id. A published version never changes (a coach's edit publishes a new one), so
/// each instance reads a version's content from the database once; which version is the latest is still asked
/// of the database on every request, so a publish shows at once on every instance (docs/decisions/0012).
/// </summary>
public sealed class PublishedPlanVersions
{
    private const int MaxRemembered = 128;

    private static readonly Func<DbContext, Guid, CancellationToken, Task<PlanVersion?>> VersionQuery =
        EF.CompileAsyncQuery((DbContext db, Guid id, CancellationToken _) =>
            db.Set<PlanVersion>().AsNoTracking().SingleOrDefault(v => v.Id == id));

    private readonly ConcurrentDictionary<Guid, PlanVersion> _versions = new();

    internal async Task<PlanVersion?> GetAsync(IAlphasRunDb db, Guid id, CancellationToken cancellationToken)
    {
        if (_versions.TryGetValue(id, out var known))
        {
            return known;
        }

        var version = await VersionQuery(db.AsDbContext(), id, cancellationToken);
        if (version is not null)
        {
            if (_versions.Count >= MaxRemembered)
            {
                _versions.Clear();
            }

            _versions[id] = version;
        }

        return version;
    }
}
