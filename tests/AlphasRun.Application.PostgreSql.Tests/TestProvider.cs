using AlphasRun.Infrastructure.Persistence;

namespace AlphasRun.Application.Tests.Support;

/// <summary>This project runs the Application tests on PostgreSQL (see PostgresTestServer for the server it needs).</summary>
internal static class TestProvider
{
    public const DatabaseKind Kind = DatabaseKind.PostgreSql;
}
