namespace AlphasRun.Domain.Plans;

public enum SessionType
{
    LongRun,
    MediumRun,
    EasyRun,
    Strength,
    CrossTraining,
    Rest,
}

public static class SessionTypeExtensions
{
    /// <summary>Rest and strength days carry no running distance.</summary>
    public static bool HasDistance(this SessionType type) =>
        type is not (SessionType.Rest or SessionType.Strength);

    public static string DisplayName(this SessionType type) => type switch
    {
        SessionType.LongRun => "Long run",
        SessionType.MediumRun => "Medium run",
        SessionType.EasyRun => "Easy run",
        SessionType.Strength => "Strength & mobility",
        SessionType.CrossTraining => "Cross-training",
        SessionType.Rest => "Rest",
        _ => type.ToString(),
    };
}
