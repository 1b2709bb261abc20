using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AlphasRun.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PlanAndGuideEditing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ConcurrencyToken",
                table: "GuideSections",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "DraftBodyMarkdown",
                table: "GuideSections",
                type: "TEXT",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DraftTitle",
                table: "GuideSections",
                type: "TEXT",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DraftUpdatedBy",
                table: "GuideSections",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DraftUpdatedUtc",
                table: "GuideSections",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublishedBy",
                table: "GuideSections",
                type: "TEXT",
                maxLength: 256,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ConcurrencyToken",
                table: "GuideSections");

            migrationBuilder.DropColumn(
                name: "DraftBodyMarkdown",
                table: "GuideSections");

            migrationBuilder.DropColumn(
                name: "DraftTitle",
                table: "GuideSections");

            migrationBuilder.DropColumn(
                name: "DraftUpdatedBy",
                table: "GuideSections");

            migrationBuilder.DropColumn(
                name: "DraftUpdatedUtc",
                table: "GuideSections");

            migrationBuilder.DropColumn(
                name: "PublishedBy",
                table: "GuideSections");
        }
    }
}
