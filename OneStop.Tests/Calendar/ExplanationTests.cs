using OneStop.Core.Calendar;
using static OneStop.Tests.Calendar.Calendars;

namespace OneStop.Tests.Calendar;

public class ExplanationTests
{
    [Fact]
    public void ExplanationNamesTheSkippedTetDays()
    {
        var e = Official.Explain(At("2026-02-13 16:00"), Term("3d"));
        var texts = e.Steps.Select(s => s.Text).ToList();

        Assert.Equal(At("2026-02-25 16:00"), e.Calculation.DueAt);
        Assert.Contains("Bỏ qua thứ Bảy 14/02/2026: Tết Nguyên đán Bính Ngọ.", texts);
        Assert.Contains("Bỏ qua chủ nhật 22/02/2026: Tết Nguyên đán Bính Ngọ.", texts);
        Assert.Contains("Thứ Sáu 13/02/2026: tính 16:00–17:30 (1 giờ 30 phút).", texts);
        Assert.Contains("Thứ Tư 25/02/2026: tính 07:30–11:30, 13:30–16:00 (6 giờ 30 phút).", texts);
        Assert.Equal(ExplainStepKind.Due, e.Steps[^1].Kind);
        Assert.Equal("Hạn trả kết quả: 16:00 thứ Tư 25/02/2026.", e.Steps[^1].Text);
        // Nine days of Tết skipped, one line each.
        Assert.Equal(9, e.Steps.Count(s => s.Kind == ExplainStepKind.Skipped && s.Text.Contains("Tết", StringComparison.Ordinal)));
    }

    [Fact]
    public void ExplanationShowsLunchAndTheMovedStart()
    {
        var e = Official.Explain(At("2026-03-02 11:30"), Term("1d"));
        var texts = e.Steps.Select(s => s.Text).ToList();
        Assert.Contains("Nhận trong giờ nghỉ trưa: bắt đầu tính thời hạn từ 13:30 thứ Hai 02/03/2026.", texts);
        Assert.Contains(texts, t => t.StartsWith("Thời hạn 01 ngày làm việc = 8 giờ", StringComparison.Ordinal));

        var acrossLunch = Official.Explain(At("2026-03-02 10:00"), Term("0.5d")).Steps.Select(s => s.Text).ToList();
        Assert.Contains("Thứ Hai 02/03/2026: tính 10:00–11:30, 13:30–16:00 (4 giờ).", acrossLunch);
        Assert.Contains("Nghỉ trưa 11:30–13:30 không tính.", acrossLunch);
    }

    [Fact]
    public void ExplanationCallsOutSwappedSaturdayAndSaturdayReception()
    {
        var swapped = Official.Explain(At("2026-01-09 13:30"), Term("1d"));
        Assert.Contains(swapped.Steps, s => s.Text.StartsWith("Thứ Bảy 10/01/2026 là ngày làm bù (Làm bù cho ngày 02/01/2026)", StringComparison.Ordinal));

        var reception = WithSaturdayReception.Explain(At("2026-03-07 09:00"), Term("same"));
        Assert.Contains(reception.Steps, s => s.Kind == ExplainStepKind.ClockStart && s.Text.Contains("chỉ tiếp nhận", StringComparison.Ordinal));
        Assert.Equal(At("2026-03-09 17:30"), reception.Calculation.DueAt);
    }

    [Fact]
    public void ExplanationWarnsAboutAnUnloadedYear()
    {
        var e = Official.Explain(At("2026-12-31 09:00"), Term("1d"));
        Assert.Contains(e.Steps, s => s.Kind == ExplainStepKind.Warning && s.Text.Contains("2027", StringComparison.Ordinal));
        Assert.Contains(e.Steps, s => s.Text == "Bỏ qua thứ Sáu 01/01/2027: Tết Dương lịch (tạm tính).");
    }
}
