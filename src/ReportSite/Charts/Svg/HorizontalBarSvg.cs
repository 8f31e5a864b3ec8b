using ReportSite.Charts.Layout;
using ReportSite.Charts.Model;

using static ReportSite.Charts.Svg.SvgWriter;

namespace ReportSite.Charts.Svg;

/// <summary>
/// Bars on their side: category labels wrap in a column on the left, one row per category, values at
/// the bar ends. Chosen by the author (<c>horizontal: true</c>) or when vertical labels would not fit.
/// </summary>
internal static class HorizontalBarSvg
{
    private const double Thickness = 18;
    private const double GroupedThickness = 12;
    private const double LabelShare = 0.38;

    public static double Draw(ChartModel model, ChartOptions options, SvgWriter svg, double top)
    {
        var f = options.FontSize;
        var lh = options.LineHeight;
        var stacked = model.Type == ChartType.StackedBar;
        var bars = stacked ? 1 : model.Series.Count;
        var thickness = bars == 1 ? Thickness : GroupedThickness;

        // The label column never takes more than its share of the width: long labels wrap onto more
        // lines, a word too long for a line breaks between letters, and the bars keep their room.
        var labels = model.Categories.Select(c => Balanced(c, options.Width * LabelShare, f)).ToList();
        // Labels end at the column's right edge and grow leftwards (TextMetrics already leans wide for Latin).
        var labelColumn = labels.SelectMany(l => l).Max(l => TextMetrics.Width(l, f));
        var valueTexts = stacked ? model.StackTotals!.OfType<string>().ToList() : model.Series.SelectMany(s => s.Points).OfType<ChartPoint>().Select(p => p.Short).ToList();
        var valueRoom = valueTexts.Select(t => TextMetrics.Width(t, f)).DefaultIfEmpty(0).Max() + 8;
        var left = 8 + labelColumn + 10;
        var plotWidth = options.Width - left - valueRoom - 8;

        var scale = ValueAxis.For(model, plotWidth, 80);
        var tickWidth = ValueAxis.WidestLabel(model, scale, f) + 14;
        // A phone's narrow plot beside long labels may hold only the two ends of the axis.
        scale = ValueAxis.For(model, plotWidth, tickWidth, fewest: 2);
        double X(decimal value) => left + scale.Fraction(value) * plotWidth;

        var rowHeights = labels.Select(l => Math.Max(l.Count * lh + 8, bars * thickness + 12)).ToList();
        var plotTop = top + 4;
        var plotBottom = plotTop + rowHeights.Sum();

        svg.Open("g", "class=\"chart-grid\"");
        foreach (var (tick, text) in ValueAxis.Labels(model, scale))
        {
            var x = X(tick);
            svg.Line(x, plotTop, x, plotBottom, $"stroke=\"{(tick == 0 ? ChartPalette.Axis : ChartPalette.Grid)}\" stroke-width=\"1\"");
            svg.Text(x, plotBottom + f + 4, text, $"text-anchor=\"middle\" fill=\"{ChartPalette.SoftInk}\"");
        }
        svg.Close("g");

        var values = new BarLabels();
        svg.Open("g", "class=\"chart-categories\"");
        var rowTop = plotTop;
        for (var c = 0; c < labels.Count; c++)
        {
            var middle = rowTop + rowHeights[c] / 2;
            svg.Text(8 + labelColumn, middle - (labels[c].Count - 1) * lh / 2 + f * 0.35, labels[c], lh, "text-anchor=\"end\"");
            rowTop += rowHeights[c];
        }
        svg.Close("g");

        svg.Open("g", "class=\"chart-marks\"");
        rowTop = plotTop;
        for (var c = 0; c < labels.Count; c++)
        {
            var y0 = rowTop + (rowHeights[c] - bars * thickness) / 2;
            foreach (var (s, point, from, to) in BarSegments.Of(model, c, stacked))
            {
                var color = ChartPalette.For(s, model, c);
                var y = stacked ? y0 : y0 + s * thickness;
                var (x1, x2) = (Math.Min(X(from), X(to)), Math.Max(X(from), X(to)));
                var gap = bars > 1 ? 1 : 0;
                svg.Mark("rect", $"x=\"{N(x1)}\" y=\"{N(y + gap)}\" width=\"{N(Math.Max(x2 - x1, 0.5))}\" height=\"{N(thickness - 2 * gap)}\"", color, point.Tip, s, c);
                var middle = y + thickness / 2 + f * 0.32;
                // Beside a bar's end, where valueRoom keeps space for the widest; inside a stack's segment if it is long enough.
                if (!stacked) values.Value(point.Value >= 0 ? x2 + 4 : x1 - 4, middle, point.Short, point.Value >= 0 ? "start" : "end", ChartPalette.Ink, fits: true, bold: c == model.Highlight);
                else values.Value((x1 + x2) / 2, middle, point.Short, "middle", ChartPalette.TextOn(color), TextMetrics.Width(point.Short, f) <= x2 - x1 - 6);
            }
            if (stacked && model.StackTotals![c] is { } total) values.Total(X(BarSegments.Top(model, c)) + 4, y0 + thickness / 2 + f * 0.32, total, "start", fits: true);
            rowTop += rowHeights[c];
        }
        svg.Close("g");

        values.Draw(svg, f, "");
        return plotBottom + f + 8;
    }

    /// <summary>
    /// A label wrapped into as few lines as <paramref name="room"/> allows, with the lines made about
    /// equally long, so a wrapped label never ends in one stranded word or character.
    /// </summary>
    private static IReadOnlyList<string> Balanced(string label, double room, double fontSize)
    {
        var lines = TextMetrics.Wrap(label, room, fontSize, breakWords: true);
        for (var narrower = TextMetrics.Width(label, fontSize) / lines.Count; lines.Count > 1 && narrower < room; narrower += 2)
        {
            var even = TextMetrics.Wrap(label, narrower, fontSize, breakWords: true);
            if (even.Count == lines.Count) return even;
        }
        return lines;
    }
}
