using Markdig.Syntax;

namespace ReportSite.Markdown.Directives;

/// <summary>
/// A directive the Markdown parser found in a chapter: its name, its <c>id</c> attribute (null without
/// one), and the file and line that write it. What a feature needs to know of where its items are used
/// (the QR manifest's chapter column), and its label and attributes, for features whose directives name
/// their items there (<c>:kpi[weicun.villages]</c>, <c>::kpis{ids="a b"}</c>).
/// </summary>
public sealed record DirectiveUse(string Name, string? Id, string File, int Line)
{
    public string? Label { get; init; }

    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}

/// <summary>Reads the directives out of a parsed chapter.</summary>
public static class DirectiveUses
{
    /// <summary>Every well-formed directive in <paramref name="document"/>, in order, at its line of <paramref name="file"/>, whose body starts at <paramref name="firstLine"/>.</summary>
    public static IReadOnlyList<DirectiveUse> In(MarkdownDocument document, string file, int firstLine) =>
        document.Descendants()
            .Select(node => (node.Line, Directive: node switch
            {
                DirectiveBlock block => block.Directive,
                DirectiveInline inline => inline.Directive,
                _ => null,
            }))
            .Where(found => found.Directive is not null)
            .Select(found => new DirectiveUse(found.Directive!.Name, found.Directive["id"], file, firstLine + found.Line)
            {
                Label = found.Directive.Label,
                Attributes = found.Directive.Attributes,
            })
            .ToList();
}
