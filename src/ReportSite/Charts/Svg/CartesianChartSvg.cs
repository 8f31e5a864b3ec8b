using ReportSite.Charts.Layout;
using ReportSite.Charts.Model;

using static ReportSite.Charts.Svg.SvgWriter;

namespace ReportSite.Charts.Svg;

/// <summary>Vertical bars (single, grouped, stacked) and lines over a category axis.</summary>
internal static class CartesianChartSvg
{
    private const double Right = 14;

    /// <summary>
    /// Draws the chart and returns its bottom, or returns null and draws nothing when a bar chart could
    /// not label every category without thinning or towering labels (many or long categories on a
    /// phone), so the caller lays the bars on their side instead.
    /// </summary>
    public static double? Draw(ChartModel model, ChartOptions options, SvgWriter svg, double top)
    {
        var lh = options.LineHeight;
        var (plotHeight, scale, left) = Frame(model, options);
        var names = LineLabels.For(model, options, left, plotHeight, Right);
        var right = names?.RightMargin ?? Right;
        var plotTop = top + lh;
        var plotBottom = plotTop + plotHeight;
        var plotWidth = options.Width - left - right;
        var band = plotWidth / model.Categories.Count;
        var labels = AxisLabels.For(model.Categories, band, model.CategoriesAreYears, options);
        if (model.Type != ChartType.Line && (labels.Step > 1 || labels.Height > plotHeight * 0.8)) return null;
        double Y(decimal value) => plotBottom - scale.Fraction(value) * plotHeight;

        svg.Open("g", "class=\"chart-grid\"");
        foreach (var (tick, text) in ValueAxis.Labels(model, scale))
        {
            var y = Y(tick);
            svg.Line(left, y, left + plotWidth, y, $"stroke=\"{(tick == 0 ? ChartPalette.Axis : ChartPalette.Grid)}\" stroke-width=\"1\"");
            svg.Text(left - 6, y + options.FontSize * 0.35, text, $"text-anchor=\"end\" fill=\"{ChartPalette.SoftInk}\"");
        }
        svg.Close("g");

        svg.Open("g", "class=\"chart-marks\"");
        if (model.Type == ChartType.Line) Lines(model, options, svg, left, band, Y);
        else Bars(model, options, svg, left, band, Y);
        svg.Close("g");
        names?.Draw(svg, left, band, plotTop, plotBottom, Y);

        labels.Draw(svg, left, band, plotBottom, options, model.Highlight);
        return plotBottom + labels.Height;
    }

    /// <summary>The plot's height, its value scale, and the left margin that fits the scale's labels.</summary>
    private static (double PlotHeight, NiceScale Scale, double Left) Frame(ChartModel model, ChartOptions options)
    {
        var plotHeight = Math.Clamp(options.Width * 0.45, 170, 300);
        var scale = ValueAxis.For(model, plotHeight, options.LineHeight * 2.4);
        return (plotHeight, scale, Math.Ceiling(ValueAxis.WidestLabel(model, scale, options.FontSize) + 14));
    }

    /// <summary>True when a line chart of several series names each line at its end instead of in a legend (see <see cref="LineLabels"/>).</summary>
    public static bool LabelsLines(ChartModel model, ChartOptions options)
    {
        if (model.Type != ChartType.Line || model.Series.Count < 2) return false;
        var (plotHeight, _, left) = Frame(model, options);
        return LineLabels.For(model, options, left, plotHeight, Right) is not null;
    }

    private static void Bars(ChartModel model, ChartOptions options, SvgWriter svg, double left, double band, Func<decimal, double> y)
    {
        var stacked = model.Type == ChartType.StackedBar;
        var series = model.Series.Count;
        var groupWidth = Math.Min(band * (series > 1 && !stacked ? 0.8 : 0.62), stacked || series == 1 ? 64 : 28 * series);
        var barWidth = stacked ? groupWidth : groupWidth / series;
        var labels = new BarLabels();
        var names = NamesSegments(model, options) ? new List<(double Y, string Name)>() : null;
        var x0 = 0.0;
        for (var c = 0; c < model.Categories.Count; c++)
        {
            x0 = left + c * band + (band - groupWidth) / 2;
            var strong = c == model.Highlight;
            foreach (var (s, point, from, to) in BarSegments.Of(model, c, stacked))
            {
                var color = ChartPalette.For(s, model, c);
                var x = stacked ? x0 : x0 + s * barWidth;
                var (yTop, yBottom) = (Math.Min(y(from), y(to)), Math.Max(y(from), y(to)));
                var gap = series > 1 && !stacked ? 1 : 0;
                svg.Mark("rect", $"x=\"{N(x + gap)}\" y=\"{N(yTop)}\" width=\"{N(barWidth - 2 * gap)}\" height=\"{N(Math.Max(yBottom - yTop, 0.5))}\"", color, point.Tip, s, c);
                var width = TextMetrics.Width(point.Short, options.FontSize) * (strong ? 1.08 : 1);
                if (names is not null && c == model.Categories.Count - 1) names.Add(((yTop + yBottom) / 2 + options.FontSize * 0.35, model.Series[s].Name));
                if (stacked)
                {
                    // Inside its segment, which must be tall and wide enough for the figure.
                    var fits = width <= barWidth - 4 && yBottom - yTop >= options.LineHeight;
                    labels.Value(x + barWidth / 2, (yTop + yBottom) / 2 + options.FontSize * 0.35, point.Short, "middle", ChartPalette.TextOn(color), fits);
                }
                else
                {
                    // Above the bar (below, if negative), within its slot: a lone bar may use the gap around it.
                    var fits = width <= barWidth + (series == 1 ? band - groupWidth : 0) - 2;
                    labels.Value(x + barWidth / 2, point.Value >= 0 ? yTop - 5 : yBottom + options.FontSize + 3, point.Short, "middle", ChartPalette.Ink, fits, strong);
                }
            }
            if (stacked && model.StackTotals?[c] is { } total)
            {
                labels.Total(x0 + groupWidth / 2, y(BarSegments.Top(model, c)) - 5, total, "middle", TextMetrics.Width(total, options.FontSize) <= band - 2);
            }
        }
        labels.Draw(svg, options.FontSize, "middle");
        if (names is not null) SegmentNames(svg, names, x0 + groupWidth + 8, options);
    }

    /// <summary>
    /// True when a stacked chart names its series beside the last stack's segments (a direct label, read
    /// where the eye already is) instead of in a legend: few stacks, and room on their right for every name.
    /// </summary>
    public static bool NamesSegments(ChartModel model, ChartOptions options)
    {
        if (model.Type != ChartType.StackedBar || model.Horizontal || model.Series.Count < 2 || model.Categories.Count > 4) return false;
        // The value axis takes about 60 px on the left; the last stack's gap and the right margin are the room.
        var band = (options.Width - 60 - Right) / model.Categories.Count;
        var room = (band - Math.Min(band * 0.62, 64)) / 2 + Right - 12;
        return model.Series.All(s => TextMetrics.Width(s.Name, options.FontSize) <= room);
    }

    /// <summary>Series names beside the last stack, each level with its segment, pushed apart where segments are thin.</summary>
    private static void SegmentNames(SvgWriter svg, List<(double Y, string Name)> names, double x, ChartOptions options)
    {
        svg.Open("g", $"class=\"chart-legend\" fill=\"{ChartPalette.SoftInk}\"");
        var above = double.MaxValue;
        foreach (var (y, name) in names)
        {
            var at = Math.Min(y, above - options.LineHeight);
            svg.Text(x, at, name);
            above = at;
        }
        svg.Close("g");
    }

    private static void Lines(ChartModel model, ChartOptions options, SvgWriter svg, double left, double band, Func<decimal, double> y)
    {
        var markers = model.Categories.Count <= 40;
        for (var s = 0; s < model.Series.Count; s++)
        {
            var color = ChartPalette.For(s);
            var path = new System.Text.StringBuilder();
            var pen = 'M';
            var points = model.Series[s].Points;
            for (var c = 0; c < points.Count; c++)
            {
                if (points[c] is not { } point) { pen = 'M'; continue; }
                path.Append(pen).Append(N(left + (c + 0.5) * band)).Append(' ').Append(N(y(point.Value))).Append(' ');
                pen = 'L';
            }
            svg.Raw($"<path d=\"{path.ToString().TrimEnd()}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"2.5\" stroke-linejoin=\"round\"{Dash(s)}/>\n");
            for (var c = 0; c < points.Count; c++)
            {
                if (points[c] is not { } point) continue;
                var (x, py) = (left + (c + 0.5) * band, y(point.Value));
                var tip = $"data-series=\"{s}\" data-category=\"{c}\" data-tip=\"{Escape(point.Tip)}\"";
                svg.Raw(markers ? Marker(x, py, s, color, tip) : $"<circle cx=\"{N(x)}\" cy=\"{N(py)}\" r=\"{N(Math.Max(1.5, Math.Min(3, band / 2)))}\" fill=\"{color}\" {tip}/>");
                svg.Raw("\n");
            }
        }
        var fitting = model.Series.Count == 1 && model.Categories.Count <= 12
            && model.Series[0].Points.All(p => p is null || TextMetrics.Width(p.Short, options.FontSize) <= band - 4);
        if (fitting)
        {
            svg.Open("g", "class=\"chart-values\" text-anchor=\"middle\"");
            var points = model.Series[0].Points;
            for (var c = 0; c < points.Count; c++)
            {
                if (points[c] is { } point) svg.Text(left + (c + 0.5) * band, y(point.Value) - 9, point.Short, c == model.Highlight ? "font-weight=\"700\"" : "");
            }
            svg.Close("g");
        }
    }

    /// <summary>Dash patterns, so lines stay apart without colour.</summary>
    public static string Dash(int series) => (series % 4) switch
    {
        0 => "",
        1 => " stroke-dasharray=\"7 4\"",
        2 => " stroke-dasharray=\"2 3\"",
        _ => " stroke-dasharray=\"10 3 2 3\"",
    };

    /// <summary>A point marker whose shape also tells the series apart: circle, square, triangle, diamond.</summary>
    public static string Marker(double x, double y, int series, string color, string attributes)
    {
        var extra = attributes.Length == 0 ? "" : " " + attributes;
        var stroke = "stroke=\"#ffffff\" stroke-width=\"1.5\"";
        return (series % 4) switch
        {
            0 => $"<circle cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"4.5\" fill=\"{color}\" {stroke}{extra}/>",
            1 => $"<rect x=\"{N(x - 4)}\" y=\"{N(y - 4)}\" width=\"8\" height=\"8\" fill=\"{color}\" {stroke}{extra}/>",
            2 => $"<path d=\"M{N(x)} {N(y - 5)}L{N(x + 5)} {N(y + 4)}L{N(x - 5)} {N(y + 4)}Z\" fill=\"{color}\" {stroke}{extra}/>",
            _ => $"<path d=\"M{N(x)} {N(y - 5.5)}L{N(x + 5.5)} {N(y)}L{N(x)} {N(y + 5.5)}L{N(x - 5.5)} {N(y)}Z\" fill=\"{color}\" {stroke}{extra}/>",
        };
    }
}
