using ReportSite.Html;

namespace ReportSite.Charts.Directives;

/// <summary>A chart on a page (<c>::chart</c>), for <c>partials/chart.html</c>; every text in the page's language.</summary>
/// <param name="Class">The figure's classes: <c>chart</c> and any the author added.</param>
/// <param name="Id">The figure's anchor: <c>chart-</c> and the chart's id.</param>
/// <param name="Title">The chart's title, the headline that states its takeaway; also the data table's caption.</param>
/// <param name="Subtitle">The line under the headline: unit and period; empty when neither is known.</param>
/// <param name="Source">The source line under the chart; empty when neither the chart nor its KPIs name one.</param>
/// <param name="NarrowSvg">The chart drawn for phones.</param>
/// <param name="WideSvg">The chart drawn for wider screens.</param>
/// <param name="CategoriesAreYears">True when the table's first column holds years (<c>t.chartYear</c>), false for categories (<c>t.chartCategory</c>).</param>
/// <param name="Series">The table's column headings after the first: one per series.</param>
/// <param name="ShowShare">True for a donut, whose table ends with each category's share.</param>
/// <param name="Rows">The table's rows, one per category.</param>
/// <param name="CsvHref">The chart's data as CSV, relative to the page.</param>
/// <param name="SvgHref">The standalone SVG, relative to the page.</param>
/// <param name="PngHref">The chart as a PNG picture, relative to the page; null when the build draws no pictures (no font for them).</param>
/// <param name="PdfHref">The chart as a PDF, relative to the page; null when the build draws no pictures.</param>
/// <param name="T">The page's words.</param>
public sealed record ChartView(
    string Class,
    string Id,
    string Title,
    string Subtitle,
    string Source,
    Markup NarrowSvg,
    Markup WideSvg,
    bool CategoriesAreYears,
    IReadOnlyList<string> Series,
    bool ShowShare,
    IReadOnlyList<ChartRowView> Rows,
    string CsvHref,
    string SvgHref,
    string? PngHref,
    string? PdfHref,
    IReadOnlyDictionary<string, string> T);

/// <summary>One category of a chart's data table.</summary>
/// <param name="Category">The year or category.</param>
/// <param name="Values">Each series' value written in full the language's way; null where the series has none.</param>
/// <param name="Share">The category's share of a donut, or null.</param>
public sealed record ChartRowView(string Category, IReadOnlyList<string?> Values, string? Share);
