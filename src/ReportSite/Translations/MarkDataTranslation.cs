using ReportSite.Content;

namespace ReportSite.Translations;

/// <summary>
/// Writes a data file's recorded versions as one top-level line <c>translated-from: { en: 1a2b3c4d }</c>:
/// the existing entry replaced (with any indented lines of a block-style value), or a new line added before
/// the first setting, after the comments that open the file. Every other byte stays as it was, line endings included.
/// </summary>
public static class MarkDataTranslation
{
    /// <summary>The file's text with <paramref name="versions"/> (language, hash, in the order to write them) recorded.</summary>
    public static string Edit(string text, IReadOnlyList<KeyValuePair<string, string>> versions)
    {
        var entry = $"{LoadChapters.TranslatedFromKey}: {{ {string.Join(", ", versions.Select(v => $"{v.Key}: {v.Value}"))} }}";
        var lines = MarkTranslation.LinesOf(text);
        for (var i = 0; i < lines.Count; i++)
        {
            if (!Content(text, lines[i]).StartsWith(LoadChapters.TranslatedFromKey + ":", StringComparison.Ordinal)) continue;
            var last = i;
            while (last + 1 < lines.Count && Content(text, lines[last + 1]) is [' ' or '\t', ..]) last++;
            var (start, _, _) = lines[i];
            var end = lines[last].Start + lines[last].Length;
            return text[..start] + entry + text[end..];
        }
        var at = 0;
        var newline = lines.Count > 0 && lines[0].Ending.Length > 0 ? lines[0].Ending : "\n";
        foreach (var line in lines)
        {
            var content = Content(text, line).TrimStart();
            // Past the comments and blank lines that open the file, and a '---' that starts its document.
            if (content.Length > 0 && content[0] != '#' && content.TrimEnd() != "---") break;
            if (line.Ending.Length == 0) return text + newline + entry + newline;
            at = line.Start + line.Length + line.Ending.Length;
        }
        return text[..at] + entry + newline + text[at..];
    }

    private static string Content(string text, (int Start, int Length, string Ending) line) => text.Substring(line.Start, line.Length);
}
