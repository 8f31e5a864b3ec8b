using ReportSite.Charts.Layout;

namespace ReportSite.Charts.Svg;

/// <summary>How category labels sit under a vertical chart: level (wrapped), thinned, or turned.</summary>
internal enum LabelMode
{
    Level,
    Turned45,
    Turned90,
}

/// <summary>
/// The placement of category labels for a given band width, chosen so no two labels overlap: wrap
/// up to three lines if they fit level; thin years out (every k-th) rather than turn them; turn other
/// labels 45° or 90°, thinning only when even turned text is too tight.
/// </summary>
internal sealed record AxisLabels(LabelMode Mode, IReadOnlyList<IReadOnlyList<string>> Lines, int Step, double Height)
{
    private const int MaxLines = 3;

    public static AxisLabels For(IReadOnlyList<string> labels, double band, bool years, ChartOptions options)
    {
        var f = options.FontSize;
        var lh = options.LineHeight;
        var room = band - 6;
        var wrapped = labels.Select(l => TextMetrics.Wrap(l, room, f)).ToList();
        if (wrapped.All(w => w.Count <= MaxLines && w.All(line => TextMetrics.Width(line, f) <= room)))
        {
            return new AxisLabels(LabelMode.Level, wrapped, 1, wrapped.Max(w => w.Count) * lh + 4);
        }
        var single = labels.Select(l => (IReadOnlyList<string>)[l]).ToList();
        var widest = labels.Max(l => TextMetrics.Width(l, f));
        if (years)
        {
            var step = (int)Math.Ceiling((widest + 10) / band);
            return new AxisLabels(LabelMode.Level, single, step, lh + 4);
        }
        if (band >= f * 1.45)
        {
            return new AxisLabels(LabelMode.Turned45, single, 1, widest * 0.71 + f + 6);
        }
        var turnedStep = (int)Math.Ceiling(f * 1.2 / band);
        return new AxisLabels(LabelMode.Turned90, single, turnedStep, widest + 10);
    }

    /// <summary>Draws the labels; the <paramref name="highlight"/>ed category's in bold ink, so the year that matters stands out without colour.</summary>
    public void Draw(SvgWriter svg, double left, double band, double y, ChartOptions options, int? highlight = null)
    {
        var lh = options.LineHeight;
        svg.Open("g", $"class=\"chart-categories\" fill=\"{ChartPalette.SoftInk}\"");
        for (var i = 0; i < Lines.Count; i += Step)
        {
            var x = left + (i + 0.5) * band;
            var strong = i == highlight ? $" font-weight=\"700\" fill=\"{ChartPalette.Ink}\"" : "";
            switch (Mode)
            {
                case LabelMode.Level:
                    svg.Text(x, y + options.FontSize + 2, Lines[i], lh, "text-anchor=\"middle\"" + strong);
                    break;
                case LabelMode.Turned45:
                    svg.Text(x, y + 10, Lines[i][0], $"text-anchor=\"end\" transform=\"rotate(-45 {SvgWriter.N(x)} {SvgWriter.N(y + 10)})\"" + strong);
                    break;
                default:
                    svg.Text(x + options.FontSize * 0.35, y + 6, Lines[i][0], $"text-anchor=\"end\" transform=\"rotate(-90 {SvgWriter.N(x + options.FontSize * 0.35)} {SvgWriter.N(y + 6)})\"" + strong);
                    break;
            }
        }
        svg.Close("g");
    }
}
