using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AlphasRun.Infrastructure.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class RunReminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Reminder",
                table: "Runners",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "DedupKey",
                table: "OutboxMessages",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_DedupKey",
                table: "OutboxMessages",
                column: "DedupKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_OccurrenceId_Kind",
                table: "OutboxMessages",
                columns: new[] { "OccurrenceId", "Kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OutboxMessages_DedupKey",
                table: "OutboxMessages");

            migrationBuilder.DropIndex(
                name: "IX_OutboxMessages_OccurrenceId_Kind",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "Reminder",
                table: "Runners");

            migrationBuilder.DropColumn(
                name: "DedupKey",
                table: "OutboxMessages");
        }
    }
}
