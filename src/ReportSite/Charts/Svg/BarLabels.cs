using static ReportSite.Charts.Svg.SvgWriter;

namespace ReportSite.Charts.Svg;

/// <summary>
/// The values written on bars, by one rule for every bar chart (single, grouped, stacked; standing or
/// on their side): each kind of label, the bars' own values and the stacks' totals, goes on every bar
/// when every one of them fits its place, else on none. A figure on some bars and not on their
/// neighbours reads as if those had none; the data table has every value either way.
/// </summary>
internal sealed class BarLabels
{
    private readonly List<Label> _values = [];
    private readonly List<Label> _totals = [];

    public void Value(double x, double y, string text, string anchor, string fill, bool fits, bool bold = false) => _values.Add(new(x, y, text, anchor, fill, fits, bold));

    public void Total(double x, double y, string text, string anchor, bool fits) => _totals.Add(new(x, y, text, anchor, ChartPalette.Ink, fits, false));

    /// <summary>Writes the kinds whose labels all fit; <paramref name="anchor"/> is the group's, left off the labels that share it.</summary>
    public void Draw(SvgWriter svg, double fontSize, string anchor)
    {
        svg.Open("g", $"class=\"chart-values\" font-size=\"{N(fontSize)}\"" + (anchor.Length == 0 ? "" : $" text-anchor=\"{anchor}\""));
        foreach (var label in Fitting(_values).Concat(Fitting(_totals)))
        {
            var attributes = (label.Anchor == anchor ? "" : $"text-anchor=\"{label.Anchor}\"") + (label.Fill == ChartPalette.Ink ? "" : $" fill=\"{label.Fill}\"") + (label.Bold ? " font-weight=\"700\"" : "");
            svg.Text(label.X, label.Y, label.Text, attributes.Trim());
        }
        svg.Close("g");
    }

    private static IEnumerable<Label> Fitting(List<Label> labels) => labels.All(l => l.Fits) ? labels : [];

    private sealed record Label(double X, double Y, string Text, string Anchor, string Fill, bool Fits, bool Bold);
}
