using OneStop.Core.Dossiers;

namespace OneStop.Web.Components.Dossiers;

/// <summary>A guidance or refusal slip as the officer drafts it on the reception page.</summary>
public sealed class CounterSlipDraft
{
    private CounterSlipDraft(CounterSlipKind kind) => Kind = kind;

    public CounterSlipKind Kind { get; }
    public List<Row> Items { get; } = [];
    public string? Reason { get; set; }

    public sealed class Row
    {
        public string Item { get; set; } = "";
        public string Reason { get; set; } = "";
    }

    /// <summary>A guidance slip listing every required paper not yet handed in (one empty row when none is missing).</summary>
    public static CounterSlipDraft Guidance(IEnumerable<ChecklistItem> checklist)
    {
        var draft = new CounterSlipDraft(CounterSlipKind.Guidance);
        draft.Items.AddRange(checklist.Where(c => !c.Provided && !c.Optional).Select(c => new Row { Item = c.Name, Reason = "Chưa có trong hồ sơ" }));
        if (draft.Items.Count == 0) draft.Items.Add(new Row());
        return draft;
    }

    public static CounterSlipDraft Refusal() => new(CounterSlipKind.Refusal) { Reason = "" };

    public IReadOnlyList<SlipItem> ToItems() => Items.Select(i => new SlipItem(i.Item, i.Reason)).ToList();

    /// <summary>How the page names the printed slip.</summary>
    public string Title => Kind == CounterSlipKind.Guidance
        ? "phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)"
        : "phiếu từ chối tiếp nhận (Mẫu 03)";
}
