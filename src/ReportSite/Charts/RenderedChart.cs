using ReportSite.Charts.Model;

namespace ReportSite.Charts;

/// <summary>
/// One chart drawn for one language: an SVG laid out for phones and one for wider screens (both
/// inline on the page), the standalone SVG file with its title, and the data as CSV.
/// </summary>
public sealed record RenderedChart(
    ChartModel Model,
    string NarrowSvg,
    string WideSvg,
    string SvgPath,
    byte[] SvgFile,
    string CsvPath,
    byte[] CsvFile);
