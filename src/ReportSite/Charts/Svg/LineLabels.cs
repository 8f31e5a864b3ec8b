using ReportSite.Charts.Layout;
using ReportSite.Charts.Model;

namespace ReportSite.Charts.Svg;

/// <summary>
/// Direct labels for a line chart of several series: each series' name at the right of its last point,
/// level with it, where the eye already is, instead of a legend above the plot. The plot gives up room on
/// its right for the longest name; when that would leave it narrower than <see cref="MinPlotShare"/> of the
/// chart (a phone's width, or a long name), or the names cannot all stand a line apart within the plot's
/// height, the chart keeps its legend.
/// </summary>
internal sealed class LineLabels
{
    /// <summary>The share of the chart's width the plot keeps: below it the lines get too short to read.</summary>
    public const double MinPlotShare = 2.0 / 3;

    /// <summary>From the end point to the text: clear of the largest marker (5.5 px) and its white edge.</summary>
    private const double Offset = 9;

    /// <summary>Room kept between the longest name and the edge of the picture.</summary>
    private const double Spare = 4;

    /// <summary>
    /// The coloured key mark before a name drawn in ink, and its gap to the text: an upright bar, which
    /// cannot be read as the line going on past its last point as a short stroke level with it would.
    /// </summary>
    private const double Key = 3;
    private const double KeyGap = 5;

    private readonly ChartModel _model;
    private readonly ChartOptions _options;

    private LineLabels(ChartModel model, ChartOptions options, double right)
    {
        (_model, _options, RightMargin) = (model, options, right);
    }

    /// <summary>The plot's right margin that fits the longest name beside the last category's point.</summary>
    public double RightMargin { get; }

    /// <summary>
    /// The labels for a line chart of two or more series drawn with a value axis <paramref name="left"/>
    /// wide and <paramref name="plotHeight"/> tall, or null when they do not fit and the legend names the series.
    /// </summary>
    public static LineLabels? For(ChartModel model, ChartOptions options, double left, double plotHeight, double minRight)
    {
        if (model.Type != ChartType.Line || model.Series.Count < 2) return null;
        if ((model.Series.Count - 1) * options.LineHeight > Bounds(0, plotHeight, options).High) return null;
        var widths = Enumerable.Range(0, model.Series.Count).Select(s => Width(s, model, options)).ToList();
        // The last point sits half a band in from the plot's right edge; the name may use that half band:
        // right >= Offset + width + Spare - band/2, where band = (Width - left - right) / categories.
        var half = 0.5 / model.Categories.Count;
        var right = Math.Max(minRight, Math.Ceiling((Offset + widths.Max() + Spare - (options.Width - left) * half) / (1 - half)));
        return options.Width - left - right >= options.Width * MinPlotShare ? new LineLabels(model, options, right) : null;
    }

    /// <summary>Writes each name level with its series' last present point, nudged apart a line at least and kept within the plot.</summary>
    public void Draw(SvgWriter svg, double left, double band, double plotTop, double plotBottom, Func<decimal, double> y)
    {
        var ends = _model.Series.Select(s => s.Points.Select((p, c) => (Point: p, Category: c)).LastOrDefault(p => p.Point is not null)).ToList();
        var drawn = Enumerable.Range(0, ends.Count).Where(s => ends[s].Point is not null).ToList();
        var (low, high) = Bounds(plotTop, plotBottom, _options);
        var centres = LabelSpread.Spread(drawn.Select(s => Math.Clamp(y(ends[s].Point!.Value), low, high)).ToList(), _options.LineHeight, low, high)!;

        // A white halo keeps a name readable where it crosses a gridline or, ending early, another line.
        svg.Open("g", "class=\"chart-labels\" stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\"");
        for (var i = 0; i < drawn.Count; i++)
        {
            var s = drawn[i];
            var colour = ChartPalette.For(s);
            var text = ChartPalette.NameColour(colour);
            var x = left + (ends[s].Category + 0.5) * band + Offset;
            var centre = centres[i];
            if (text != colour)
            {
                svg.Raw($"<rect x=\"{SvgWriter.N(x)}\" y=\"{SvgWriter.N(centre - _options.FontSize * 0.5)}\" width=\"{SvgWriter.N(Key)}\" height=\"{SvgWriter.N(_options.FontSize)}\" fill=\"{colour}\" stroke=\"none\"/>\n");
                x += Key + KeyGap;
            }
            svg.Text(x, centre + _options.FontSize * 0.35, _model.Series[s].Name, $"fill=\"{text}\"");
        }
        svg.Close("g");
    }

    /// <summary>Where a name's middle may go: its text inside the plot's height, at most half a line above the top gridline as the axis labels are.</summary>
    private static (double Low, double High) Bounds(double plotTop, double plotBottom, ChartOptions options) =>
        (plotTop, plotBottom - options.FontSize * 0.5);

    private static double Width(int series, ChartModel model, ChartOptions options) =>
        TextMetrics.Width(model.Series[series].Name, options.FontSize)
        + (ChartPalette.NameColour(ChartPalette.For(series)) == ChartPalette.For(series) ? 0 : Key + KeyGap);
}
