using ReportSite.Kpis;
using ReportSite.Localization;

namespace ReportSite.Charts;

/// <summary>
/// A chart's numbers, resolved from its KPIs and the same in every language: the categories along
/// one axis (years or named categories) and a row of values per series, null where a series has none.
/// </summary>
public sealed record ChartData(
    ChartDefinition Definition,
    IReadOnlyList<ChartCategory> Categories,
    IReadOnlyList<ChartSeries> Series,
    NumberStyle Style)
{
    /// <summary>True when the categories are years, so the first table column is headed "year".</summary>
    public bool ByYear => Categories.All(c => c.Year is not null);

    /// <summary>How the axis and its unit line write values: the KPIs' style, with the chart's own word when it has one.</summary>
    public NumberStyle AxisStyle(string language) =>
        Series[0].Kpi.StyleFor(language) with { Word = Definition.Word?[language] ?? Series[0].Kpi.Word?[language] };
}

/// <summary>A position on the category axis: a year, or a label per language.</summary>
public sealed record ChartCategory(int? Year, LocalizedText? Label)
{
    public string Text(string language) => Label?[language] ?? Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
}

/// <summary>One series: its KPI (for the name and unit word) and its values in category order.</summary>
public sealed record ChartSeries(LocalizedText Name, Kpi Kpi, IReadOnlyList<decimal?> Values)
{
    /// <summary>The KPI of each value, when every value is a KPI of its own (single values drawn as bars or slices).</summary>
    public IReadOnlyList<Kpi>? ValueKpis { get; init; }

    /// <summary>The KPI that writes the value at <paramref name="category"/>, with its own unit word.</summary>
    public Kpi KpiAt(int category) => ValueKpis?[category] ?? Kpi;
}
