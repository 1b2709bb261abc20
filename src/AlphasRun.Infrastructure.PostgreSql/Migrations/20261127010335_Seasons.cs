using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AlphasRun.Infrastructure.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Seasons : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SeasonProfiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RunnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    LastRaceDate = table.Column<DateOnly>(type: "date", nullable: false),
                    LastRaceDistance = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FinishTime = table.Column<TimeSpan>(type: "interval", nullable: true),
                    RecoveryWeeks = table.Column<int>(type: "integer", nullable: false),
                    GoalRaceName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    GoalRaceDate = table.Column<DateOnly>(type: "date", nullable: true),
                    GoalRaceDistanceKm = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    SharesSeasonWithCoaches = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeasonProfiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SeasonProfiles_Runners_RunnerId",
                        column: x => x.RunnerId,
                        principalTable: "Runners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrainingLogEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RunnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Slot = table.Column<int>(type: "integer", nullable: true),
                    Title = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    PlannedType = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    PlannedMinKm = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    PlannedMaxKm = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    PlanVersion = table.Column<int>(type: "integer", nullable: true),
                    DistanceKm = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    Duration = table.Column<TimeSpan>(type: "interval", nullable: true),
                    Effort = table.Column<int>(type: "integer", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Source = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    OccurrenceId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingLogEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingLogEntries_Runners_RunnerId",
                        column: x => x.RunnerId,
                        principalTable: "Runners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SeasonProfiles_RunnerId",
                table: "SeasonProfiles",
                column: "RunnerId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingLogEntries_RunnerId_Date_Slot",
                table: "TrainingLogEntries",
                columns: new[] { "RunnerId", "Date", "Slot" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingLogEntries_RunnerId_OccurrenceId",
                table: "TrainingLogEntries",
                columns: new[] { "RunnerId", "OccurrenceId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SeasonProfiles");

            migrationBuilder.DropTable(
                name: "TrainingLogEntries");
        }
    }
}
