using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AlphasRun.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class RecurringJobs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The claim needs a due instant, not a club date: the old date goes (generation is idempotent, so the
            // first runner after the upgrade may simply run it once more).
            migrationBuilder.DropColumn(
                name: "LastRunDate",
                table: "ScheduledJobs");

            migrationBuilder.AddColumn<DateTime>(
                name: "NextDueUtc",
                table: "ScheduledJobs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LeaseUntilUtc",
                table: "ScheduledJobs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeasedBy",
                table: "ScheduledJobs",
                type: "TEXT",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UserId",
                table: "OutboxMessages",
                type: "TEXT",
                maxLength: 450,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LeaseUntilUtc",
                table: "ScheduledJobs");

            migrationBuilder.DropColumn(
                name: "LeasedBy",
                table: "ScheduledJobs");

            migrationBuilder.DropColumn(
                name: "UserId",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "NextDueUtc",
                table: "ScheduledJobs");

            migrationBuilder.AddColumn<DateOnly>(
                name: "LastRunDate",
                table: "ScheduledJobs",
                type: "TEXT",
                nullable: true);
        }
    }
}
