using AlphasRun.Domain.Plans;

namespace AlphasRun.Application.Plans.Editing;

/// <summary>
/// A plan as the editor holds it while a coach types: plain, mutable and possibly invalid (the validator
/// says what is wrong). <see cref="ConcurrencyToken"/> is the plan's token when it was loaded.
/// </summary>
public sealed class PlanEditModel
{
    public Guid Id { get; set; }

    public Guid ConcurrencyToken { get; set; }

    public string Name { get; set; } = string.Empty;

    public string Slug { get; set; } = string.Empty;

    public PlanAudience Audience { get; set; }

    /// <summary>Markdown.</summary>
    public string Description { get; set; } = string.Empty;

    public List<PlanWeekModel> Weeks { get; set; } = [];

    /// <summary>Adds or removes weeks at the end; new weeks start as a copy of the last one.</summary>
    public void SetWeekCount(int count)
    {
        count = Math.Clamp(count, 1, PlanContent.MaxWeeks);
        while (Weeks.Count > count)
        {
            Weeks.RemoveAt(Weeks.Count - 1);
        }

        while (Weeks.Count < count)
        {
            var last = Weeks.LastOrDefault();
            Weeks.Add(new PlanWeekModel
            {
                Number = Weeks.Count + 1,
                Sessions = last is null ? [] : [.. last.Sessions.Select(s => s.Clone())],
            });
        }
    }

    /// <summary>Replaces week <paramref name="to"/>'s sessions with copies of week <paramref name="from"/>'s.</summary>
    public void CopyWeek(int from, int to)
    {
        var source = Week(from);
        var target = Week(to);
        if (source is null || target is null || source == target)
        {
            return;
        }

        target.Sessions = [.. source.Sessions.Select(s => s.Clone())];
    }

    public void ClearWeek(int number) => Week(number)?.Sessions.Clear();

    public PlanWeekModel? Week(int number) => Weeks.FirstOrDefault(w => w.Number == number);
}

public sealed class PlanWeekModel
{
    public int Number { get; set; }

    public List<PlanSessionModel> Sessions { get; set; } = [];

    public IEnumerable<PlanSessionModel> On(DayOfWeek day) => Sessions.Where(s => s.Day == day);

    /// <summary>Adds a session at the end of <paramref name="day"/>.</summary>
    public PlanSessionModel Add(DayOfWeek day, SessionType type)
    {
        var session = PlanSessionModel.New(day, type);
        var lastOfDay = Sessions.FindLastIndex(s => s.Day == day);
        Sessions.Insert(lastOfDay < 0 ? Sessions.Count : lastOfDay + 1, session);
        return session;
    }

    public void Remove(PlanSessionModel session) => Sessions.Remove(session);

    /// <summary>Moves a session one place earlier (<paramref name="offset"/> -1) or later (+1) within its day.</summary>
    public void Move(PlanSessionModel session, int offset)
    {
        ArgumentNullException.ThrowIfNull(session);
        var sameDay = Sessions.Where(s => s.Day == session.Day).ToList();
        var position = sameDay.IndexOf(session);
        var other = position + offset;
        if (position < 0 || other < 0 || other >= sameDay.Count)
        {
            return;
        }

        var a = Sessions.IndexOf(session);
        var b = Sessions.IndexOf(sameDay[other]);
        (Sessions[a], Sessions[b]) = (Sessions[b], Sessions[a]);
    }
}

public sealed class PlanSessionModel
{
    /// <summary>Identifies the row while editing (a stable key for rendering); not stored.</summary>
    public Guid Key { get; } = Guid.NewGuid();

    public DayOfWeek Day { get; set; }

    public SessionType Type { get; set; }

    public decimal? MinKm { get; set; }

    public decimal? MaxKm { get; set; }

    public string Title { get; set; } = string.Empty;

    public string? Effort { get; set; }

    public string? Notes { get; set; }

    public Guid? GroupRunScheduleId { get; set; }

    /// <summary>Both ends of the range are given and make sense; only such sessions count in week totals.</summary>
    public bool HasUsableDistance =>
        Type.HasDistance() && MinKm is > 0 && MaxKm is { } max && max >= MinKm;

    public static PlanSessionModel New(DayOfWeek day, SessionType type) => new()
    {
        Day = day,
        Type = type,
        Title = type == SessionType.Rest ? "Rest day" : type.DisplayName(),
    };

    /// <summary>Switches the type; a type that carries no distance drops the distance.</summary>
    public void ChangeType(SessionType type)
    {
        if (Title == Type.DisplayName() || (Type == SessionType.Rest && Title == "Rest day") || string.IsNullOrWhiteSpace(Title))
        {
            Title = type == SessionType.Rest ? "Rest day" : type.DisplayName();
        }

        Type = type;
        if (!type.HasDistance())
        {
            MinKm = MaxKm = null;
            GroupRunScheduleId = null;
        }
    }

    public PlanSessionModel Clone() => new()
    {
        Day = Day,
        Type = Type,
        MinKm = MinKm,
        MaxKm = MaxKm,
        Title = Title,
        Effort = Effort,
        Notes = Notes,
        GroupRunScheduleId = GroupRunScheduleId,
    };
}
