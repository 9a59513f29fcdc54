using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SecurityAccessLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "MustChangePassword",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "PersonalDataAccessLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    What = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DossierCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Client = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonalDataAccessLog", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PersonalDataAccessLog_At",
                table: "PersonalDataAccessLog",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_PersonalDataAccessLog_DossierCode",
                table: "PersonalDataAccessLog",
                column: "DossierCode");

            migrationBuilder.CreateIndex(
                name: "IX_PersonalDataAccessLog_UserName_At",
                table: "PersonalDataAccessLog",
                columns: new[] { "UserName", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PersonalDataAccessLog");

            migrationBuilder.DropColumn(
                name: "MustChangePassword",
                table: "AspNetUsers");
        }
    }
}
