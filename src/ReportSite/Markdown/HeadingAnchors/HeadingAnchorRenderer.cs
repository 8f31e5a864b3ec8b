using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using ReportSite.Html;

namespace ReportSite.Markdown.HeadingAnchors;

/// <summary>
/// Writes headings as Markdig does, and inside each h2 and h3 that has an id (see <see cref="HeadingIds"/>)
/// a "#" link to it, hidden from screen readers and the tab order, for readers who copy a section's address.
/// </summary>
public sealed class HeadingAnchorRenderer : HtmlObjectRenderer<HeadingBlock>
{
    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        var tag = "h" + Math.Clamp(heading.Level, 1, 6);
        renderer.Write('<').Write(tag).WriteAttributes(heading).Write('>');
        renderer.WriteLeafInline(heading);
        if (heading.Level is 2 or 3 && heading.TryGetAttributes()?.Id is { Length: > 0 } id)
        {
            renderer.Write("<a class=\"").Write(Headings.AnchorClass).Write("\" href=\"#").WriteEscape(id)
                .Write("\" aria-hidden=\"true\" tabindex=\"-1\">#</a>");
        }
        renderer.Write("</").Write(tag).WriteLine(">");
        renderer.EnsureLine();
    }
}

/// <summary>Registers <see cref="HeadingAnchorRenderer"/> in place of Markdig's heading renderer.</summary>
public sealed class HeadingAnchorExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html) html.ObjectRenderers.ReplaceOrAdd<HeadingRenderer>(new HeadingAnchorRenderer());
    }
}
