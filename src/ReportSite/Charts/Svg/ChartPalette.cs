using ReportSite.Html;

namespace ReportSite.Charts.Svg;

/// <summary>
/// Series colours. Each has at least 3:1 contrast with the white background (WCAG 1.4.11), and
/// neighbours in the list differ clearly in lightness, so the first series stay apart in greyscale print.
/// </summary>
public static class ChartPalette
{
    public static readonly IReadOnlyList<string> Colors = ["#0b4f6c", "#b85c00", "#17324d", "#2e7d5b", "#9b2c5f", "#6b4c9a"];

    public const string Ink = "#17212b";
    public const string SoftInk = "#4a5866";
    /// <summary>Gridlines: restrained, a guide for the eye and no more (the values are written on the marks).</summary>
    public const string Grid = "#e3e6e9";
    /// <summary>The zero line, which bars stand on.</summary>
    public const string Axis = "#5f6b76";

    /// <summary>The year that matters is drawn in the first colour (the accent); the other years in this tone, still 3:1 on the page.</summary>
    public const string Muted = "#7a8794";

    /// <summary>What charts are drawn on: white in a standalone file, the page's paper (site.css --paper) inline.</summary>
    public static readonly IReadOnlyList<string> Backgrounds = ["#ffffff", "#fbfaf7"];

    public static string Accent => Colors[0];

    public static string For(int index) => Colors[index % Colors.Count];

    /// <summary>
    /// The colour of series <paramref name="index"/> at <paramref name="category"/>: a single series by year
    /// shows the highlighted year in the accent and the others muted; several series keep their own colours.
    /// </summary>
    public static string For(int index, Model.ChartModel model, int category) =>
        model.Highlight is { } year && model.Series.Count == 1 && model.Type != Model.ChartType.Line
            ? (category == year ? Accent : Muted)
            : For(index);

    /// <summary>
    /// The colour a series' name is written in beside its line: the series' own colour where that reads as
    /// text (4.5:1) on every background, else ink, and the caller draws a key mark in the series' colour.
    /// </summary>
    public static string NameColour(string seriesColour) =>
        Backgrounds.All(b => ColourContrast.Ratio(seriesColour, b) >= 4.5) ? seriesColour : Ink;

    /// <summary>Text colour on top of a fill: white on dark fills, ink on light ones.</summary>
    public static string TextOn(string fill) => ColourContrast.Luminance(fill) > 0.25 ? Ink : "#ffffff";
}
