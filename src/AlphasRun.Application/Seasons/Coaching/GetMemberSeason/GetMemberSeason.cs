namespace AlphasRun.Application.Seasons.Coaching.GetMemberSeason;

/// <summary>One sharing member's season, week by week, with the compliance summary.</summary>
[RequiresPolicy(Policies.CanManageRuns)]
public sealed record GetMemberSeason(Guid RunnerId) : IUseCase<Result<CoachSeasonDto>>;

internal sealed class GetMemberSeasonHandler(IAlphasRunDbFactory dbFactory, SeasonAssembler assembler) : IUseCaseHandler<GetMemberSeason, Result<CoachSeasonDto>>
{
    public async Task<Result<CoachSeasonDto>> HandleAsync(GetMemberSeason request, Caller caller, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        if (!await db.SeasonProfiles.AsNoTracking().AnyAsync(p => p.RunnerId == request.RunnerId && p.SharesSeasonWithCoaches, cancellationToken))
        {
            return Result<CoachSeasonDto>.NotFound(CoachSeasons.NotShared);
        }

        // The report carries the consent it was built with: a revocation between the two reads still hides it.
        var season = await assembler.BuildAsync(db, request.RunnerId, cancellationToken);
        return season is { SharesWithCoaches: true }
            ? Result<CoachSeasonDto>.Ok(new CoachSeasonDto(season, SeasonComplianceDto.Of(season)))
            : Result<CoachSeasonDto>.NotFound(CoachSeasons.NotShared);
    }
}
