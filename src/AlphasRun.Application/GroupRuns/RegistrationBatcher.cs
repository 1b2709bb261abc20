using System.Threading.Channels;
using AlphasRun.Application.Common;

namespace AlphasRun.Application.GroupRuns;

/// <summary>
/// Collects registration requests that arrive together and hands them to the writer in batches
/// (group commit). One loop drains the queue: when requests are waiting it takes up to
/// <see cref="MaxBatch"/> of them in arrival order; alone, a request is written at once.
/// If a batch fails, each of its requests is retried on its own so each gets its own answer.
/// </summary>
public sealed class RegistrationBatcher : IAsyncDisposable
{
    public const int MaxBatch = 100;

    private readonly Channel<Pending> _channel = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly object _start = new();
    private Task? _loop;

    internal Task<Result<RegistrationOutcome>> EnqueueAsync(RegisterRequest request, RegistrationWriter writer, CancellationToken cancellationToken)
    {
        var pending = new Pending(request, writer, new TaskCompletionSource<Result<RegistrationOutcome>>(TaskCreationOptions.RunContinuationsAsynchronously), cancellationToken);
        EnsureStarted();
        if (!_channel.Writer.TryWrite(pending))
        {
            return Task.FromResult(Result<RegistrationOutcome>.Fail("The app is shutting down; please try again in a moment."));
        }

        return pending.Done.Task.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _channel.Writer.TryComplete();
        if (_loop is not null)
        {
            await _loop;
        }
    }

    private void EnsureStarted()
    {
        if (_loop is not null)
        {
            return;
        }

        lock (_start)
        {
            _loop ??= Task.Run(RunAsync);
        }
    }

    private async Task RunAsync()
    {
        var reader = _channel.Reader;
        var batch = new List<Pending>(MaxBatch);
        while (await reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && reader.TryRead(out var next))
            {
                if (!next.CancellationToken.IsCancellationRequested)
                {
                    batch.Add(next);
                }
                else
                {
                    next.Done.TrySetCanceled(next.CancellationToken);
                }
            }

            if (batch.Count > 0)
            {
                await WriteAsync(batch);
            }
        }
    }

    private static async Task WriteAsync(List<Pending> batch)
    {
        var writer = batch[0].Writer;
        try
        {
            var results = await WriteRetry.RunAsync(() => writer.RegisterBatchAsync([.. batch.Select(p => p.Request)], CancellationToken.None), CancellationToken.None);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Done.TrySetResult(results[i]);
            }
        }
        catch (Exception) when (batch.Count > 1)
        {
            // One bad request must not sink the others: write each alone.
            foreach (var pending in batch)
            {
                await WriteAloneAsync(pending);
            }
        }
        catch (Exception ex)
        {
            batch[0].Done.TrySetException(ex);
        }
    }

    private static async Task WriteAloneAsync(Pending pending)
    {
        try
        {
            pending.Done.TrySetResult(await WriteRetry.RunAsync(() => pending.Writer.RegisterOnceAsync(pending.Request, CancellationToken.None), CancellationToken.None));
        }
        catch (Exception ex)
        {
            pending.Done.TrySetException(ex);
        }
    }

    private sealed record Pending(RegisterRequest Request, RegistrationWriter Writer, TaskCompletionSource<Result<RegistrationOutcome>> Done, CancellationToken CancellationToken);
}
