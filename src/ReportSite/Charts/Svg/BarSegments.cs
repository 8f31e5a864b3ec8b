using ReportSite.Charts.Model;

namespace ReportSite.Charts.Svg;

/// <summary>
/// The bars of one category, in value units: each series' point with where its bar starts and ends,
/// stacked on the ones before it or standing on zero. Shared by vertical and horizontal bar layouts.
/// </summary>
internal static class BarSegments
{
    public static IEnumerable<(int Series, ChartPoint Point, decimal From, decimal To)> Of(ChartModel model, int category, bool stacked)
    {
        var stackBase = 0m;
        for (var s = 0; s < model.Series.Count; s++)
        {
            if (model.Series[s].Points[category] is not { } point) continue;
            var from = stacked ? stackBase : 0;
            var to = from + point.Value;
            if (stacked) stackBase = to;
            yield return (s, point, from, to);
        }
    }

    /// <summary>The top of a category's stack (its sum), or zero when not stacked.</summary>
    public static decimal Top(ChartModel model, int category) => model.Series.Sum(s => s.Points[category]?.Value ?? 0);
}
