using ReportSite.Charts.Model;

namespace ReportSite.Charts;

/// <summary>
/// One chart drawn for one language: an SVG laid out for phones and one for wider screens (both
/// inline on the page), the standalone SVG file with its title, and the data as CSV.
/// </summary>
public sealed partial record RenderedChart(
    ChartModel Model,
    string NarrowSvg,
    string WideSvg,
    string SvgPath,
    byte[] SvgFile,
    string CsvPath,
    byte[] CsvFile)
{
    /// <summary>The chart as a PNG (2x, white background), published beside the SVG when the build has a font for it.</summary>
    public string PngPath => PicturePath(SvgPath, ".png");

    /// <summary>The chart as a PDF (vector), published beside the SVG when the build has a font for it.</summary>
    public string PdfPath => PicturePath(SvgPath, ".pdf");

    /// <summary>A picture's path: the standalone SVG's, with another extension.</summary>
    public static string PicturePath(string svgPath, string extension) => svgPath[..^".svg".Length] + extension;

    /// <summary>
    /// Every character the standalone SVG holds outside its tags: what a font must have to draw it (a little
    /// more, with its description and entities, never less).
    /// </summary>
    public static string Text(IEnumerable<RenderedChart> charts) =>
        string.Concat(charts.Select(c => TagPattern().Replace(System.Text.Encoding.UTF8.GetString(c.SvgFile), " ")));

    [System.Text.RegularExpressions.GeneratedRegex("<[^>]*>")]
    private static partial System.Text.RegularExpressions.Regex TagPattern();
}
