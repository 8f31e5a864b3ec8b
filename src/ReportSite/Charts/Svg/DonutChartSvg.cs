using ReportSite.Charts.Layout;
using ReportSite.Charts.Model;

using static ReportSite.Charts.Svg.SvgWriter;

namespace ReportSite.Charts.Svg;

/// <summary>
/// A donut of one series' shares, clockwise from twelve o'clock, the total in the middle, and a
/// legend that names every slice with its value and share (beside the donut when there is room,
/// below it on a phone), so no slice is known by its colour alone.
/// </summary>
internal static class DonutChartSvg
{
    public static double Draw(ChartModel model, ChartOptions options, SvgWriter svg, double top)
    {
        var f = options.FontSize;
        var lh = options.LineHeight;
        var side = options.Width >= 520;
        var diameter = side ? Math.Min(options.Width * 0.4, 260) : Math.Min(options.Width - 60, 240);
        var radius = diameter / 2;
        var inner = radius * 0.58;
        var cx = side ? 12 + radius : options.Width / 2;
        var cy = top + 8 + radius;
        var points = model.Series[0].Points;
        var total = points.OfType<ChartPoint>().Sum(p => p.Value);

        svg.Open("g", "class=\"chart-marks\" stroke=\"#ffffff\" stroke-width=\"2\"");
        var angle = 0.0;
        var shares = new List<(double Mid, double Sweep, string Share, string Color)>();
        for (var c = 0; c < points.Count; c++)
        {
            if (points[c] is not { } point || point.Value == 0) continue;
            var sweep = (double)(point.Value / total) * 360;
            var color = ChartPalette.For(c);
            svg.Mark("path", $"d=\"{Slice(cx, cy, radius, inner, angle, Math.Min(sweep, 359.99))}\"", color, point.Tip, 0, c);
            shares.Add((angle + sweep / 2, sweep, point.Share ?? "", color));
            angle += sweep;
        }
        svg.Close("g");

        svg.Open("g", $"class=\"chart-values\" font-size=\"{N(f)}\" font-weight=\"700\" text-anchor=\"middle\"");
        foreach (var (mid, sweep, share, color) in shares)
        {
            var (x, y) = At(cx, cy, (radius + inner) / 2, mid);
            var arc = sweep / 360 * Math.PI * (radius + inner);
            if (arc >= TextMetrics.Width(share, f) + 4 && radius - inner >= f + 4)
            {
                svg.Text(x, y + f * 0.32, share, $"fill=\"{ChartPalette.TextOn(color)}\"");
            }
        }
        svg.Close("g");

        // The total in the middle: shrunk to fit inside the hole, or set on two lines ("38,798" over "employees").
        var totalText = model.TotalText ?? "";
        var room = inner * 1.6;
        var size = f * 1.25;
        double Bold(string text, double at) => TextMetrics.Width(text, at) * 1.08;
        while (size > f && Bold(totalText, size) > room) size -= 0.5;
        IReadOnlyList<string> totalLines = Bold(totalText, size) <= room ? [totalText] : TextMetrics.Wrap(totalText, room / 1.08, size);
        var totalTop = cy - (totalLines.Count - 1) * size * 0.6;
        svg.Text(cx, totalTop - 2, model.TotalLabel, $"text-anchor=\"middle\" fill=\"{ChartPalette.SoftInk}\"");
        svg.Text(cx, totalTop + size + 2, totalLines, size * 1.2, $"text-anchor=\"middle\" font-weight=\"700\" font-size=\"{N(size)}\"");

        var legendX = side ? cx + radius + 28 : 12.0;
        var legendTop = side ? top + 8 : cy + radius + 16;
        var legendBottom = Legend(model, options, svg, legendX, legendTop, options.Width - legendX - 12);
        if (side) legendBottom = Math.Max(legendBottom, cy + radius);
        return legendBottom + 4;
    }

    private static double Legend(ChartModel model, ChartOptions options, SvgWriter svg, double x, double y, double width)
    {
        var f = options.FontSize;
        var lh = options.LineHeight;
        var points = model.Series[0].Points;
        svg.Open("g", "class=\"chart-legend\"");
        for (var c = 0; c < points.Count; c++)
        {
            if (points[c] is not { } point) continue;
            var name = TextMetrics.Wrap(model.Categories[c], width - 22, f);
            var detail = TextMetrics.Wrap($"{point.Full} · {point.Share}", width - 22, f);
            svg.Raw($"<rect x=\"{N(x)}\" y=\"{N(y + 2)}\" width=\"14\" height=\"14\" rx=\"2\" fill=\"{ChartPalette.For(c)}\"/>\n");
            svg.Text(x + 22, y + f, name, lh, "font-weight=\"600\"");
            y += name.Count * lh;
            svg.Text(x + 22, y + f, detail, lh, $"fill=\"{ChartPalette.SoftInk}\" font-size=\"{N(f)}\"");
            y += detail.Count * lh + 8;
        }
        svg.Close("g");
        return y;
    }

    private static (double X, double Y) At(double cx, double cy, double r, double degrees)
    {
        var radians = (degrees - 90) * Math.PI / 180;
        return (cx + r * Math.Cos(radians), cy + r * Math.Sin(radians));
    }

    private static string Slice(double cx, double cy, double outer, double inner, double start, double sweep)
    {
        var (x1, y1) = At(cx, cy, outer, start);
        var (x2, y2) = At(cx, cy, outer, start + sweep);
        var (x3, y3) = At(cx, cy, inner, start + sweep);
        var (x4, y4) = At(cx, cy, inner, start);
        var large = sweep > 180 ? 1 : 0;
        return $"M{N(x1)} {N(y1)}A{N(outer)} {N(outer)} 0 {large} 1 {N(x2)} {N(y2)}L{N(x3)} {N(y3)}A{N(inner)} {N(inner)} 0 {large} 0 {N(x4)} {N(y4)}Z";
    }
}
