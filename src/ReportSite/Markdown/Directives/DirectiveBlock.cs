using Markdig.Parsers;
using Markdig.Syntax;

namespace ReportSite.Markdown.Directives;

/// <summary>A directive line in the Markdown syntax tree: either parsed, or carrying the reason it could not be.</summary>
public sealed class DirectiveBlock(BlockParser parser) : LeafBlock(parser)
{
    public Directive? Directive { get; init; }

    public string? Error { get; init; }

    /// <summary>The line as written, for messages.</summary>
    public string Source { get; init; } = "";
}
