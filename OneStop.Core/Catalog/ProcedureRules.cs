namespace OneStop.Core.Catalog;

/// <summary>One problem with a procedure: Key names the edited field ("Name", "Fees[0]"), Problem is a lower-case Vietnamese phrase.</summary>
public sealed record ProcedureProblem(string Key, string Problem)
{
    /// <summary>The problem as a sentence for a form field: "Thiếu tên thủ tục."</summary>
    public string Sentence => char.ToUpperInvariant(Problem[0]) + Problem[1..] + ".";
}

/// <summary>The rules a catalogued procedure must satisfy, shared by the import and the edit form.</summary>
public static class ProcedureRules
{
    public static IReadOnlyList<ProcedureProblem> Check(string? code, string? fieldCode, string? name, Deadline? deadline,
        IReadOnlyList<FeeRule>? fees, IReadOnlyList<RequiredDocument>? documents)
    {
        var problems = new List<ProcedureProblem>();
        if (string.IsNullOrWhiteSpace(code)) problems.Add(new("Code", "thiếu mã thủ tục"));
        else if (code.Trim().Length > 40) problems.Add(new("Code", "mã thủ tục dài quá 40 ký tự"));
        if (string.IsNullOrWhiteSpace(fieldCode)) problems.Add(new("FieldCode", "thiếu lĩnh vực"));
        if (string.IsNullOrWhiteSpace(name)) problems.Add(new("Name", "thiếu tên thủ tục"));
        else if (name.Trim().Length > 500) problems.Add(new("Name", "tên thủ tục dài quá 500 ký tự"));
        CheckDeadline(deadline, problems);
        for (var i = 0; i < (fees?.Count ?? 0); i++) CheckFee(fees![i], i, problems);
        for (var i = 0; i < (documents?.Count ?? 0); i++)
        {
            var d = documents![i];
            var key = $"Documents[{i}]";
            var label = $"thành phần hồ sơ thứ {i + 1}";
            if (string.IsNullOrWhiteSpace(d.Name)) problems.Add(new(key, $"{label}: thiếu tên giấy tờ"));
            if (!Enum.IsDefined(d.Form)) problems.Add(new(key, $"{label}: hình thức không hợp lệ"));
            if (d.Count < 1) problems.Add(new(key, $"{label}: số lượng phải từ 1 trở lên"));
        }
        return problems;
    }

    private static void CheckDeadline(Deadline? deadline, List<ProcedureProblem> problems)
    {
        if (deadline is null)
        {
            problems.Add(new("Deadline", "thiếu thời hạn giải quyết"));
            return;
        }
        if (Calendar.CalendarLimits.DeadlineProblem(deadline.Kind, deadline.Value) is { } problem) problems.Add(new("Deadline", problem));
    }

    private static void CheckFee(FeeRule f, int i, List<ProcedureProblem> problems)
    {
        var key = $"Fees[{i}]";
        var label = $"khoản phí thứ {i + 1}";
        if (string.IsNullOrWhiteSpace(f.Name)) problems.Add(new(key, $"{label}: thiếu tên khoản phí"));
        var hasTiers = f.Tiers is { Count: > 0 };
        var perUnit = f.AmountPerUnit is not null || hasTiers;
        if (f.Amount < 0 || f.AmountPerUnit < 0 || f.MaxPerCopy < 0 || (f.Tiers?.Any(t => t.AmountPerUnit < 0) ?? false))
            problems.Add(new(key, $"{label}: số tiền không được âm"));
        if (perUnit && string.IsNullOrWhiteSpace(f.Unit)) problems.Add(new(key, $"{label}: thiếu đơn vị tính"));
        if (!perUnit && !string.IsNullOrWhiteSpace(f.Unit)) problems.Add(new(key, $"{label}: thiếu đơn giá cho mỗi {f.Unit.Trim()}"));
        if (!perUnit && f.Amount is null) problems.Add(new(key, $"{label}: chưa có số tiền (ghi 0 nếu miễn)"));
        if (perUnit && f.Amount is not null) problems.Add(new(key, $"{label}: chỉ ghi số tiền cố định hoặc đơn giá, không ghi cả hai"));
        if (f.AmountPerUnit is not null && hasTiers) problems.Add(new(key, $"{label}: chỉ ghi đơn giá hoặc bậc giá, không ghi cả hai"));
        if (!perUnit && f.MaxPerCopy is not null) problems.Add(new(key, $"{label}: mức tối đa mỗi bản chỉ dùng cho phí theo đơn vị"));
        if (hasTiers)
        {
            var expectedFrom = 1;
            for (var t = 0; t < f.Tiers!.Count; t++)
            {
                var tier = f.Tiers[t];
                var last = t == f.Tiers.Count - 1;
                if (tier.FromUnit != expectedFrom || tier.ToUnit < tier.FromUnit || (tier.ToUnit is null && !last))
                {
                    problems.Add(new(key, $"{label}: các bậc giá phải liên tiếp, bắt đầu từ đơn vị 1"));
                    break;
                }
                expectedFrom = (tier.ToUnit ?? 0) + 1;
            }
        }
    }
}
