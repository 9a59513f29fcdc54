using Microsoft.AspNetCore.Components;
using OneStop.Core.Catalog;
using OneStop.Core.Common;
using OneStop.Core.Documents;
using OneStop.Core.Reports;
using OneStop.Web.Endpoints;

namespace OneStop.Web.Components.Reports;

public partial class RegisterPage
{
    private const int PreviewRows = 100;

    [Inject] public required RegisterService Register { get; init; }
    [Inject] public required CatalogService Catalog { get; init; }
    [Inject] public required TimeProvider Clock { get; init; }

    private IReadOnlyList<ProcedureField> fields = [];
    private string? fieldCode;
    private DateOnly? from;
    private DateOnly? to;
    private RegisterData? data;
    private string? error;
    private bool loading;

    private sealed record PreviewRow(int Number, RegisterRow Row);

    private IEnumerable<PreviewRow> Preview =>
        (data?.Rows ?? []).Take(PreviewRows).Select((r, i) => new PreviewRow(i + 1, r));

    private string Summary => data is null ? "Chọn lĩnh vực và khoảng thời gian."
        : data.Rows.Count == 0 ? $"{data.FieldName}: không có hồ sơ"
        : data.Rows.Count > PreviewRows
            ? $"{data.FieldName}: {data.Rows.Count.ToString("#,0", VnTime.Culture)} hồ sơ (xem trước {PreviewRows} dòng đầu; bản PDF và Excel có đủ)"
            : $"{data.FieldName}: {data.Rows.Count.ToString("#,0", VnTime.Culture)} hồ sơ";

    private string? Query => data is not null && fieldCode is not null && from is { } f && to is { } t ? ReportEndpoints.Query(fieldCode, f, t) : null;
    private string? PdfUrl => Query is { } q ? ReportEndpoints.RegisterPdf + q : null;
    private string? XlsxUrl => Query is { } q ? ReportEndpoints.RegisterXlsx + q : null;

    protected override async Task OnInitializedAsync()
    {
        // The current month in Viet Nam, the period a register page is most often kept for.
        var today = VnTime.DateOf(Clock.GetUtcNow());
        from = new DateOnly(today.Year, today.Month, 1);
        to = from.Value.AddMonths(1).AddDays(-1);
        fields = await Catalog.GetFieldsAsync();
        fieldCode = fields.FirstOrDefault()?.Code;
        await LoadAsync();
    }

    private static DateTime? ToDateTime(DateOnly? d) => d?.ToDateTime(TimeOnly.MinValue);

    private async Task OnFieldAsync(string? f) { fieldCode = f; await LoadAsync(); }
    private async Task OnFromAsync(DateTime? d) { from = d is { } x ? DateOnly.FromDateTime(x) : null; await LoadAsync(); }
    private async Task OnToAsync(DateTime? d) { to = d is { } x ? DateOnly.FromDateTime(x) : null; await LoadAsync(); }

    private async Task LoadAsync()
    {
        data = null;
        error = null;
        if (fieldCode is null) { error = fields.Count == 0 ? "Danh mục chưa có lĩnh vực nào." : "Vui lòng chọn lĩnh vực."; return; }
        if (from is not { } f || to is not { } t) { error = "Vui lòng chọn ngày bắt đầu và ngày kết thúc."; return; }
        loading = true;
        var r = await Register.BuildAsync(fieldCode, f, t);
        loading = false;
        if (r.IsSuccess) data = r.Value;
        else error = r.Error;
    }
}
