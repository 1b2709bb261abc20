namespace AlphasRun.Application.Notifications;

/// <summary>
/// An email to send, written in the same transaction as the change that causes it and sent later by
/// the dispatcher (at most one instance holds a message at a time; see docs/decisions/0007-scale-out.md).
/// The text is composed when it is sent, from the ids kept here: an account email's secret link (confirm, reset) is
/// made at that moment and never stored in the row (docs/decisions/0014-recurring-work.md).
/// </summary>
public sealed class OutboxMessage
{
    public const string PromotedKind = "Promoted";
    public const string RunCancelledKind = "RunCancelled";
    public const string ReminderKind = "Reminder";

    /// <summary>A member registered or joined a waitlist (one run, with a calendar file).</summary>
    public const string RegisteredKind = "Registered";

    /// <summary>A member started "every Tuesday"; <see cref="OccurrenceId"/> is the first run of that schedule.</summary>
    public const string StandingStartedKind = "StandingStarted";

    /// <summary>"Confirm your email" (<see cref="UserId"/>), after joining or on request.</summary>
    public const string ConfirmEmailKind = "ConfirmEmail";

    /// <summary>"Choose a new password" (<see cref="UserId"/>).</summary>
    public const string PasswordResetKind = "PasswordReset";

    /// <summary>"Someone tried to join with your email" (<see cref="UserId"/>): a join with an address that has an account.</summary>
    public const string JoinAttemptKind = "JoinAttempt";

    public const int DedupKeyMax = 100;

    public const int UserIdMax = 450;

    private OutboxMessage()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>What kind of email: <see cref="PromotedKind"/>, <see cref="RunCancelledKind"/>, <see cref="ReminderKind"/>, <see cref="RegisteredKind"/>, <see cref="StandingStartedKind"/>.</summary>
    public string Kind { get; private set; } = "";

    /// <summary>The member a run email is for; empty for an account email (<see cref="UserId"/>).</summary>
    public Guid RunnerId { get; private set; }

    /// <summary>The account an account email is for (the member may have no runner yet); null for run emails.</summary>
    public string? UserId { get; private set; }

    /// <summary>True for the account emails (confirm, reset, join attempt), which are about an account rather than a run.</summary>
    public bool IsAccountEmail => UserId is not null;

    public Guid OccurrenceId { get; private set; }

    /// <summary>Free text the email needs, e.g. the reason a run was cancelled.</summary>
    public string? Detail { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    /// <summary>Not before this instant (back-off after a failed attempt).</summary>
    public DateTime NextAttemptUtc { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>The dispatcher that holds the message, until <see cref="ClaimedUntilUtc"/>.</summary>
    public Guid? ClaimedBy { get; private set; }

    public DateTime? ClaimedUntilUtc { get; private set; }

    public DateTime? SentUtc { get; private set; }

    /// <summary>
    /// Unique when set (a unique index): the database refuses a second message with the same key, whoever
    /// writes it. Reminders use one key per member and run, so each is queued once across all instances.
    /// </summary>
    public string? DedupKey { get; private set; }

    public static OutboxMessage Promoted(Guid runnerId, Guid occurrenceId, DateTime nowUtc) => New(PromotedKind, runnerId, occurrenceId, null, nowUtc);

    public static OutboxMessage RunCancelled(Guid runnerId, Guid occurrenceId, string reason, DateTime nowUtc) => New(RunCancelledKind, runnerId, occurrenceId, reason, nowUtc);

    /// <summary>The reminder before a run; at most one per member and run (<see cref="ReminderKey"/>).</summary>
    public static OutboxMessage Reminder(Guid runnerId, Guid occurrenceId, DateTime nowUtc)
    {
        var message = New(ReminderKind, runnerId, occurrenceId, null, nowUtc);
        message.DedupKey = ReminderKey(runnerId, occurrenceId);
        return message;
    }

    public static string ReminderKey(Guid runnerId, Guid occurrenceId) => $"reminder:{runnerId:N}:{occurrenceId:N}";

    public static OutboxMessage Registered(Guid runnerId, Guid occurrenceId, DateTime nowUtc) => New(RegisteredKind, runnerId, occurrenceId, null, nowUtc);

    public static OutboxMessage StandingStarted(Guid runnerId, Guid firstOccurrenceId, DateTime nowUtc) => New(StandingStartedKind, runnerId, firstOccurrenceId, null, nowUtc);

    /// <summary>An account email (<see cref="ConfirmEmailKind"/>, <see cref="PasswordResetKind"/>, <see cref="JoinAttemptKind"/>) for a user.</summary>
    public static OutboxMessage Account(string kind, string userId, DateTime nowUtc)
    {
        if (kind is not (ConfirmEmailKind or PasswordResetKind or JoinAttemptKind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an account email kind.");
        }

        ArgumentException.ThrowIfNullOrEmpty(userId);
        var message = New(kind, Guid.Empty, Guid.Empty, null, nowUtc);
        message.UserId = userId;
        return message;
    }

    private static OutboxMessage New(string kind, Guid runnerId, Guid occurrenceId, string? detail, DateTime nowUtc) =>
        new()
        {
            Id = Guid.NewGuid(),
            Kind = kind,
            RunnerId = runnerId,
            OccurrenceId = occurrenceId,
            Detail = detail,
            CreatedUtc = nowUtc,
            NextAttemptUtc = nowUtc,
        };
}
