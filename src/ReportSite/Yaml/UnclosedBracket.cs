namespace ReportSite.Yaml;

/// <summary>
/// Finds a flow list '[' or mapping '{' that is never closed. A YAML parser reads everything after such
/// a bracket as part of it and gives up far below, or without a position at all; the author needs the
/// line where the bracket opens. A bracket counts as unclosed when the text ends inside it, or when a
/// line at or left of its own line's indentation starts a new key or list item while it is open.
/// </summary>
public static class UnclosedBracket
{
    /// <summary>The 1-based line and the bracket of the outermost unclosed flow collection, or null.</summary>
    public static (int Line, char Bracket)? In(string text)
    {
        var open = new Stack<(char Bracket, int Line, int Indent)>();
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var blockTextIndent = -1;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var indent = line.Length - line.TrimStart(' ').Length;
            var content = line.Trim();
            if (content.Length == 0 || content[0] == '#') continue;
            if (blockTextIndent >= 0 && indent > blockTextIndent) continue;
            blockTextIndent = -1;
            if (open.Count > 0 && indent <= Outermost(open).Indent && StartsBlockEntry(content)) return (Outermost(open).Line, Outermost(open).Bracket);
            Scan(line, i + 1, indent, open);
            if (open.Count == 0 && EndsWithBlockText(content)) blockTextIndent = indent;
        }
        return open.Count > 0 ? (Outermost(open).Line, Outermost(open).Bracket) : null;
    }

    private static (char Bracket, int Line, int Indent) Outermost(Stack<(char Bracket, int Line, int Indent)> open) => open.Last();

    private static void Scan(string line, int number, int indent, Stack<(char Bracket, int Line, int Indent)> open)
    {
        var quote = '\0';
        for (var at = 0; at < line.Length; at++)
        {
            var c = line[at];
            if (quote != '\0')
            {
                if (c == '\\' && quote == '"') at++;
                else if (c == quote) quote = '\0';
                continue;
            }
            if (c == '#' && (at == 0 || line[at - 1] is ' ' or '\t')) return;
            if ((c is '"' or '\'') && StartsValue(line, at, open.Count > 0)) quote = c;
            else if ((c is '[' or '{') && (open.Count > 0 || StartsValue(line, at, inFlow: false))) open.Push((c, number, indent));
            else if (open.Count > 0 && (c is ']' or '}') && open.Peek().Bracket == (c == ']' ? '[' : '{')) open.Pop();
        }
    }

    /// <summary>
    /// Whether a bracket or quote at <paramref name="at"/> starts a value: in block text after "key: ",
    /// "- " or at the start of the line, so "Report [draft]" is plain text; inside a flow collection also
    /// after ',', '[' or '{' (every bracket there counts, since plain values cannot hold one).
    /// </summary>
    private static bool StartsValue(string line, int at, bool inFlow)
    {
        var before = line.AsSpan(0, at).TrimEnd(' ');
        if (inFlow && (before.Length == 0 || before[^1] is ',' or '[' or '{')) return true;
        return before.Length == 0 || before[^1] == '-' && (before.Length == 1 || before[^2] == ' ') || before[^1] == ':' && at > before.Length;
    }

    private static bool StartsBlockEntry(string content) =>
        content.StartsWith("- ", StringComparison.Ordinal) || content == "-" || KeyColon(content);

    private static bool KeyColon(string content)
    {
        var colon = content.IndexOf(':');
        return colon > 0 && (colon == content.Length - 1 || content[colon + 1] == ' ') && content.IndexOfAny(['{', '[', ',', '"', '\'']) is var other && (other < 0 || other > colon);
    }

    /// <summary>"key: |" or "key: >-" starts block text, whose more indented lines are taken as they are.</summary>
    private static bool EndsWithBlockText(string content)
    {
        var comment = content.IndexOf(" #", StringComparison.Ordinal);
        var value = (comment < 0 ? content : content[..comment]).TrimEnd();
        var last = value.LastIndexOf(' ');
        var indicator = last < 0 ? value : value[(last + 1)..];
        return indicator.Length > 0 && indicator[0] is '|' or '>' && indicator.Skip(1).All(ch => ch is '-' or '+' || char.IsDigit(ch)) && (last < 0 || value[last - 1] == ':' || value[..last].TrimEnd().EndsWith(':') || value[..last].TrimEnd().EndsWith('-'));
    }
}
