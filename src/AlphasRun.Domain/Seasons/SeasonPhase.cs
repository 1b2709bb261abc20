namespace AlphasRun.Domain.Seasons;

public enum SeasonPhase
{
    /// <summary>Easy and optional, straight after the race.</summary>
    Recovery,

    /// <summary>The crew's published plan, week after week.</summary>
    OffSeason,

    /// <summary>The weeks before a goal race: time for a race plan with a coach; nothing is planned here.</summary>
    BuildUp,
}

public static class SeasonPhaseExtensions
{
    public static string DisplayName(this SeasonPhase phase) => phase switch
    {
        SeasonPhase.Recovery => "Recovery",
        SeasonPhase.OffSeason => "Off-season",
        SeasonPhase.BuildUp => "Build-up",
        _ => phase.ToString(),
    };
}
