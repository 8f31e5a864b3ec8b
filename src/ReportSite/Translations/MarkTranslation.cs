using ReportSite.Content;

namespace ReportSite.Translations;

/// <summary>
/// Writes a source's hash into a translation's front matter as <c>translated-from: …</c>: the existing
/// line's value replaced, or a new line added after <c>title:</c> (or, without a title, at the end of the
/// front matter). Every other byte of the file stays as it was, line endings included.
/// </summary>
public static class MarkTranslation
{
    /// <summary>The file's text with <paramref name="hash"/> recorded; null when it has no closed front matter.</summary>
    public static string? Edit(string text, string hash)
    {
        var lines = LinesOf(text);
        if (lines.Count == 0 || Content(text, lines[0]).TrimStart('\uFEFF').TrimEnd() != "---") return null;
        var entry = $"{LoadChapters.TranslatedFromKey}: {hash}";
        int? title = null;
        for (var i = 1; i < lines.Count; i++)
        {
            var content = Content(text, lines[i]);
            if (content.TrimEnd() is "---" or "...")
            {
                // After the title and any lines that continue its value (indented), else before the closing fence.
                var after = title is { } t ? t : i - 1;
                while (title is not null && after + 1 < i && Content(text, lines[after + 1]) is [' ' or '\t', ..]) after++;
                var (start, length, ending) = lines[after];
                var at = start + length + ending.Length;
                // A last front matter line without its line break (cannot happen before a fence) keeps the file's style.
                var newline = ending.Length > 0 ? ending : "\n";
                return text[..at] + entry + newline + text[at..];
            }
            if (content.StartsWith(LoadChapters.TranslatedFromKey + ":", StringComparison.Ordinal))
            {
                var (start, length, _) = lines[i];
                return text[..start] + entry + text[(start + length)..];
            }
            if (title is null && content.StartsWith("title:", StringComparison.Ordinal)) title = i;
        }
        return null;
    }

    private static string Content(string text, (int Start, int Length, string Ending) line) => text.Substring(line.Start, line.Length);

    /// <summary>Each line's start, length without its ending, and its ending ("\r\n", "\n" or "" at the end).</summary>
    internal static List<(int Start, int Length, string Ending)> LinesOf(string text)
    {
        var lines = new List<(int, int, string)>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) { lines.Add((start, text.Length - start, "")); break; }
            var crlf = end > start && text[end - 1] == '\r';
            lines.Add((start, end - start - (crlf ? 1 : 0), crlf ? "\r\n" : "\n"));
            start = end + 1;
        }
        return lines;
    }
}
