using AlphasRun.Domain.Plans;

namespace AlphasRun.Application.GroupRuns;

public sealed record ScheduleDto(Guid Id, string Name, DayOfWeek Day, TimeOnly LocalStartTime, Guid LocationId, string LocationName, int? Capacity, IReadOnlyList<string> PaceGroups, bool IsActive)
{
    public ScheduleForm ToForm() => new()
    {
        Id = Id,
        Name = Name,
        Day = Day,
        StartTime = LocalStartTime.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        LocationId = LocationId,
        Capacity = Capacity,
        PaceGroups = string.Join(", ", PaceGroups),
    };
}

public sealed record LocationOptionDto(Guid Id, string Name);

public sealed record CoachRunDto(UpcomingRunDto Run, int Waitlisted);

public sealed record RosterEntryDto(
    Guid RegistrationId,
    string Name,
    PlanAudience? MainDistance,
    string? EmergencyContactName,
    string? EmergencyContactPhone,
    Domain.GroupRuns.RegistrationStatus Status,
    bool CheckedIn,
    bool IsWalkIn);

public sealed record RosterGroupDto(string PaceGroup, IReadOnlyList<RosterEntryDto> Runners);

public sealed record RosterDto(UpcomingRunDto Run, IReadOnlyList<string> PaceGroups, IReadOnlyList<RosterGroupDto> Groups, IReadOnlyList<RosterEntryDto> Waitlist)
{
    /// <summary>The group of runners who registered without one.</summary>
    public const string NoPaceGroup = "No pace group";

    public int Confirmed => Groups.Sum(g => g.Runners.Count(r => !r.IsWalkIn));

    public int CheckedIn => Groups.Sum(g => g.Runners.Count(r => r.CheckedIn));
}

/// <summary>A member's attendance record for coaches and admins.</summary>
public sealed record MemberAttendanceDto(string UserId, string FullName, PlanAudience MainDistance, AttendanceDto Attendance);

/// <summary>A member's attendance: past runs they were confirmed for, those they came to, and no-shows.</summary>
public sealed record AttendanceDto(int Registered, int Attended, int NoShows);

/// <summary>A roster as a spreadsheet file, named by the run's date and name.</summary>
public sealed record RosterCsv(string FileName, string Content);
