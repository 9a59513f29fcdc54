using System.Globalization;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using OneStop.Core.Catalog;
using OneStop.Core.Common;

namespace OneStop.Web.Components.Catalog;

public partial class ProcedureEditPage
{
    [Parameter] public int? Id { get; set; }
    [Inject] public required CatalogService Catalog { get; init; }
    [Inject] public required ISnackbar Snackbar { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }

    private FormModel? form;
    private IReadOnlyList<ProcedureField> fields = [];
    private bool notFound;
    private IReadOnlyDictionary<string, string> errors = new Dictionary<string, string>();

    private enum FeeKind { Fixed, PerUnit, Tiered }

    private sealed class DocRow
    {
        public string Name { get; set; } = "";
        public DocumentForm Form { get; set; } = DocumentForm.Original;
        public int Count { get; set; } = 1;
        public bool Optional { get; set; }
    }

    private sealed class FeeRow
    {
        public string Name { get; set; } = "";
        public FeeKind Kind { get; set; } = FeeKind.Fixed;
        public long Amount { get; set; }
        public string? Unit { get; set; }
        public long AmountPerUnit { get; set; }
        public string? TiersText { get; set; }
        public long? MaxPerCopy { get; set; }
        public bool Optional { get; set; }
    }

    private sealed class StepRow
    {
        public string Name { get; set; } = "";
        public string Role { get; set; } = OneStop.Core.Accounts.Roles.Specialist;
        public decimal Hours { get; set; }
    }

    private sealed class FormModel
    {
        public List<StepRow> Steps { get; } = [];
        public string DeadlineHoursText { get; set; } = "";
        public int? Id { get; set; }
        public int? Version { get; set; }
        public string Code { get; set; } = "";
        public string FieldCode { get; set; } = "";
        public string Name { get; set; } = "";
        public DeadlineKind DeadlineKind { get; set; } = DeadlineKind.WorkingDays;
        public decimal DeadlineValue { get; set; } = 3;
        /// <summary>Empty: the centre's cut-off applies (Quản trị → Cài đặt trung tâm).</summary>
        public string CutoffText { get; set; } = "";
        public string? DeadlineNote { get; set; }
        public string? CodeNote { get; set; }
        public bool IsActive { get; set; } = true;
        public List<DocRow> Documents { get; } = [];
        public List<FeeRow> Fees { get; } = [];
    }

    protected override async Task OnParametersSetAsync()
    {
        fields = await Catalog.GetFieldsAsync();
        if (Id is null)
        {
            form = new FormModel { FieldCode = fields.FirstOrDefault()?.Code ?? "" };
            form.Documents.Add(new DocRow());
            return;
        }
        var p = await Catalog.GetAsync(Id.Value);
        if (p is null) { notFound = true; return; }
        form = new FormModel
        {
            Id = p.Id, Version = p.Version, Code = p.Code, FieldCode = p.FieldCode, Name = p.Name, DeadlineKind = p.Deadline.Kind,
            DeadlineValue = p.Deadline.Value, CutoffText = p.Deadline.Cutoff?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "",
            DeadlineNote = p.Deadline.Note, CodeNote = p.CodeNote, IsActive = p.IsActive,
        };
        form.Steps.AddRange(p.EffectiveSteps.Select(x => new StepRow { Name = x.Name, Role = x.Role, Hours = x.BudgetHours }));
        form.DeadlineHoursText = p.Deadline.WorkingHoursBudget().ToString("0.#", CultureInfo.InvariantCulture);
        form.Documents.AddRange(p.Documents.Select(d => new DocRow { Name = d.Name, Form = d.Form, Count = d.Count, Optional = d.Optional }));
        form.Fees.AddRange(p.Fees.Select(f => new FeeRow
        {
            Name = f.Name,
            Kind = f.Tiers is { Count: > 0 } ? FeeKind.Tiered : f.IsPerUnit ? FeeKind.PerUnit : FeeKind.Fixed,
            Amount = f.Amount ?? 0, Unit = f.Unit, AmountPerUnit = f.AmountPerUnit ?? 0, TiersText = FeeText.FormatTiers(f.Tiers),
            MaxPerCopy = f.MaxPerCopy, Optional = f.Optional,
        }));
    }

    private async Task SaveStepsAsync()
    {
        if (form?.Id is not { } id) return;
        var r = await Catalog.SaveStepsAsync(id, form.Steps.Select(x => new StepTemplate(x.Name, x.Role, x.Hours)).ToList());
        errors = r.FieldErrors;
        Snackbar.Add(r.IsSuccess ? "Đã lưu quy trình xử lý." : r.Error ?? "Không lưu được quy trình.", r.IsSuccess ? Severity.Success : Severity.Error);
        if (r.IsSuccess) await OnParametersSetAsync();
    }

    private bool Has(string key) => errors.ContainsKey(key);
    private string Err(string key) => errors.TryGetValue(key, out var e) ? e : "";

    private async Task SaveAsync()
    {
        if (form is null) return;
        var local = new Dictionary<string, string>();
        TimeOnly? cutoff = null;
        if (form.DeadlineKind == DeadlineKind.SameDay)
        {
            if (string.IsNullOrWhiteSpace(form.CutoffText)) cutoff = null;
            else if (VnParse.TryTime(form.CutoffText, out var c)) cutoff = c;
            else local["Deadline"] = "Giờ chốt có dạng HH:mm, ví dụ 15:00.";
        }
        var fees = new List<FeeRule>();
        for (var i = 0; i < form.Fees.Count; i++)
        {
            var f = form.Fees[i];
            switch (f.Kind)
            {
                case FeeKind.Fixed:
                    fees.Add(new FeeRule(f.Name, Amount: f.Amount, Optional: f.Optional));
                    break;
                case FeeKind.PerUnit:
                    fees.Add(new FeeRule(f.Name, Unit: f.Unit, AmountPerUnit: f.AmountPerUnit, MaxPerCopy: f.MaxPerCopy, Optional: f.Optional));
                    break;
                default:
                    if (FeeText.TryParseTiers(f.TiersText, out var tiers, out var err) && tiers.Count > 0)
                        fees.Add(new FeeRule(f.Name, Unit: f.Unit, Tiers: tiers, MaxPerCopy: f.MaxPerCopy, Optional: f.Optional));
                    else local[$"Fees[{i}]"] = tiers.Count == 0 && err.Length == 0 ? "Nhập ít nhất một bậc." : err;
                    break;
            }
        }
        if (local.Count > 0)
        {
            errors = local;
            Snackbar.Add("Vui lòng kiểm tra lại các trường được đánh dấu.", Severity.Error);
            return;
        }
        var deadline = new Deadline(form.DeadlineKind, form.DeadlineKind == DeadlineKind.SameDay ? 0 : form.DeadlineValue, cutoff,
            string.IsNullOrWhiteSpace(form.DeadlineNote) ? null : form.DeadlineNote.Trim());
        var draft = new ProcedureDraft(form.Id, form.Code, form.FieldCode, form.Name, deadline, fees,
            form.Documents.Select(d => new RequiredDocument(d.Name, d.Form, d.Count, d.Optional)).ToList(), form.CodeNote, form.IsActive, form.Version);
        var r = await Catalog.SaveAsync(draft);
        if (!r.IsSuccess)
        {
            errors = r.FieldErrors;
            Snackbar.Add(r.Error ?? "Không lưu được thủ tục.", Severity.Error);
            return;
        }
        Snackbar.Add($"Đã lưu thủ tục {r.Value!.Code}.", Severity.Success);
        Navigation.NavigateTo("/danh-muc");
    }
}
