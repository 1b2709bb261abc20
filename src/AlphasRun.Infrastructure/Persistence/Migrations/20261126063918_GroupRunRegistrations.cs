using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AlphasRun.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class GroupRunRegistrations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CalendarToken",
                table: "Runners",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "FromStanding",
                table: "Registrations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "QueueNumber",
                table: "Registrations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<DateTime>(
                name: "QueuedUtc",
                table: "Registrations",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "WalkInName",
                table: "Registrations",
                type: "TEXT",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PaceGroups",
                table: "GroupRunSchedules",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "GroupRunOccurrences",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "StandingRegistrations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RunnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScheduleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PaceGroup = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StandingRegistrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StandingRegistrations_GroupRunSchedules_ScheduleId",
                        column: x => x.ScheduleId,
                        principalTable: "GroupRunSchedules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StandingRegistrations_Runners_RunnerId",
                        column: x => x.RunnerId,
                        principalTable: "Runners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Runners_CalendarToken",
                table: "Runners",
                column: "CalendarToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Registrations_OccurrenceId_Status_QueueNumber",
                table: "Registrations",
                columns: new[] { "OccurrenceId", "Status", "QueueNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_StandingRegistrations_RunnerId_ScheduleId",
                table: "StandingRegistrations",
                columns: new[] { "RunnerId", "ScheduleId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StandingRegistrations_ScheduleId",
                table: "StandingRegistrations",
                column: "ScheduleId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StandingRegistrations");

            migrationBuilder.DropIndex(
                name: "IX_Runners_CalendarToken",
                table: "Runners");

            migrationBuilder.DropIndex(
                name: "IX_Registrations_OccurrenceId_Status_QueueNumber",
                table: "Registrations");

            migrationBuilder.DropColumn(
                name: "CalendarToken",
                table: "Runners");

            migrationBuilder.DropColumn(
                name: "FromStanding",
                table: "Registrations");

            migrationBuilder.DropColumn(
                name: "QueueNumber",
                table: "Registrations");

            migrationBuilder.DropColumn(
                name: "QueuedUtc",
                table: "Registrations");

            migrationBuilder.DropColumn(
                name: "WalkInName",
                table: "Registrations");

            migrationBuilder.DropColumn(
                name: "PaceGroups",
                table: "GroupRunSchedules");

            migrationBuilder.DropColumn(
                name: "Revision",
                table: "GroupRunOccurrences");
        }
    }
}
