using Markdig.Parsers;
using Markdig.Syntax;

namespace ReportSite.Markdown.Directives;

/// <summary>Recognises a line starting with <c>::</c> as a leaf-block directive.</summary>
public sealed class DirectiveBlockParser : BlockParser
{
    public DirectiveBlockParser()
    {
        OpeningCharacters = [':'];
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent) return BlockState.None;
        var line = processor.Line;
        if (line.PeekCharExtra(1) != ':') return BlockState.None;

        var text = line.ToString();
        var parsed = DirectiveSyntax.Parse(text);
        processor.NewBlocks.Push(new DirectiveBlock(this)
        {
            Directive = parsed.Directive,
            Error = parsed.Error,
            Source = text.Trim(),
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(line.Start, line.End),
        });
        return BlockState.BreakDiscard;
    }
}
