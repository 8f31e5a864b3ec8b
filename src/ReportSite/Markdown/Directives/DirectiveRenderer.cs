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
        renderer.EnsureLine();
        registry.Get(directive.Name)!.Render(directive, DirectiveContexts.Of(block), renderer.Writer);
        renderer.EnsureLine();
    }
}
