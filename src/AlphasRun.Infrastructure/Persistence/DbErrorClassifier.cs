using AlphasRun.Application.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace AlphasRun.Infrastructure.Persistence;

/// <summary>Which provider errors mean "a racing writer got there first; run the transaction again".</summary>
internal sealed class DbErrorClassifier : IDbErrorClassifier
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;

    public bool IsRetryable(Exception exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            switch (ex)
            {
                case SqliteException sqlite when sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked
                    || sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey:
                    return true;
                case PostgresException postgres when postgres.SqlState is PostgresErrorCodes.SerializationFailure
                    or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.UniqueViolation:
                    return true;
                case NpgsqlException { IsTransient: true }:
                    return true;
            }
        }

        return false;
    }

    public bool IsUniqueViolation(Exception exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            if (ex is SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique or SqliteConstraintPrimaryKey }
                or PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                return true;
            }
        }

        return false;
    }
}
