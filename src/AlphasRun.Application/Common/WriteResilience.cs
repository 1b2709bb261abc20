using Polly;
using Polly.Retry;

namespace AlphasRun.Application.Common;

/// <summary>Tells which database errors mean "a racing writer won, run the whole transaction again" (provider specific).</summary>
public interface IDbErrorClassifier
{
    /// <summary>
    /// Busy/locked on SQLite, serialization failure or deadlock on PostgreSQL, and a unique index that
    /// refused a row a racing writer inserted first (the retry then reads that row and answers from it).
    /// </summary>
    bool IsRetryable(Exception exception);

    /// <summary>A unique index (or primary key) refused the row.</summary>
    bool IsUniqueViolation(Exception exception);
}

/// <summary>Raised inside a write when a row changed between reading and the conditional update; the write is retried.</summary>
public sealed class WriteConflictException(string message) : Exception(message)
{
    public WriteConflictException()
        : this("A racing write changed the row; retry.")
    {
    }

    public WriteConflictException(string message, Exception inner)
        : this(message + " " + inner.Message)
    {
    }
}

/// <summary>
/// Runs a whole write transaction again when the database says a racing writer got there first, with
/// jittered exponential back-off (Polly). The member never sees these; only a long run of them surfaces.
/// </summary>
public sealed class WriteResilience
{
    public const int MaxRetries = 10;

    private readonly ResiliencePipeline _pipeline;

    public WriteResilience(IDbErrorClassifier errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        _pipeline = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<WriteConflictException>().Handle<Exception>(errors.IsRetryable),
                MaxRetryAttempts = MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(5),
                MaxDelay = TimeSpan.FromMilliseconds(400),
            })
            .Build();
    }

    public ValueTask<T> RunAsync<T>(Func<CancellationToken, Task<T>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        return _pipeline.ExecuteAsync(async ct => await write(ct), cancellationToken);
    }
}
