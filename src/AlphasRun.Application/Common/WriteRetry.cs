using System.Data.Common;

namespace AlphasRun.Application.Common;

/// <summary>
/// Retries a whole write transaction when the database says "busy, try again": SQLite's
/// SQLITE_BUSY/SQLITE_LOCKED (5/6), PostgreSQL's serialization failure or deadlock (40001/40P01).
/// The member never sees these; only a run of failures surfaces, as a plain message.
/// </summary>
public static class WriteRetry
{
    public const int Attempts = 8;

    public static async Task<T> RunAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await write();
            }
            catch (Exception ex) when (attempt < Attempts && IsTransient(ex))
            {
                // Jittered back-off so racing writers don't collide again in lock-step.
                var delay = TimeSpan.FromMilliseconds((10 << Math.Min(attempt, 6)) + Random.Shared.Next(0, 25));
                await Task.Delay(delay, cancellationToken);
            }
        }
    }

    public static bool IsTransient(Exception? exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            if (ex is DbException db && (db.ErrorCode is 5 or 6 || db.SqlState is "40001" or "40P01"))
            {
                return true;
            }
        }

        return false;
    }
}
