using AlphasRun.Infrastructure.Persistence;

namespace AlphasRun.Application.Tests.Support;

/// <summary>This project runs the Application tests on SQLite; AlphasRun.Application.PostgreSql.Tests runs the same files on PostgreSQL.</summary>
internal static class TestProvider
{
    public const DatabaseKind Kind = DatabaseKind.Sqlite;
}
