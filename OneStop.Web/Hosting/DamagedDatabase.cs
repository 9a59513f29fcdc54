using Microsoft.Data.Sqlite;
using OneStop.Core.Backup;
using OneStop.Core.Persistence;

namespace OneStop.Web.Hosting;

/// <summary>
/// A damaged database (cut in half, not SQLite, malformed) at start: the app stays up and answers every request with a
/// Vietnamese page naming the file, what is wrong and the exact restore command; the same text goes to the log. The
/// file is never written to.
/// </summary>
public static class DamagedDatabase
{
    /// <summary>SQLITE_CORRUPT and SQLITE_NOTADB: the file itself is bad, not the query.</summary>
    public static bool IsDamage(SqliteException e) => e.SqliteErrorCode is 11 or 26;

    public static string Message(string dataDirectory, string problem, BackupService? backups)
    {
        var db = Path.Combine(dataDirectory, OneStopDatabase.FileName);
        var last = backups?.LastVerified();
        var restore = last is null
            ? "Chưa có bản sao lưu đã kiểm tra nào trong " + (backups?.BackupDirectory ?? "thư mục sao lưu") + ": giữ nguyên tệp hỏng và liên hệ bộ phận kỹ thuật."
            : $"Bản sao lưu đã kiểm tra mới nhất: {last.Folder} ({Core.Common.VnTime.ToVn(last.Manifest.CreatedAt):dd/MM/yyyy HH:mm}). " +
              $"Dừng dịch vụ OneStop rồi chạy: dotnet OneStop.Web.dll restore \"{last.Folder}\" --data \"{dataDirectory}\" và khởi động lại.";
        return $"Cơ sở dữ liệu {db} bị hỏng: {problem}. OneStop không mở tệp này để tránh mất thêm dữ liệu (tệp được giữ nguyên). {restore}";
    }

    public const string DamagedTitle = "Cơ sở dữ liệu bị hỏng";
    public const string NewerSchemaTitle = "Cơ sở dữ liệu của phiên bản mới hơn";

    public static string NewerSchemaMessage(string dataDirectory, IReadOnlyList<string> unknownMigrations, BackupService? backups)
    {
        var db = Path.Combine(dataDirectory, OneStopDatabase.FileName);
        var last = backups?.List().FirstOrDefault(e => e.Manifest.Verified && e.Manifest.Reason == "Trước khi nâng cấp");
        var rollback = last is null
            ? "Cài lại phiên bản OneStop đã dùng tệp này (mới hơn bản đang chạy)."
            : $"Cài lại phiên bản OneStop mới hơn đã dùng tệp này, hoặc muốn quay về bản cũ thì dừng dịch vụ và phục hồi bản sao lưu trước khi nâng cấp: " +
              $"dotnet OneStop.Web.dll restore \"{last.Folder}\" --data \"{dataDirectory}\" (dữ liệu nhập sau lần nâng cấp đó sẽ không có).";
        return $"Cơ sở dữ liệu {db} được một phiên bản OneStop mới hơn bản đang chạy ({BackupService.AppVersion}) cập nhật: " +
               $"bản này không biết lược đồ {string.Join(", ", unknownMigrations)}. OneStop không mở tệp này và không ghi gì vào tệp. {rollback}";
    }

    /// <summary>First middleware: while the database is damaged every request gets the plan (503), as HTML.</summary>
    public static WebApplication UseDamagedDatabasePage(this WebApplication app)
    {
        var state = app.Services.GetRequiredService<DatabaseState>();
        app.Use(async (ctx, next) =>
        {
            // /health answers for itself (503, "database" unhealthy) so monitoring gets JSON, not the page.
            if (state.Damaged is not { } message || ctx.Request.Path.StartsWithSegments("/health") || ctx.Request.Path.StartsWithSegments("/api/v1/health"))
            {
                await next();
                return;
            }
            ctx.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            ctx.Response.ContentType = "text/html; charset=utf-8";
            await ctx.Response.WriteAsync($"""
                <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>OneStop – {Encode(state.Title)}</title></head>
                <body style="font-family:sans-serif;max-width:48rem;margin:3rem auto">
                <h1>{Encode(state.Title)}</h1><p>{Encode(message)}</p>
                <p>Hướng dẫn chi tiết: README, mục "Sao lưu và phục hồi".</p></body></html>
                """);
        });
        return app;
    }

    // WebUtility.HtmlEncode would turn every ê and ơ into an entity; only the markup characters need escaping.
    private static string Encode(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
}
