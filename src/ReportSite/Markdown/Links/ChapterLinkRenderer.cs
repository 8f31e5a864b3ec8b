using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace ReportSite.Markdown.Links;

/// <summary>
/// Writes a link <see cref="ChapterPaths"/> pointed at a chapter with its #anchor as written, the
/// heading's own words (<c>../green/#绿色运营</c>), not percent-encoded as Markdig writes other
/// addresses: the anchor is the heading's id, which the page writes the same way. Other links as Markdig does.
/// </summary>
public sealed class ChapterLinkRenderer : LinkInlineRenderer
{
    private static readonly object Key = new();

    /// <summary>Marks <paramref name="link"/> as a link to a chapter.</summary>
    public static void Mark(LinkInline link) => link.SetData(Key, true);

    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        if (link.IsImage || link.GetData(Key) is null || !renderer.EnableHtmlForInline)
        {
            base.Write(renderer, link);
            return;
        }
        renderer.Write("<a href=\"").WriteEscape(link.Url).Write('"').WriteAttributes(link);
        if (!string.IsNullOrEmpty(link.Title)) renderer.Write(" title=\"").WriteEscape(link.Title).Write('"');
        renderer.Write('>');
        renderer.WriteChildren(link);
        renderer.Write("</a>");
    }
}

/// <summary>Registers <see cref="ChapterLinkRenderer"/> in place of Markdig's link renderer.</summary>
public sealed class ChapterLinkExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html) html.ObjectRenderers.ReplaceOrAdd<LinkInlineRenderer>(new ChapterLinkRenderer());
    }
}
