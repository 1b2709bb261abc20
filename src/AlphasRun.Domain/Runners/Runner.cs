using AlphasRun.Domain.Plans;

namespace AlphasRun.Domain.Runners;

/// <summary>A crew member's running profile; the sign-in account lives in Identity and links by <see cref="UserId"/>.</summary>
public sealed class Runner
{
    public Runner(Guid id, string userId, string firstName, string lastName, PlanAudience mainDistance, DateTime joinedUtc)
    {
        Id = id;
        UserId = userId;
        FirstName = firstName;
        LastName = lastName;
        MainDistance = mainDistance;
        JoinedUtc = joinedUtc;
    }

    private Runner()
    {
        UserId = FirstName = LastName = string.Empty;
    }

    public Guid Id { get; private set; }

    public string UserId { get; private set; }

    public string FirstName { get; private set; }

    public string LastName { get; private set; }

    public PlanAudience MainDistance { get; private set; }

    /// <summary>Usual easy pace in seconds per kilometre.</summary>
    public int? EasyPaceSecondsPerKm { get; private set; }

    public string? EmergencyContactName { get; private set; }

    public string? EmergencyContactPhone { get; private set; }

    public DateTime? WaiverAcceptedUtc { get; private set; }

    public DateTime JoinedUtc { get; private set; }

    /// <summary>The secret in the member's personal calendar URL; a new one revokes the old URL.</summary>
    public string? CalendarToken { get; private set; }

    /// <summary>When the member wants run reminders (email and calendar alarm); the club's default unless they chose.</summary>
    public ReminderChoice Reminder { get; private set; }

    public string FullName => $"{FirstName} {LastName}";

    public void ChooseReminder(ReminderChoice choice)
    {
        if (!Enum.IsDefined(choice))
        {
            throw new Common.DomainException("Choose one of the reminder options.");
        }

        Reminder = choice;
    }

    public void UpdateProfile(string firstName, string lastName, PlanAudience mainDistance, int? easyPaceSecondsPerKm, string? emergencyContactName, string? emergencyContactPhone)
    {
        FirstName = firstName;
        LastName = lastName;
        MainDistance = mainDistance;
        EasyPaceSecondsPerKm = easyPaceSecondsPerKm;
        EmergencyContactName = emergencyContactName;
        EmergencyContactPhone = emergencyContactPhone;
    }

    public string RenewCalendarToken()
    {
        CalendarToken = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(20)).ToLowerInvariant();
        return CalendarToken;
    }

    /// <summary>Records when the member accepted the crew's safety waiver and code of conduct.</summary>
    public void AcceptWaiver(DateTime nowUtc) => WaiverAcceptedUtc = nowUtc;
}
