using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AlphasRun.Infrastructure.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class RecurringJobs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LastRunDate",
                table: "ScheduledJobs");

            migrationBuilder.AlterColumn<string>(
                name: "LastRunBy",
                table: "ScheduledJobs",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LeaseUntilUtc",
                table: "ScheduledJobs",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeasedBy",
                table: "ScheduledJobs",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "NextDueUtc",
                table: "ScheduledJobs",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UserId",
                table: "OutboxMessages",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.UpdateData(
                table: "ScheduledJobs",
                keyColumn: "Name",
                keyValue: "generate-dated-runs",
                columns: new[] { "LeaseUntilUtc", "LeasedBy", "NextDueUtc" },
                values: new object[] { null, null, null });
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
                name: "NextDueUtc",
                table: "ScheduledJobs");

            migrationBuilder.DropColumn(
                name: "UserId",
                table: "OutboxMessages");

            migrationBuilder.AlterColumn<string>(
                name: "LastRunBy",
                table: "ScheduledJobs",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(120)",
                oldMaxLength: 120,
                oldNullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LastRunDate",
                table: "ScheduledJobs",
                type: "date",
                nullable: true);

            migrationBuilder.UpdateData(
                table: "ScheduledJobs",
                keyColumn: "Name",
                keyValue: "generate-dated-runs",
                column: "LastRunDate",
                value: null);
        }
    }
}
