namespace OneStop.Core.Catalog;

/// <summary>One step of a procedure's processing template: who handles it and its budget in working hours.</summary>
public sealed record StepTemplate(string Name, string Role, decimal BudgetHours);

public static class StepTemplates
{
    /// <summary>
    /// Counter → specialist → leader → counter when a procedure has no template of its own; the budget splits the
    /// deadline 10 % / 60 % / 20 % / 10 % (a same-day procedure counts as one working day).
    /// </summary>
    public static IReadOnlyList<StepTemplate> Default(decimal deadlineHours)
    {
        var h = deadlineHours <= 0 ? 8 : deadlineHours;
        return
        [
            new("Tiếp nhận, chuyển hồ sơ", OneStop.Core.Accounts.Roles.CounterOfficer, Math.Round(h * 0.1m, 1)),
            new("Thẩm định, xử lý", OneStop.Core.Accounts.Roles.Specialist, Math.Round(h * 0.6m, 1)),
            new("Phê duyệt, ký kết quả", OneStop.Core.Accounts.Roles.Leader, Math.Round(h * 0.2m, 1)),
            new("Trả kết quả", OneStop.Core.Accounts.Roles.CounterOfficer, Math.Round(h * 0.1m, 1)),
        ];
    }
}


public static class StepTemplateRules
{
    /// <summary>Checks an edited template; messages in Vietnamese, keyed "Steps[i]".</summary>
    public static Dictionary<string, string> Check(IReadOnlyList<StepTemplate> steps)
    {
        var e = new Dictionary<string, string>();
        if (steps.Count == 0) e["Steps"] = "Quy trình cần ít nhất một bước.";
        for (var i = 0; i < steps.Count; i++)
        {
            var s = steps[i];
            if (string.IsNullOrWhiteSpace(s.Name)) e[$"Steps[{i}]"] = $"Bước {i + 1}: nhập tên bước.";
            else if (!OneStop.Core.Accounts.Roles.All.Contains(s.Role)) e[$"Steps[{i}]"] = $"Bước {i + 1}: chọn bộ phận xử lý.";
            else if (s.BudgetHours <= 0 || s.BudgetHours > 2000) e[$"Steps[{i}]"] = $"Bước {i + 1}: thời gian (giờ làm việc) phải lớn hơn 0.";
        }
        return e;
    }
}
