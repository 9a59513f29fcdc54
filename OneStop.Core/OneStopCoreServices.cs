using Microsoft.Extensions.DependencyInjection;
using OneStop.Core.Accounts;
using OneStop.Core.Audit;
using OneStop.Core.Calendar;
using OneStop.Core.Catalog;
using OneStop.Core.Centre;
using OneStop.Core.Documents;
using OneStop.Core.Dossiers;
using OneStop.Core.Reports;
using OneStop.Core.Scanning;

namespace OneStop.Core;

public static class OneStopCoreServices
{
    /// <summary>Application services of the Core. Singletons use a DbContext factory, one context per operation.</summary>
    public static IServiceCollection AddOneStopCore(this IServiceCollection services)
    {
        services.AddSingleton<IOfficeHoursSource, CentreOfficeHours>();
        services.AddSingleton<CalendarService>();
        services.AddSingleton(sp =>
        {
            // A change of sessions or cut-off must reach the deadline engine at once.
            var centre = ActivatorUtilities.CreateInstance<CentreService>(sp);
            var calendar = sp.GetRequiredService<CalendarService>();
            centre.Changed += calendar.Invalidate;
            return centre;
        });
        services.AddSingleton<ReceptionService>();
        services.AddSingleton<CounterSlipService>();
        services.AddSingleton<DossierService>();
        services.AddSingleton<UnprintedReceipts>();
        services.AddSingleton<ProcessingService>();
        services.AddSingleton<Payments.PaymentService>();
        services.AddSingleton<Payments.ReconciliationService>();
        services.AddSingleton<Payments.PaymentSummaryService>();
        services.AddSingleton<DossierQueues>();
        services.AddSingleton<DossierChanges>();
        services.AddSingleton<Reports.DashboardService>();
        services.AddSingleton<StaffDirectory>();
        services.AddSingleton<IDocumentRenderer, PdfSharpDocumentRenderer>();
        services.AddSingleton<DossierQueries>();
        services.AddSingleton<CatalogService>();
        services.AddSingleton<AuditService>();
        services.AddSingleton<PersonalDataAccessLog>();
        services.AddSingleton<RegisterService>();
        services.AddSingleton<ResolutionReportService>();
        services.AddSingleton<ResolutionReportDocuments>();
        services.AddSingleton<Supervision.ServiceIndicators>();
        services.AddSingleton<Ratings.RatingService>();
        services.AddSingleton<Supervision.OfficerPerformance>();
        services.AddSingleton<ScanService>();
        services.AddSingleton<ScanTrays>();
        services.AddSingleton<DigitisationQueries>();
        services.AddScoped<AccountService>();
        return services;
    }
}
