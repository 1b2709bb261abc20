using AlphasRun.Domain.Common;
using AlphasRun.Domain.Plans;

namespace AlphasRun.Application.Runners;

/// <summary>The running profile a member fills in when joining and edits later (an edit model, never an entity).</summary>
public class ProfileForm
{
    public string FirstName { get; set; } = string.Empty;

    public string LastName { get; set; } = string.Empty;

    public PlanAudience MainDistance { get; set; } = PlanAudience.HalfMarathon;

    /// <summary>Optional, "m:ss" per <see cref="PaceUnit"/>.</summary>
    public string? EasyPace { get; set; }

    public DistanceUnit PaceUnit { get; set; } = DistanceUnit.Kilometres;

    public string? EmergencyContactName { get; set; }

    public string? EmergencyContactPhone { get; set; }

    /// <summary>The easy pace in seconds per km, or null when none (or none readable) was given.</summary>
    public int? EasyPaceSecondsPerKm() => Pace.TryParse(EasyPace, PaceUnit, out var pace) ? pace.SecondsPerKm : null;
}

/// <summary>Joining the crew: the profile plus the sign-in details and the waiver.</summary>
public sealed class JoinForm : ProfileForm
{
    public string Email { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;

    public string ConfirmPassword { get; set; } = string.Empty;

    public bool AcceptsWaiver { get; set; }
}

public sealed record ProfileDto(string Email, ProfileForm Form, DateTime JoinedUtc, DateTime? WaiverAcceptedUtc);
