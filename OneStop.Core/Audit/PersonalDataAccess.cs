namespace OneStop.Core.Audit;

/// <summary>
/// One read that showed or handed out a citizen's personal data: who, when (UTC), what (the dossier's code, or an
/// export and its period) and from which address. Kept apart from the hash-chained trail: reads are not events of the
/// dossier, and there are many more of them.
/// </summary>
public sealed class PersonalDataAccess
{
    public const int UserNameLength = 256;
    public const int WhatLength = 100;
    public const int DetailLength = 300;
    public const int ClientLength = 64;

    private PersonalDataAccess() { } // EF Core

    public PersonalDataAccess(DateTimeOffset at, string userName, string what, string? dossierCode, string? detail, string? client)
    {
        At = at;
        UserName = Cut(userName, UserNameLength) ?? "";
        What = Cut(what, WhatLength) ?? "";
        DossierCode = Cut(dossierCode, Dossiers.DossierCode.MaxLength);
        Detail = Cut(detail, DetailLength);
        Client = Cut(client, ClientLength);
    }

    public long Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string UserName { get; private set; } = "";
    /// <summary>What was read, in Vietnamese ("Mở hồ sơ", "Giấy tiếp nhận (PDF)", "Sổ theo dõi (XLSX)").</summary>
    public string What { get; private set; } = "";
    public string? DossierCode { get; private set; }
    /// <summary>The export's period and field, or a search's text: shown to the supervisor only.</summary>
    public string? Detail { get; private set; }
    /// <summary>The client's IP address as the server saw it (after a trusted reverse proxy's forwarded header).</summary>
    public string? Client { get; private set; }

    private static string? Cut(string? s, int max) => s is null ? null : s.Length <= max ? s : s[..max];
}

/// <summary>The kinds of reads, as the log shows them.</summary>
public static class PersonalDataReads
{
    public const string DossierPage = "Mở hồ sơ";
    public const string Receipt = "Giấy tiếp nhận (PDF)";
    public const string Form = "Biểu mẫu (PDF)";
    public const string CounterSlip = "Phiếu hướng dẫn/từ chối (PDF)";
    public const string RegisterPdf = "Sổ theo dõi (PDF)";
    public const string RegisterXlsx = "Sổ theo dõi (XLSX)";
    public const string Search = "Tìm kiếm hồ sơ";
    public const string BackupDownload = "Tải bản sao lưu";
}
