using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace ReportSite.Markdown.Directives;

/// <summary>Hands each directive block to its registered <see cref="IDirective"/>.</summary>
public sealed class DirectiveRenderer(DirectiveRegistry registry) : HtmlObjectRenderer<DirectiveBlock>
{
    protected override void Write(HtmlRenderer renderer, DirectiveBlock block)
    {
        // Validation ran before rendering (see RenderMarkdown), so the directive is known and well formed here.
        var directive = block.Directive!;
        var context = Root(block).GetData(typeof(DirectiveContext)) as DirectiveContext
            ?? throw new InvalidOperationException("Directives render only through RenderMarkdown, which supplies the page context.");
        renderer.EnsureLine();
        registry.Get(directive.Name)!.Render(directive, context, renderer.Writer);
        renderer.EnsureLine();
    }

    private static Markdig.Syntax.Block Root(Markdig.Syntax.Block block)
    {
        while (block.Parent is not null) block = block.Parent;
        return block;
    }
}
