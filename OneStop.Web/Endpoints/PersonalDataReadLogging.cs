using OneStop.Core.Audit;

namespace OneStop.Web.Endpoints;

/// <summary>Records, for an endpoint that answers with personal data, who read what from which address.</summary>
public static class PersonalDataReadLogging
{
    public static void RecordRead(this PersonalDataAccessLog log, HttpContext http, string what, string? dossierCode, string? detail = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(http);
        log.Record(new PersonalDataRead(http.User.Identity?.Name ?? "", what, dossierCode, detail, http.Connection.RemoteIpAddress?.ToString()));
    }
}
