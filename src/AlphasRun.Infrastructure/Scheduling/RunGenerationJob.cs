using AlphasRun.Application.Common;
using AlphasRun.Application.GroupRuns;
using AlphasRun.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AlphasRun.Infrastructure.Scheduling;

/// <summary>
/// Once a club day, tops up the dated runs so the calendar always reaches weeks ahead (start-up does it too).
/// Due again at the next midnight in the club's time zone; generation is idempotent (unique schedule + date).
/// </summary>
public sealed partial class RunGenerationJob(ClubClock clock, ILogger<RunGenerationJob> logger) : RecurringJob
{
    public override string Name => ScheduledJob.GenerateRuns;

    public override TimeSpan Interval => TimeSpan.FromDays(1);

    public override DateTime NextDueAfter(DateTime startedUtc)
    {
        var tomorrow = DateOnly.FromDateTime(clock.ToLocal(startedUtc)).AddDays(1);
        return TimeZoneInfo.ConvertTimeToUtc(tomorrow.ToDateTime(TimeOnly.MinValue), clock.Zone);
    }

    public override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var created = await services.GetRequiredService<OccurrenceGenerator>().GenerateAsync(cancellationToken);
        LogGenerated(created);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Daily run generation: {Created} dated runs added")]
    private partial void LogGenerated(int created);
}
