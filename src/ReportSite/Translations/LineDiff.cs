using System.Text;

namespace ReportSite.Translations;

/// <summary>
/// A line diff of two texts, from their longest common subsequence of lines: what a translator must
/// carry over from the old source to the new. Small enough for chapter files (a few hundred lines).
/// </summary>
public static class LineDiff
{
    /// <summary>One line of the diff: ' ' kept, '-' only in the old text, '+' only in the new one.</summary>
    public readonly record struct Line(char Kind, string Text, int OldLine, int NewLine);

    /// <summary>Every line of both texts in order, each marked kept, removed or added.</summary>
    public static IReadOnlyList<Line> Of(string oldText, string newText)
    {
        var a = Lines(oldText);
        var b = Lines(newText);
        // lcs[i, j]: the longest common subsequence of a[i..] and b[j..].
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        var lines = new List<Line>(a.Length + b.Length);
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y]) { lines.Add(new(' ', a[x], x + 1, y + 1)); x++; y++; }
            // Removed lines before added ones, as unified diffs show an edited line.
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1])) { lines.Add(new('-', a[x], x + 1, y)); x++; }
            else { lines.Add(new('+', b[y], x, y + 1)); y++; }
        }
        return lines;
    }

    /// <summary>How many lines were removed or added (a line edited in place counts once each way, as in git's numstat).</summary>
    public static int Changed(IReadOnlyList<Line> diff) => diff.Count(l => l.Kind != ' ');

    /// <summary>
    /// The diff in unified style: a <c>@@ -old +new @@</c> header per hunk, changed lines with '-' and '+',
    /// and up to <paramref name="context"/> kept lines around them; "" when nothing changed.
    /// </summary>
    public static string Unified(IReadOnlyList<Line> diff, int context = 2)
    {
        var text = new StringBuilder();
        var changed = diff.Select((l, i) => (l, i)).Where(p => p.l.Kind != ' ').Select(p => p.i).ToList();
        var k = 0;
        while (k < changed.Count)
        {
            var start = Math.Max(0, changed[k] - context);
            var end = changed[k];
            while (k + 1 < changed.Count && changed[k + 1] - end <= 2 * context + 1) end = changed[++k];
            k++;
            end = Math.Min(diff.Count - 1, end + context);
            var hunk = diff.Skip(start).Take(end - start + 1).ToList();
            var oldStart = hunk.FirstOrDefault(l => l.Kind != '+').OldLine;
            var newStart = hunk.FirstOrDefault(l => l.Kind != '-').NewLine;
            text.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"@@ -{oldStart},{hunk.Count(l => l.Kind != '+')} +{newStart},{hunk.Count(l => l.Kind != '-')} @@\n");
            foreach (var line in hunk) text.Append(line.Kind).Append(line.Text).Append('\n');
        }
        return text.ToString();
    }

    private static string[] Lines(string text)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (text.EndsWith('\n')) text = text[..^1];
        return text.Length == 0 ? [] : text.Split('\n');
    }
}
