using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using OneStop.Core.Catalog;

namespace OneStop.Web.Components.Catalog;

public partial class CatalogPage
{
    [Inject] public required CatalogService Catalog { get; init; }

    private MudBlazor.MudTable<ProcedureSummary>? table;
    private IReadOnlyList<ProcedureField> fields = [];
    private string? query;
    private string? field;
    private bool includeInactive;
    private Procedure? expanded;
    private string? importMessage;
    private bool importOk;

    protected override async Task OnInitializedAsync() => fields = await Catalog.GetFieldsAsync();

    private string FieldName(string code) => fields.FirstOrDefault(f => f.Code == code)?.Name ?? code;

    private async Task<MudBlazor.TableData<ProcedureSummary>> LoadAsync(MudBlazor.TableState state, CancellationToken ct)
    {
        var page = await Catalog.SearchPageAsync(query, includeInactive, field, state.Page * state.PageSize, state.PageSize, ct);
        return new MudBlazor.TableData<ProcedureSummary> { Items = page.Rows, TotalItems = page.Total };
    }

    /// <summary>A new search starts again at the first page.</summary>
    private async Task SearchAsync()
    {
        if (table is null) return;
        table.NavigateTo(0);
        await table.ReloadServerData();
    }

    private async Task OnQueryAsync(string? q) { query = q; await SearchAsync(); }
    private async Task OnFieldAsync(string? f) { field = f; await SearchAsync(); }
    private async Task OnInactiveAsync(bool v) { includeInactive = v; await SearchAsync(); }

    private async Task ToggleAsync(ProcedureSummary row) =>
        expanded = expanded?.Id == row.Id ? null : await Catalog.GetAsync(row.Id);

    private async Task ImportAsync(IBrowserFile? file)
    {
        if (file is null) return;
        if (file.Size > 5 * 1024 * 1024)
        {
            importOk = false;
            importMessage = "Tệp quá lớn (tối đa 5 MB).";
            return;
        }
        await using var stream = file.OpenReadStream(5 * 1024 * 1024);
        var r = await Catalog.ImportAsync(stream);
        importOk = r.IsSuccess;
        importMessage = r.IsSuccess ? r.Value!.Describe() : "Không nhập được danh mục, chưa có thay đổi nào được lưu.\n" + r.Error;
        if (r.IsSuccess)
        {
            fields = await Catalog.GetFieldsAsync();
            await SearchAsync();
        }
    }
}
