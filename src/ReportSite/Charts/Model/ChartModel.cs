
namespace ReportSite.Charts.Model;

/// <summary>
/// A chart ready to draw in one language: every text already written the language's way, values
/// divided down to the axis unit ("4.92" on an axis in 亿元). The renderer only lays it out.
/// </summary>
public sealed record ChartModel
{
    public required string Id { get; init; }

    public required ChartType Type { get; init; }

    public bool Horizontal { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

    /// <summary>"单位：亿元" / "Unit: RMB million"; empty when the values need no unit.</summary>
    public required string UnitCaption { get; init; }

    /// <summary>The line under the headline: unit and period ("单位：亿元 · 2016–2018 年"); empty when neither is known.</summary>
    public string Subtitle { get; init; } = "";

    /// <summary>"来源：腾讯公益慈善基金会" / "Source: …"; empty when neither the chart nor its KPIs name one.</summary>
    public string Source { get; init; } = "";

    /// <summary>The category (a year) drawn in the accent colour, the others muted; null when none stands out.</summary>
    public int? Highlight { get; init; }

    public required IReadOnlyList<string> Categories { get; init; }

    /// <summary>True when categories are years, so crowded labels may be thinned rather than rotated.</summary>
    public bool CategoriesAreYears { get; init; }

    public required IReadOnlyList<ChartModelSeries> Series { get; init; }

    /// <summary>Writes an axis tick (in axis units) with the language's separators.</summary>
    public required Func<decimal, int, string> FormatTick { get; init; }

    /// <summary>"合计" / "Total", for stacks and the donut's centre.</summary>
    public required string TotalLabel { get; init; }

    /// <summary>The full figure of a donut's total, written like a KPI.</summary>
    public string? TotalText { get; init; }

    /// <summary>Short axis-unit total for each stack; null where a category has no values at all.</summary>
    public IReadOnlyList<string?>? StackTotals { get; init; }
}

/// <summary>One series in axis units, with the short label drawn on a mark and the full text of its tooltip.</summary>
public sealed record ChartModelSeries(string Name, IReadOnlyList<ChartPoint?> Points);

/// <summary>One value: in axis units for drawing, short for a label on the mark, full for tooltips and tables.</summary>
public sealed record ChartPoint(decimal Value, string Short, string Full, string Tip)
{
    /// <summary>The point's share of the whole ("23.4%"), for donuts.</summary>
    public string? Share { get; init; }
}
