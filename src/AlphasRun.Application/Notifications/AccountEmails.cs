namespace AlphasRun.Application.Notifications;

/// <summary>The account emails a visitor's action can cause.</summary>
public enum AccountEmail
{
    /// <summary>"Confirm your email", after joining or on request.</summary>
    Confirmation,

    /// <summary>"Choose a new password".</summary>
    PasswordReset,

    /// <summary>"Someone tried to join with your email": for a join with an address that already has an account.</summary>
    JoinAttempt,
}

/// <summary>
/// Queues account emails in the outbox, like the run emails: the dispatcher sends them, retries a failed send, and a
/// queued email survives a restart. The row keeps the kind and the user id only; the link (and its token) is made
/// when the email is sent.
/// </summary>
public interface IAccountEmailOutbox
{
    Task QueueAsync(AccountEmail email, string userId, CancellationToken cancellationToken = default);
}

/// <inheritdoc cref="IAccountEmailOutbox" />
internal sealed class AccountEmailOutbox(IAlphasRunDbFactory dbFactory, ClubClock clock, WriteResilience resilience) : IAccountEmailOutbox
{
    public async Task QueueAsync(AccountEmail email, string userId, CancellationToken cancellationToken = default)
    {
        var kind = email switch
        {
            AccountEmail.Confirmation => OutboxMessage.ConfirmEmailKind,
            AccountEmail.PasswordReset => OutboxMessage.PasswordResetKind,
            AccountEmail.JoinAttempt => OutboxMessage.JoinAttemptKind,
            _ => throw new ArgumentOutOfRangeException(nameof(email), email, null),
        };
        var message = OutboxMessage.Account(kind, userId, clock.UtcNow);
        await resilience.RunAsync(
            async ct =>
            {
                await using var db = await dbFactory.CreateAsync(ct);
                db.OutboxMessages.Add(message);
                return await db.SaveChangesAsync(ct);
            },
            cancellationToken);
    }
}
