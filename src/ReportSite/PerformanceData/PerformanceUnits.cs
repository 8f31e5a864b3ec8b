using ReportSite.Kpis;
using ReportSite.Localization;

namespace ReportSite.PerformanceData;

/// <summary>How the performance table writes a figure in a language: the number with its scale ("22.36亿", "2.24 billion") and, apart, its unit ("元", "RMB", "%", "个村庄").</summary>
public static class PerformanceUnits
{
    /// <summary>The unit a language writes after (or before) the KPI's numbers.</summary>
    public static string Label(Kpi kpi, string language, NumberLocale locale) =>
        NumberFormat.AxisUnit(0, kpi.StyleFor(language), locale).Unit;

    /// <summary>The value as the page shows it, scaled and rounded like everywhere else, without its unit.</summary>
    public static string Figure(Kpi kpi, decimal value, NumberLocale locale) =>
        NumberFormat.Format(value, kpi.Style with { Unit = KpiUnit.Number, Word = null }, locale).ToString();
}
