using ReportSite.Charts.Model;
using ReportSite.Localization;

namespace ReportSite.Charts;

/// <summary>One chart from <c>data/charts.yml</c>: what to draw and which KPIs it draws.</summary>
public sealed record ChartDefinition
{
    public required string Id { get; init; }

    public required ChartType Type { get; init; }

    /// <summary>Bars run left to right, categories down the side: for long labels and many categories.</summary>
    public bool Horizontal { get; init; }

    public required LocalizedText Title { get; init; }

    /// <summary>The author's summary of what the chart shows, for screen readers; generated from the data when absent.</summary>
    public LocalizedText? Description { get; init; }

    /// <summary>
    /// What every value counts, per language ("人" / "people"), for KPIs whose own unit words differ:
    /// it names the axis unit, and each value keeps its KPI's word in tooltips, the table and the CSV.
    /// </summary>
    public LocalizedText? Word { get; init; }

    /// <summary>The year drawn in the accent colour, the others muted; the report's year when absent.</summary>
    public int? Highlight { get; init; }

    /// <summary>The source line under the chart, per language; the KPIs' own source notes when absent.</summary>
    public LocalizedText? Source { get; init; }

    /// <summary>
    /// Decimals of the figures written on the marks (0-6) per language, when the KPIs' precision makes them
    /// too long to fit ("8.3" in 亿元 but "830" in RMB million); null keeps the KPIs' own.
    /// </summary>
    public IReadOnlyDictionary<string, int>? Precision { get; init; }

    /// <summary>The KPIs drawn, one series each (or one slice each, when every KPI has a single value).</summary>
    public required IReadOnlyList<string> Series { get; init; }

    public required string File { get; init; }

    public required int Line { get; init; }
}
