using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OneStop.Core.Dossiers;

/// <summary>
/// One append-only entry of a dossier's trail: who, in which role, when, from → to, and why.
/// Entries form one hash chain across the centre: each stores the hash of the entry before it, so a changed,
/// removed or reordered entry breaks the chain at that point.
/// </summary>
public sealed class DossierEvent
{
    private DossierEvent() { }

    public long Id { get; private set; }
    public long DossierId { get; private set; }
    public string DossierCode { get; private set; } = string.Empty;
    public DateTimeOffset At { get; private set; }
    public string Actor { get; private set; } = string.Empty;
    public string ActorName { get; private set; } = string.Empty;
    public string ActorRole { get; private set; } = string.Empty;
    public string Kind { get; private set; } = string.Empty;
    public DossierStatus? FromStatus { get; private set; }
    public DossierStatus? ToStatus { get; private set; }
    public string? Note { get; private set; }
    /// <summary>Structured details (JSON), e.g. the before and after values of an edit.</summary>
    public string? Data { get; private set; }
    public string PreviousHash { get; private set; } = string.Empty;
    public string Hash { get; private set; } = string.Empty;

    /// <summary>A SHA-256 hash in lowercase hex.</summary>
    public const int HashLength = 64;

    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    internal static DossierEvent Create(long dossierId, string dossierCode, DateTimeOffset at, string actor, string actorName,
        string actorRole, string kind, DossierStatus? from, DossierStatus? to, string? note, string? data, string previousHash)
    {
        var e = new DossierEvent
        {
            DossierId = dossierId, DossierCode = dossierCode, At = at, Actor = actor, ActorName = actorName, ActorRole = actorRole,
            Kind = kind, FromStatus = from, ToStatus = to, Note = note, Data = data, PreviousHash = previousHash,
        };
        e.Hash = e.ComputeHash();
        return e;
    }

    /// <summary>SHA-256 over the previous hash and every field, in a fixed order.</summary>
    public string ComputeHash() =>
        ComputeHash(PreviousHash, DossierCode, At.ToUnixTimeMilliseconds(), Actor, ActorName, ActorRole, Kind,
            FromStatus?.ToString(), ToStatus?.ToString(), Note, Data);

    /// <summary>
    /// The same hash from the stored columns (statuses by name, the instant in Unix milliseconds), for a reader that
    /// streams rows without materialising entities (the backup's chain check).
    /// </summary>
    public static string ComputeHash(string previousHash, string dossierCode, long atUnixMs, string actor, string actorName,
        string actorRole, string kind, string? fromStatus, string? toStatus, string? note, string? data)
    {
        var text = string.Join('\u001f',
            previousHash, dossierCode, atUnixMs.ToString(CultureInfo.InvariantCulture), actor, actorName, actorRole,
            kind, fromStatus ?? "", toStatus ?? "", note ?? "", data ?? "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}

public static class DossierEventKinds
{
    /// <summary>Width of the kind's column.</summary>
    public const int MaxLength = 40;

    public const string Received = nameof(Received);
    public const string Printed = nameof(Printed);
    public const string HandedOver = nameof(HandedOver);
    public const string Accepted = nameof(Accepted);
    public const string SupplementRequested = nameof(SupplementRequested);
    public const string SupplementCompleted = nameof(SupplementCompleted);
    public const string ApologyProposed = nameof(ApologyProposed);
    public const string ApologyApproved = nameof(ApologyApproved);
    public const string ApologyRejected = nameof(ApologyRejected);
    public const string ResultReady = nameof(ResultReady);
    public const string Returned = nameof(Returned);
    public const string Refused = nameof(Refused);
    public const string Withdrawn = nameof(Withdrawn);
    public const string Edited = nameof(Edited);
    public const string PaymentRecorded = nameof(PaymentRecorded);
    public const string FeeExempted = nameof(FeeExempted);
    public const string ScanAttached = nameof(ScanAttached);
    public const string ScanReused = nameof(ScanReused);
    public const string ScanRemoved = nameof(ScanRemoved);
    public const string ScanReassigned = nameof(ScanReassigned);
    public const string ResultDigitised = nameof(ResultDigitised);
    public const string ResultScanRemoved = nameof(ResultScanRemoved);

    /// <summary>Extra words for the timeline from an event's data: to whom, the new due instant, what was changed.</summary>
    public static string? Details(DossierEvent e)
    {
        try
        {
            return DossierEventData.Read(e) switch
            {
                HandedOverData h => $"→ {h.ToName} ({h.ToUserName ?? Accounts.Roles.DisplayName(h.ToRole)})",
                SupplementCompletedData s => "Hạn mới: " + Common.VnFormat.DateTime(s.NewDueAt),
                ApologyProposedData a => "Hạn mới: " + Common.VnFormat.DateTime(a.NewDueAt),
                EditedData x => string.Join("; ", x.Changes.Select(c => $"{c.Key}: “{c.Value.Before}” → “{c.Value.After}”")),
                PaymentRecordedData p => $"{p.ReceiptNumber}: {Common.VnFormat.Money(p.Amount)} ({Payments.PaymentMethods.Vietnamese(p.Method)}{(p.BankReference is { } r ? ", mã GD " + r : "")})",
                FeeExemptedData x => "Lý do: " + x.Reason + (x.Note is { } n ? " - " + n : ""),
                ScanData { ReusedFromCode: { } from } sc => $"{sc.ItemName}: {sc.FileName} (dùng lại từ hồ sơ {from})",
                ScanData sc => $"{sc.ItemName}: {sc.FileName} ({sc.Pages} trang, SHA-256 {sc.Hash[..12]}…)",
                ScanReassignedData m => $"{m.FileName}: “{m.FromName}” → “{m.ToName}”",
                ReturnedData { Tracking: { } t } => "Số hiệu bưu gửi: " + t,
                ReturnedData { Collector: { } c } => "Người nhận: " + c,
                _ => null,
            };
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    public static string Vietnamese(string kind) => kind switch
    {
        Received => "Tiếp nhận hồ sơ",
        Printed => "In giấy tờ",
        HandedOver => "Bàn giao",
        Accepted => "Nhận bàn giao",
        SupplementRequested => "Yêu cầu bổ sung hồ sơ",
        SupplementCompleted => "Nhận đủ hồ sơ bổ sung (tính lại thời hạn)",
        ApologyProposed => "Đề nghị xin lỗi, hẹn lại",
        ApologyApproved => "Lãnh đạo ký văn bản xin lỗi, hẹn lại",
        ApologyRejected => "Lãnh đạo không duyệt hẹn lại",
        ResultReady => "Có kết quả, chờ trả",
        Returned => "Trả kết quả",
        Refused => "Từ chối giải quyết",
        Withdrawn => "Dừng giải quyết theo đề nghị",
        Edited => "Sửa thông tin hồ sơ",
        PaymentRecorded => "Thu phí, lệ phí",
        FeeExempted => "Miễn phí, lệ phí",
        ScanAttached => "Số hóa giấy tờ",
        ScanReused => "Dùng lại giấy tờ đã số hóa",
        ScanRemoved => "Gỡ bản quét giấy tờ",
        ScanReassigned => "Chuyển bản quét sang mục khác",
        ResultDigitised => "Số hóa kết quả",
        ResultScanRemoved => "Gỡ bản số hóa kết quả",
        _ => kind,
    };
}

/// <summary>
/// The head of the centre-wide chain: the hash of the newest event and how many events the chain holds, written in the
/// same transaction as every event. Without it a cut tail (the newest events deleted) would look like a shorter trail.
/// </summary>
public sealed class TrailHead
{
    public const int SingletonId = 1;

    public int Id { get; private set; } = SingletonId;
    public string Hash { get; private set; } = DossierEvent.GenesisHash;
    public long EventCount { get; private set; }

    internal void Advance(string hash)
    {
        Hash = hash;
        EventCount++;
    }
}
