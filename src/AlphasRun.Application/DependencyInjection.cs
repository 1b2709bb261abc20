using AlphasRun.Application.GroupRuns;
using AlphasRun.Application.GroupRuns.Seats;
using AlphasRun.Application.Notifications;
using AlphasRun.Application.Plans;
using AlphasRun.Application.Runners;
using AlphasRun.Application.Seasons;
using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AlphasRun.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ClubOptions>()
            .Bind(configuration.GetSection(ClubOptions.SectionName))
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "AlphasRun:TimeZone is not a known time zone id.")
            .ValidateOnStart();
        services.AddOptions<ReminderOptions>()
            .Bind(configuration.GetSection(ReminderOptions.SectionName))
            .Validate(o => o.IsValid, "AlphasRun:Reminders: EveningRunLead must be more than 0 and at most 24 hours, SweepInterval between 1 second and 1 hour.")
            .ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ClubClock>();
        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton<IPublicUrls, PublicUrls>();
        services.TryAddSingleton<IPublicContentCache, NoPublicContentCache>();
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, includeInternalTypes: true);

        services.AddAuthorizationCore(Policies.Configure);
        services.AddScoped<AccessGuard>();
        services.AddUseCases(typeof(DependencyInjection).Assembly);
        services.AddSingleton<RunnerDirectory>();

        services.AddSingleton<PublishedPlanVersions>();
        services.AddScoped<RunCalendar>();
        services.AddScoped<OccurrenceGenerator>();
        services.AddScoped<RunSeats>();
        services.AddSingleton<WriteResilience>();
        services.AddScoped<OutboxEmails>();
        services.AddScoped<ReminderSweep>();
        services.AddScoped<IAccountEmailOutbox, AccountEmailOutbox>();

        // A reminder's "suggested for your plan that day" comes from the member's own season when they have one.
        services.AddScoped<PublishedPlanSuggestion>();
        services.AddScoped<ISuggestedSessionSource, SeasonSuggestion>();
        services.AddSingleton<CancellationUndo>();
        services.AddScoped<CalendarFiles>();
        services.AddScoped<SeasonAssembler>();
        services.AddScoped<SeasonCheckIns>();
        return services;
    }
}
