using AlphasRun.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace AlphasRun.Infrastructure.Persistence;

internal sealed class AlphasRunDbFactory(IDbContextFactory<AlphasRunDbContext> factory) : IAlphasRunDbFactory
{
    public async Task<IAlphasRunDb> CreateAsync(CancellationToken cancellationToken = default) =>
        await factory.CreateDbContextAsync(cancellationToken);
}
