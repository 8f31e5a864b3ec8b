using System.Text;
using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportSite.Html;
using ReportSite.Pages;

namespace ReportSite.Markdown.HeadingAnchors;

/// <summary>
/// Gives each h2 and h3 of a chapter its id from the syntax tree, before rendering, the way Markdig's
/// AutoIdentifiers do but by GitHub's rule (<see cref="SlugSet"/>): a heading keeps an id its author
/// gave it (<c>{#id}</c>), and a made one skips every id the author wrote in the chapter. The headings,
/// in order, are the chapter's table of contents; <see cref="HeadingAnchorRenderer"/> writes their "#" links.
/// </summary>
public static partial class HeadingIds
{
    public static IReadOnlyList<TocEntry> Assign(MarkdownDocument document)
    {
        var nodes = document.Descendants().ToList();
        var slugs = new SlugSet(nodes.SelectMany(WrittenIds));
        var entries = new List<TocEntry>();
        foreach (var heading in nodes.OfType<HeadingBlock>().Where(h => h.Level is 2 or 3))
        {
            var text = Text(heading.Inline).Trim();
            var attributes = heading.GetAttributes();
            if (string.IsNullOrEmpty(attributes.Id)) attributes.Id = slugs.Add(text);
            entries.Add(new TocEntry(heading.Level, attributes.Id, text));
        }
        return entries;
    }

    /// <summary>Ids the author wrote: attributes (<c>{#id}</c>) and <c>id="…"</c> in raw HTML.</summary>
    private static IEnumerable<string> WrittenIds(MarkdownObject node)
    {
        if (node.TryGetAttributes()?.Id is { Length: > 0 } id) yield return id;
        var html = node switch
        {
            HtmlInline inline => inline.Tag,
            HtmlBlock block => block.Lines.ToString(),
            _ => null,
        };
        if (html is null) yield break;
        foreach (Match match in IdAttribute().Matches(html)) yield return System.Net.WebUtility.HtmlDecode(match.Groups["id"].Value);
    }

    /// <summary>The words a reader sees in a heading: its text without markup, as the browser's textContent has it.</summary>
    public static string Text(ContainerInline? inline)
    {
        var text = new StringBuilder();
        void Walk(Inline node)
        {
            switch (node)
            {
                case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
                case CodeInline code: text.Append(code.Content); break;
                case HtmlEntityInline entity: text.Append(entity.Transcoded.AsSpan()); break;
                case AutolinkInline link: text.Append(link.Url); break;
                case LineBreakInline: text.Append('\n'); break;
                case LinkInline { IsImage: true }: break;
                case ContainerInline container:
                    foreach (var child in container) Walk(child);
                    break;
            }
        }
        if (inline is not null) Walk(inline);
        return text.ToString();
    }

    [GeneratedRegex(@"\bid\s*=\s*(?<quote>[""'])(?<id>.*?)\k<quote>", RegexOptions.IgnoreCase)]
    private static partial Regex IdAttribute();
}
