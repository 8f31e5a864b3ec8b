namespace ReportSite.Charts.Svg;

/// <summary>
/// How to draw: the width in CSS pixels the chart is laid out for (labels wrap, rotate or move to the
/// side to fit it), the font size, and whether the title is drawn inside the image (for standalone files;
/// on a page the figure caption carries it).
/// </summary>
public sealed record ChartOptions(double Width, bool ShowTitle = false, string IdSuffix = "")
{
    public double FontSize { get; init; } = 13;

    /// <summary>Draws the subtitle (unit and period) inside the image where no caption shows it; always with the title.</summary>
    public bool ShowSubtitle { get; init; }

    public double LineHeight => Math.Round(FontSize * 1.3, 1);

    public const string FontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
}
