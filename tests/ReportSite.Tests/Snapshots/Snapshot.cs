using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportSite.Tests.Snapshots;

/// <summary>
/// Snapshot assertions following Verify's conventions: the expected text lives beside the test as
/// <c>{TestClass}.{TestMethod}.verified.{ext}</c> (committed); on a mismatch the actual text is written
/// to <c>.received.{ext}</c> (git-ignored) and the failure shows a line diff. Review the received file
/// and rename it to accept it, or run with REPORTSITE_ACCEPT_SNAPSHOTS=1 to accept all.
/// </summary>
public static partial class Snapshot
{
    /// <summary>Volatile values replaced before comparing, so snapshots change only when output really does.</summary>
    private static readonly (Regex Pattern, string Replacement)[] Scrubbers =
    [
        (AssetVersion(), "?v={version}"),
        // A share image is named by what it shows, the font included, which is the machine's.
        (ShareImageName(), "share/{hash}.png"),
    ];

    public static void Verify(
        string actual,
        string extension = "html",
        string? name = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string member = "")
    {
        var directory = Path.GetDirectoryName(sourceFile)!;
        var stem = $"{Path.GetFileNameWithoutExtension(sourceFile)}.{member}{(name is null ? "" : "_" + name)}";
        var verifiedPath = Path.Combine(directory, $"{stem}.verified.{extension}");
        var receivedPath = Path.Combine(directory, $"{stem}.received.{extension}");
        var text = Scrub(actual);

        var verified = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).Replace("\r\n", "\n") : null;
        if (verified == text)
        {
            File.Delete(receivedPath);
            return;
        }
        if (Environment.GetEnvironmentVariable("REPORTSITE_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(verifiedPath, text);
            File.Delete(receivedPath);
            return;
        }
        File.WriteAllText(receivedPath, text);
        var message = verified is null
            ? $"No verified snapshot yet. Review {receivedPath} and rename it to {Path.GetFileName(verifiedPath)} to accept it."
            : $"Snapshot differs from {Path.GetFileName(verifiedPath)} (actual written to {Path.GetFileName(receivedPath)}):\n{LineDiff.Describe(verified, text)}";
        Assert.Fail(message);
    }

    public static string Scrub(string text)
    {
        text = text.Replace("\r\n", "\n");
        foreach (var (pattern, replacement) in Scrubbers) text = pattern.Replace(text, replacement);
        return text.EndsWith('\n') ? text : text + "\n";
    }

    [GeneratedRegex(@"\?v=[0-9a-f]{10}")]
    private static partial Regex AssetVersion();

    [GeneratedRegex(@"share/[0-9a-f]{20}\.png")]
    private static partial Regex ShareImageName();
}

/// <summary>A readable line diff (longest common subsequence), showing changed lines with a little context.</summary>
public static class LineDiff
{
    public static string Describe(string expected, string actual, int context = 2, int maxLines = 60)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);

        var lines = new List<(char Kind, int Line, string Text)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y]) { lines.Add((' ', y + 1, b[y])); x++; y++; }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y])) { lines.Add(('+', y + 1, b[y])); y++; }
            else { lines.Add(('-', x + 1, a[x])); x++; }
        }
        var output = new StringBuilder();
        var shown = 0;
        var lastShown = -1;
        for (var k = 0; k < lines.Count && shown < maxLines; k++)
        {
            var near = Enumerable.Range(Math.Max(0, k - context), Math.Min(lines.Count, k + context + 1) - Math.Max(0, k - context)).Any(n => lines[n].Kind != ' ');
            if (!near) continue;
            if (lastShown >= 0 && k > lastShown + 1) output.AppendLine("   …");
            output.AppendLine(CultureInfo.InvariantCulture, $"{lines[k].Kind} {lines[k].Line,4}: {lines[k].Text}");
            lastShown = k;
            shown++;
        }
        return output.ToString();
    }
}
