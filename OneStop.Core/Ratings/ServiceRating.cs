using OneStop.Core.Common;

namespace OneStop.Core.Ratings;

/// <summary>The three answers of the standard question (§8 "Satisfaction at the counter").</summary>
public enum SatisfactionLevel { VerySatisfied, Satisfied, NotSatisfied }

/// <summary>
/// A citizen's rating of the service for one dossier, tied to the officer who served. One per dossier: a second press
/// within <see cref="ChangeWindow"/> of the first changes it (the citizen pressed the wrong button), later it is final.
/// </summary>
public sealed class ServiceRating
{
    private ServiceRating() { }

    public const int CommentMaxLength = 500;

    /// <summary>How long after the first press the citizen may still change the answer.</summary>
    public static readonly TimeSpan ChangeWindow = TimeSpan.FromSeconds(60);

    public const string Question = "Ông/Bà đánh giá như thế nào về thái độ công chức khi hướng dẫn và tiếp nhận giải quyết hồ sơ?";

    public long Id { get; private set; }
    public long DossierId { get; private set; }
    public string DossierCode { get; private set; } = string.Empty;
    public SatisfactionLevel Level { get; private set; }
    public string? Comment { get; private set; }
    /// <summary>The officer who served the citizen (the account at the counter when the rating was given).</summary>
    public string OfficerUserName { get; private set; } = string.Empty;
    public string OfficerName { get; private set; } = string.Empty;
    /// <summary>The first press: the change window runs from here.</summary>
    public DateTimeOffset RatedAt { get; private set; }
    public DateTimeOffset? ChangedAt { get; private set; }

    internal static ServiceRating Create(long dossierId, string code, SatisfactionLevel level, string? comment, string officer,
        string officerName, DateTimeOffset at) => new()
    {
        DossierId = dossierId, DossierCode = code, Level = level, Comment = Clean(comment), OfficerUserName = officer,
        OfficerName = officerName, RatedAt = at,
    };

    /// <summary>True when the answer may still be changed at <paramref name="now"/>.</summary>
    public bool CanChange(DateTimeOffset now) => now - RatedAt <= ChangeWindow;

    internal Result Change(SatisfactionLevel level, string? comment, DateTimeOffset now)
    {
        if (!CanChange(now)) return Result.Invalid("Hồ sơ này đã được đánh giá; không đổi được sau 60 giây.");
        Level = level;
        Comment = Clean(comment) ?? Comment;
        ChangedAt = now;
        return Result.Ok();
    }

    private static string? Clean(string? comment)
    {
        var c = VietnameseText.Clean(comment);
        if (c.Length == 0) return null;
        return c.Length > CommentMaxLength ? c[..CommentMaxLength] : c;
    }

    public static string Vietnamese(SatisfactionLevel level) => level switch
    {
        SatisfactionLevel.VerySatisfied => "Rất hài lòng",
        SatisfactionLevel.Satisfied => "Hài lòng",
        _ => "Không hài lòng",
    };
}
