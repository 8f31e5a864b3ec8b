using Markdig.Helpers;
using Markdig.Parsers;

namespace ReportSite.Markdown.Directives;

/// <summary>
/// Recognises a text directive, <c>:name[label]{attributes}</c>, inside running text. It needs a name
/// right after the colon and a '[' right after the name, and no Latin letter or digit before the colon (Chinese text may run right up to it), so
/// "note:[1]", "10:30" and "https://" stay ordinary text.
/// </summary>
public sealed class DirectiveInlineParser : InlineParser
{
    public DirectiveInlineParser()
    {
        OpeningCharacters = [':'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var before = slice.PeekCharExtra(-1);
        if (char.IsAsciiLetterOrDigit(before) || before == ':') return false;
        var text = slice.Text;
        var start = slice.Start;
        var position = start + 1;
        while (position <= slice.End && (char.IsAsciiLetterOrDigit(text[position]) || text[position] is '-' or '_')) position++;
        if (position == start + 1 || !char.IsAsciiLetter(text[start + 1]) || position > slice.End || text[position] != '[') return false;

        var end = Close(text, position, slice.End, '[', ']');
        if (end > 0 && end + 1 <= slice.End && text[end + 1] == '{') end = Close(text, end + 1, slice.End, '{', '}');
        var source = end > 0 ? text[start..(end + 1)] : text[start..(slice.End + 1)];
        var parsed = end > 0
            ? DirectiveSyntax.Parse(":" + source)
            : new DirectiveSyntax.Result(null, $"'{source}' is never closed; write :name[label] or :name[label]{{key=value}} on one line");

        processor.Inline = new DirectiveInline
        {
            Directive = parsed.Directive,
            Error = parsed.Error,
            Source = source,
            Line = processor.GetSourcePosition(start, out var line, out var column) >= 0 ? line : 0,
            Column = column,
            Span = new Markdig.Syntax.SourceSpan(start, start + source.Length - 1),
        };
        slice.Start = start + source.Length;
        return true;
    }

    /// <summary>The index of the bracket closing the one at <paramref name="open"/>, skipping quoted text; -1 if none on this line.</summary>
    private static int Close(string text, int open, int last, char opening, char closing)
    {
        char? quote = null;
        for (var i = open + 1; i <= last; i++)
        {
            var c = text[i];
            if (c == '\n') return -1;
            if (quote is not null) { if (c == quote) quote = null; continue; }
            if (opening == '{' && c is '"' or '\'') quote = c;
            else if (c == closing) return i;
        }
        return -1;
    }
}
