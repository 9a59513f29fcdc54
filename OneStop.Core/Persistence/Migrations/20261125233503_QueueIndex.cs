using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class QueueIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Dossiers_AssignedTo_Status",
                table: "Dossiers");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_HolderRole_Status",
                table: "Dossiers");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_Queue",
                table: "Dossiers",
                columns: new[] { "Status", "HolderRole", "AssignedTo", "Accepted", "DueAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Dossiers_Queue",
                table: "Dossiers");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_AssignedTo_Status",
                table: "Dossiers",
                columns: new[] { "AssignedTo", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_HolderRole_Status",
                table: "Dossiers",
                columns: new[] { "HolderRole", "Status" });
        }
    }
}
