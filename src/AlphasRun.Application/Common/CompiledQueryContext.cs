namespace AlphasRun.Application.Common;

/// <summary>
/// The DbContext behind an <see cref="IAlphasRunDb"/>, for EF Core compiled queries
/// (<see cref="EF.CompileAsyncQuery{TContext, TResult}(System.Linq.Expressions.Expression{Func{TContext, DbSet{TResult}}})"/>):
/// the public pages run the same few queries on every request, and a compiled query skips building,
/// hashing and looking up the LINQ expression each time (docs/decisions/0012-runtime-warm-up.md).
/// </summary>
internal static class CompiledQueryContext
{
    public static DbContext AsDbContext(this IAlphasRunDb db) =>
        db as DbContext ?? throw new InvalidOperationException($"{db.GetType().Name} is not an EF Core DbContext.");
}
