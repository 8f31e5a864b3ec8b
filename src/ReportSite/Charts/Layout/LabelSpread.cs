namespace ReportSite.Charts.Layout;

/// <summary>
/// Moves labels that want to sit at given heights apart so no two are closer than a gap, each as little
/// as possible, all within bounds: labels that crowd together spread evenly around where they wanted to
/// be (not one pushed down by all the others), and a group that meets a bound slides back inside.
/// </summary>
public static class LabelSpread
{
    /// <summary>
    /// Returns a position for each of <paramref name="desired"/> (in its order), every two at least
    /// <paramref name="gap"/> apart, all within <paramref name="low"/>..<paramref name="high"/>, keeping the
    /// labels' order and moving them the least in total (squared); or null when even evenly spaced they
    /// cannot fit between the bounds.
    /// </summary>
    public static IReadOnlyList<double>? Spread(IReadOnlyList<double> desired, double gap, double low, double high)
    {
        ArgumentNullException.ThrowIfNull(desired);
        if (desired.Count == 0) return [];
        if ((desired.Count - 1) * gap > high - low + 1e-9) return null;

        // In sorted order, z(i) = y(i) - i·gap must not decrease: that is an isotonic regression of
        // desired(i) - i·gap, solved by pooling adjacent groups that break the order into their mean.
        var order = Enumerable.Range(0, desired.Count).OrderBy(i => desired[i]).ThenBy(i => i).ToList();
        var groups = new List<(double Sum, int Count)>();
        for (var k = 0; k < order.Count; k++)
        {
            groups.Add((desired[order[k]] - k * gap, 1));
            while (groups.Count > 1 && Mean(groups[^2]) > Mean(groups[^1]))
            {
                var (last, before) = (groups[^1], groups[^2]);
                groups.RemoveAt(groups.Count - 1);
                groups[^1] = (before.Sum + last.Sum, before.Count + last.Count);
            }
        }

        // Bounded, the least-moving order-keeping answer is the unbounded one clamped to the bounds.
        var top = high - (desired.Count - 1) * gap;
        var result = new double[desired.Count];
        var at = 0;
        foreach (var group in groups)
        {
            var z = Math.Clamp(Mean(group), low, Math.Max(low, top));
            for (var j = 0; j < group.Count; j++, at++) result[order[at]] = z + at * gap;
        }
        return result;
    }

    private static double Mean((double Sum, int Count) group) => group.Sum / group.Count;
}
