using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Core.Calendar;
using OneStop.Core.Centre;

namespace OneStop.Core.Persistence.Configurations;

internal sealed class CentreSettingsConfiguration : IEntityTypeConfiguration<CentreSettings>
{
    public void Configure(EntityTypeBuilder<CentreSettings> b)
    {
        b.ToTable("CentreSettings");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.AgencyCode).HasMaxLength(Centre.AgencyCode.MaxLength);
        b.Property(x => x.Schedule).HasConversion(new WeeklyScheduleConverter(), Json.Comparer<WeeklySchedule>());
        b.Property(x => x.ReceiptPaper).HasConversion<string>();
        b.Property(x => x.PaymentSlipPaper).HasConversion<string>().HasMaxLength(4);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}

/// <summary>Stores the weekly sessions as JSON: {"Monday":[{"start":"07:30","end":"11:30"}],...}.</summary>
internal sealed class WeeklyScheduleConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<WeeklySchedule, string>(
    v => Serialize(v), v => Deserialize(v))
{
    internal static string Serialize(WeeklySchedule s) =>
        System.Text.Json.JsonSerializer.Serialize(
            s.Days.ToDictionary(kv => kv.Key.ToString(), kv => kv.Value), Json.Options);

    internal static WeeklySchedule Deserialize(string json)
    {
        var raw = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, List<OfficeSession>>>(json, Json.Options) ?? [];
        var days = new Dictionary<DayOfWeek, IReadOnlyList<OfficeSession>>();
        foreach (var d in Enum.GetValues<DayOfWeek>())
            days[d] = raw.TryGetValue(d.ToString(), out var list) ? list : [];
        return new WeeklySchedule(days);
    }
}
