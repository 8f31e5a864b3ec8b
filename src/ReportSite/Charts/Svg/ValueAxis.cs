using ReportSite.Charts.Layout;
using ReportSite.Charts.Model;

namespace ReportSite.Charts.Svg;

/// <summary>The value scale of a bar or line chart, from the model's values and the room it has.</summary>
internal static class ValueAxis
{
    /// <summary>
    /// The scale with as many ticks as fit <paramref name="length"/> at <paramref name="minSpacing"/>, from
    /// <paramref name="fewest"/> (where fewer would not fit, fewer ticks beat labels that run together) to 7.
    /// </summary>
    public static NiceScale For(ChartModel model, double length, double minSpacing, int fewest = 3)
    {
        var values = model.Series.SelectMany(s => s.Points).OfType<ChartPoint>().Select(p => p.Value).ToList();
        decimal low, high;
        if (model.Type == ChartType.StackedBar)
        {
            low = 0;
            high = Enumerable.Range(0, model.Categories.Count).Select(i => BarSegments.Top(model, i)).Max();
        }
        else
        {
            low = values.Min();
            high = values.Max();
            // Bars are read by their length, so they start at zero. A line may zoom in on a narrow band
            // of values (a PUE between 1.1 and 1.3) where starting at zero would flatten it.
            var zoom = model.Type == ChartType.Line && low > 0 && (high - low) < high * 0.3m;
            if (!zoom) (low, high) = (Math.Min(0, low), Math.Max(0, high));
        }
        var count = Math.Clamp((int)(length / minSpacing) + 1, fewest, 7);
        return NiceScale.For(low, high, count);
    }

    public static IReadOnlyList<(decimal Tick, string Text)> Labels(ChartModel model, NiceScale scale) =>
        scale.Ticks.Select(t => (t, model.FormatTick(t, scale.Decimals))).ToList();

    public static double WidestLabel(ChartModel model, NiceScale scale, double fontSize) =>
        Labels(model, scale).Max(l => TextMetrics.Width(l.Text, fontSize));
}
