using AlphasRun.Application.Common;
using AlphasRun.Application.Notifications;
using AlphasRun.Infrastructure.Identity;
using AlphasRun.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AlphasRun.Infrastructure.Notifications;

/// <summary>
/// Sends the emails queued in the outbox. A batch is claimed in a short transaction (PostgreSQL:
/// <c>FOR UPDATE SKIP LOCKED</c>, so instances take different rows; SQLite: the single writer) and
/// marked with this dispatcher's id and a lease; each message is then sent and marked sent only if
/// the claim is still ours. A failed send is retried later with exponential back-off; nothing of
/// this reaches the member whose change caused the email.
/// </summary>
public sealed partial class OutboxDispatcher(
    IDbContextFactory<AlphasRunDbContext> dbFactory,
    IServiceScopeFactory scopes,
    IEmailSender email,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger)
{
    public const int BatchSize = 20;
    public const int MaxAttempts = 12;
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private readonly Guid _id = Guid.NewGuid();

    /// <summary>Claims and sends what is due; returns how many emails went out.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var claimed = await ClaimAsync(cancellationToken);
        var sent = 0;
        foreach (var message in claimed)
        {
            if (await SendAsync(message, cancellationToken))
            {
                sent++;
            }
        }

        return sent;
    }

    /// <summary>The back-off after the given number of failed attempts: 10 s, 20 s, 40 s … at most an hour.</summary>
    public static TimeSpan BackOff(int attempts) => TimeSpan.FromSeconds(Math.Min(3600, 10 * Math.Pow(2, Math.Max(0, attempts - 1))));

    private async Task<List<OutboxMessage>> ClaimAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        IQueryable<OutboxMessage> due;
        if (db.Database.IsNpgsql())
        {
            due = db.OutboxMessages.FromSql($"""
                SELECT * FROM "OutboxMessages"
                WHERE "SentUtc" IS NULL AND "Attempts" < {MaxAttempts} AND "NextAttemptUtc" <= {now}
                  AND ("ClaimedUntilUtc" IS NULL OR "ClaimedUntilUtc" < {now})
                ORDER BY "CreatedUtc"
                LIMIT {BatchSize}
                FOR UPDATE SKIP LOCKED
                """);
        }
        else
        {
            due = db.OutboxMessages
                .Where(m => m.SentUtc == null && m.Attempts < MaxAttempts && m.NextAttemptUtc <= now && (m.ClaimedUntilUtc == null || m.ClaimedUntilUtc < now))
                .OrderBy(m => m.CreatedUtc)
                .Take(BatchSize);
        }

        // Not composed further: PostgreSQL's locking clause must stay on the outermost SELECT.
        var ids = (await due.AsNoTracking().ToListAsync(cancellationToken)).ConvertAll(m => m.Id);
        if (ids.Count == 0)
        {
            return [];
        }

        DateTime? until = now + Lease;
        Guid? me = _id;
        await db.OutboxMessages.Where(m => ids.Contains(m.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedBy, me).SetProperty(m => m.ClaimedUntilUtc, until), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await db.OutboxMessages.AsNoTracking().Where(m => ids.Contains(m.Id) && m.ClaimedBy == me).OrderBy(m => m.CreatedUtc).ToListAsync(cancellationToken);
    }

    private async Task<bool> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        Guid? me = _id;
        try
        {
            await using (var scope = scopes.CreateAsyncScope())
            {
                var composed = message.IsAccountEmail
                    ? await scope.ServiceProvider.GetRequiredService<AccountEmailComposer>().ComposeAsync(message, cancellationToken)
                    : await scope.ServiceProvider.GetRequiredService<OutboxEmails>().ComposeAsync(message, cancellationToken);
                if (composed is not null)
                {
                    await email.SendAsync(composed.To, composed.Subject, composed.Body, composed.Html, composed.Attachments ?? [], cancellationToken);
                }
            }

            DateTime? sentAt = time.GetUtcNow().UtcDateTime;
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            await db.OutboxMessages.Where(m => m.Id == message.Id && m.ClaimedBy == me)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.SentUtc, sentAt).SetProperty(m => m.ClaimedBy, (Guid?)null).SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null), cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var attempts = message.Attempts + 1;
            var next = time.GetUtcNow().UtcDateTime + BackOff(attempts);
            var error = ex.Message.Length > 1000 ? ex.Message[..1000] : ex.Message;
            LogSendFailed(ex, message.Id, attempts, next);
            await using var db = await dbFactory.CreateDbContextAsync(CancellationToken.None);
            await db.OutboxMessages.Where(m => m.Id == message.Id && m.ClaimedBy == me)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(m => m.Attempts, attempts).SetProperty(m => m.NextAttemptUtc, next).SetProperty(m => m.LastError, error)
                        .SetProperty(m => m.ClaimedBy, (Guid?)null).SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null),
                    CancellationToken.None);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox email {MessageId} failed (attempt {Attempts}); next try at {NextAttemptUtc:u}")]
    private partial void LogSendFailed(Exception ex, Guid messageId, int attempts, DateTime nextAttemptUtc);
}
