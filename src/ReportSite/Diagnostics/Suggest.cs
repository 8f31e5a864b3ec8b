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

    /// <summary>Appends " (did you mean 'x'?)" when a close candidate exists.</summary>
    public static string DidYouMean(string wrong, IEnumerable<string> candidates) =>
        Closest(wrong, candidates) is { } match ? $" (did you mean '{match}'?)" : "";

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
