using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AlphasRun.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ScaleOut : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "LastQueueNumber",
                table: "GroupRunOccurrences",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RunnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OccurrenceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NextAttemptUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ClaimedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ClaimedUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SentUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ScheduledJobs",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    LastRunDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastRunUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastRunBy = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScheduledJobs", x => x.Name);
                });

            migrationBuilder.InsertData(
                table: "ScheduledJobs",
                columns: new[] { "Name", "LastRunBy", "LastRunDate", "LastRunUtc" },
                values: new object[] { "generate-dated-runs", null, null, null });

            // Existing databases: number each run's queue 1..n in the order it had (ties by id), so the
            // unique index can be built, and start each run's counter after its last number.
            migrationBuilder.Sql("""
                UPDATE "Registrations" SET "QueueNumber" = (
                    SELECT COUNT(*) FROM "Registrations" AS r2
                    WHERE r2."OccurrenceId" = "Registrations"."OccurrenceId" AND r2."QueueNumber" > 0
                      AND (r2."QueueNumber" < "Registrations"."QueueNumber"
                           OR (r2."QueueNumber" = "Registrations"."QueueNumber" AND r2."Id" <= "Registrations"."Id")))
                WHERE "QueueNumber" > 0;
                """);
            migrationBuilder.Sql("""
                UPDATE "GroupRunOccurrences" SET "LastQueueNumber" = COALESCE(
                    (SELECT MAX(r."QueueNumber") FROM "Registrations" AS r WHERE r."OccurrenceId" = "GroupRunOccurrences"."Id"), 0);
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Registrations_OccurrenceId_QueueNumber_Unique",
                table: "Registrations",
                columns: new[] { "OccurrenceId", "QueueNumber" },
                unique: true,
                filter: "\"QueueNumber\" > 0");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_SentUtc_NextAttemptUtc",
                table: "OutboxMessages",
                columns: new[] { "SentUtc", "NextAttemptUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "ScheduledJobs");

            migrationBuilder.DropIndex(
                name: "IX_Registrations_OccurrenceId_QueueNumber_Unique",
                table: "Registrations");

            migrationBuilder.DropColumn(
                name: "LastQueueNumber",
                table: "GroupRunOccurrences");
        }
    }
}
