using Microsoft.EntityFrameworkCore;

namespace OneStop.Core.Persistence;

/// <summary>
/// An SQLite FTS5 index over the applicants' folded names (no diacritics, đ → d), kept in step with the Dossiers
/// table by triggers. "nguyen van an" finds "Nguyễn Văn Ân" among a million dossiers without a table scan.
/// </summary>
public static class SearchIndex
{
    public const string CreateSql = """
        CREATE VIRTUAL TABLE IF NOT EXISTS DossierSearch USING fts5(ApplicantNameKey, content='Dossiers', content_rowid='Id', tokenize='unicode61');
        CREATE TRIGGER IF NOT EXISTS Dossiers_SearchInsert AFTER INSERT ON Dossiers BEGIN
            INSERT INTO DossierSearch(rowid, ApplicantNameKey) VALUES (new.Id, new.ApplicantNameKey);
        END;
        CREATE TRIGGER IF NOT EXISTS Dossiers_SearchDelete AFTER DELETE ON Dossiers BEGIN
            INSERT INTO DossierSearch(DossierSearch, rowid, ApplicantNameKey) VALUES ('delete', old.Id, old.ApplicantNameKey);
        END;
        CREATE TRIGGER IF NOT EXISTS Dossiers_SearchUpdate AFTER UPDATE OF ApplicantNameKey ON Dossiers BEGIN
            INSERT INTO DossierSearch(DossierSearch, rowid, ApplicantNameKey) VALUES ('delete', old.Id, old.ApplicantNameKey);
            INSERT INTO DossierSearch(rowid, ApplicantNameKey) VALUES (new.Id, new.ApplicantNameKey);
        END;
        INSERT INTO DossierSearch(DossierSearch) VALUES ('rebuild');
        """;

    public const string DropSql = """
        DROP TRIGGER IF EXISTS Dossiers_SearchInsert;
        DROP TRIGGER IF EXISTS Dossiers_SearchDelete;
        DROP TRIGGER IF EXISTS Dossiers_SearchUpdate;
        DROP TABLE IF EXISTS DossierSearch;
        """;

    /// <summary>For databases made with EnsureCreated (tests); migrated databases get it from the migration.</summary>
    public static void Ensure(OneStopDbContext db) => db.Database.ExecuteSqlRaw(CreateSql);

    /// <summary>An FTS5 query where every word is a prefix: "nguyen van a" → "nguyen"* "van"* "a"*.</summary>
    public static string MatchExpression(string foldedQuery) =>
        string.Join(' ', foldedQuery.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()))
            .Where(w => w.Length > 0)
            .Select(w => $"\"{w}\"*"));
}
