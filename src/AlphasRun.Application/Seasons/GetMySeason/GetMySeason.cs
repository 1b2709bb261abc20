using AlphasRun.Domain.Common;

namespace AlphasRun.Application.Seasons.GetMySeason;

/// <summary>The signed-in member's race form and, once they entered a race, their season week by week.</summary>
[RequiresPolicy(Policies.IsMember)]
public sealed record GetMySeason(DistanceUnit Unit = DistanceUnit.Kilometres) : IUseCase<Result<MySeasonDto>>;

internal sealed class GetMySeasonHandler(IAlphasRunDbFactory dbFactory, SeasonAssembler assembler) : IUseCaseHandler<GetMySeason, Result<MySeasonDto>>
{
    public async Task<Result<MySeasonDto>> HandleAsync(GetMySeason request, Caller caller, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        if (await MySeason.RunnerOfAsync(db, caller, cancellationToken) is not { } runner)
        {
            return Result<MySeasonDto>.Forbidden();
        }

        var profile = await db.SeasonProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.RunnerId == runner.Id, cancellationToken);
        var form = profile is null ? new SeasonProfileForm { LastRaceDistance = runner.MainDistance, Unit = request.Unit } : MySeason.FormOf(profile, request.Unit);
        var season = profile is null ? null : await assembler.BuildAsync(db, runner.Id, cancellationToken);
        return Result<MySeasonDto>.Ok(new MySeasonDto(form, season));
    }
}
