namespace ReportSite.Content;

/// <summary>Splits a Markdown file into its YAML front matter and its body.</summary>
public static class FrontMatter
{
    /// <summary>The parts of a file; <see cref="Yaml"/> is null when the file has no front matter.</summary>
    public readonly record struct Parts(string? Yaml, string Body, int BodyFirstLine, bool Unclosed);

    public static Parts Split(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        if (!IsFence(FirstLine(text, 0, out var next)))
        {
            return new Parts(null, text, 1, false);
        }
        var line = 2;
        for (var start = next; start < text.Length; line++)
        {
            var current = FirstLine(text, start, out next);
            if (IsFence(current) || current.TrimEnd().SequenceEqual("..."))
            {
                return new Parts(text[FirstLineEnd(text)..start], text[next..], line + 1, false);
            }
            start = next;
        }
        return new Parts(text[FirstLineEnd(text)..], "", line, true);
    }

    private static bool IsFence(ReadOnlySpan<char> line) => line.TrimEnd().SequenceEqual("---");

    private static int FirstLineEnd(string text) => text.IndexOf('\n') + 1;

    private static ReadOnlySpan<char> FirstLine(string text, int start, out int next)
    {
        var end = text.IndexOf('\n', start);
        next = end < 0 ? text.Length : end + 1;
        var line = text.AsSpan(start, (end < 0 ? text.Length : end) - start);
        return line.EndsWith("\r") ? line[..^1] : line;
    }
}
