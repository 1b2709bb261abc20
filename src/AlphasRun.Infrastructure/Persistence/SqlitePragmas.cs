using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AlphasRun.Infrastructure.Persistence;

/// <summary>
/// Per-connection SQLite settings: in WAL mode synchronous=NORMAL is still corruption-safe and skips
/// an fsync per commit; busy_timeout lets SQLite itself wait for a lock held by another process.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
