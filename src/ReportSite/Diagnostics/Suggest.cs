namespace ReportSite.Diagnostics;

/// <summary>"Did you mean …?" for misspelt ids, keys and names.</summary>
public static class Suggest
{
    /// <summary>The closest candidate within a small edit distance, or null when nothing is close.</summary>
    public static string? Closest(string wrong, IEnumerable<string> candidates)
    {
        var limit = Math.Max(1, wrong.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(wrong.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }
        return bestDistance <= limit ? best : null;
    }

    /// <summary>
    /// "unknown KPI 'x' (did you mean 'y'?); check the id, or define it in data/kpis.yml." for any
    /// feature whose items are named by id in one data file.
    /// </summary>
    public static string UnknownId(string what, string id, IReadOnlyCollection<string> known, string file) =>
        $"unknown {what} '{id}'{DidYouMean(id, known)}; "
        + (known.Count == 0 ? $"define it in {file}." : $"check the id, or define it in {file}.");

    /// <summary>Appends " (did you mean 'x'?)" when a close candidate exists.</summary>
    public static string DidYouMean(string wrong, IEnumerable<string> candidates) =>
        Closest(wrong, candidates) is { } match ? $" (did you mean '{match}'?)" : "";

    /// <summary>Edit distance counting a swap of two neighbouring letters ("CYN" for "CNY") as one edit.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }
}
