using Markdig.Syntax.Inlines;

namespace ReportSite.Markdown.Directives;

/// <summary>A text directive inside a paragraph (<c>:kpi[id]{year=2017}</c>): parsed, or carrying why it could not be.</summary>
public sealed class DirectiveInline : LeafInline
{
    public Directive? Directive { get; init; }

    public string? Error { get; init; }

    /// <summary>The directive as written, for messages.</summary>
    public string Source { get; init; } = "";
}
