using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Scanning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ScanDossierLimitMb",
                table: "CentreSettings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 200); // an existing centre gets the default limits (CentreSettings.DefaultScanDossierLimitMb)

            migrationBuilder.AddColumn<int>(
                name: "ScanFileLimitMb",
                table: "CentreSettings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 20); // CentreSettings.DefaultScanFileLimitMb

            migrationBuilder.CreateTable(
                name: "ScanFiles",
                columns: table => new
                {
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Pages = table.Column<int>(type: "INTEGER", nullable: false),
                    StoredAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScanFiles", x => x.Hash);
                });

            migrationBuilder.CreateTable(
                name: "ScanTrays",
                columns: table => new
                {
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Folder = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScanTrays", x => x.UserName);
                });

            migrationBuilder.CreateTable(
                name: "Attachments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DossierId = table.Column<long>(type: "INTEGER", nullable: false),
                    ItemIndex = table.Column<int>(type: "INTEGER", nullable: true),
                    ItemName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    IsResult = table.Column<bool>(type: "INTEGER", nullable: false),
                    FileHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Pages = table.Column<int>(type: "INTEGER", nullable: false),
                    AttachedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AttachedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AttachedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReusedFromDossierId = table.Column<long>(type: "INTEGER", nullable: true),
                    ReusedFromCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Attachments_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Attachments_ScanFiles_FileHash",
                        column: x => x.FileHash,
                        principalTable: "ScanFiles",
                        principalColumn: "Hash",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_DossierId",
                table: "Attachments",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_FileHash",
                table: "Attachments",
                column: "FileHash");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Attachments");

            migrationBuilder.DropTable(
                name: "ScanTrays");

            migrationBuilder.DropTable(
                name: "ScanFiles");

            migrationBuilder.DropColumn(
                name: "ScanDossierLimitMb",
                table: "CentreSettings");

            migrationBuilder.DropColumn(
                name: "ScanFileLimitMb",
                table: "CentreSettings");
        }
    }
}
