using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReportSite.Markdown.Directives;

/// <summary>Hands each text directive to its registered <see cref="IDirective"/>.</summary>
public sealed class DirectiveInlineRenderer(DirectiveRegistry registry) : HtmlObjectRenderer<DirectiveInline>
{
    protected override void Write(HtmlRenderer renderer, DirectiveInline inline)
    {
        // Validation ran before rendering (see RenderMarkdown), so the directive is known and well formed here.
        var directive = inline.Directive!;
        registry.Get(directive.Name)!.Render(directive, DirectiveContexts.Of(inline), renderer.Writer);
    }
}

/// <summary>Finds the page context RenderMarkdown attached to the document a directive belongs to.</summary>
internal static class DirectiveContexts
{
    public static DirectiveContext Of(MarkdownObject node)
    {
        Block? block = node switch
        {
            Block b => b,
            Inline i => Container(i)?.ParentBlock,
            _ => null,
        };
        while (block?.Parent is not null) block = block.Parent;
        return block?.GetData(typeof(DirectiveContext)) as DirectiveContext
            ?? throw new InvalidOperationException("Directives render only through RenderMarkdown, which supplies the page context.");
    }

    private static ContainerInline? Container(Inline inline)
    {
        var container = inline.Parent;
        while (container?.Parent is not null) container = container.Parent;
        return container;
    }
}
