using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace ReportSite.Markdown.Tables;

/// <summary>
/// Writes each table as Markdig does, inside a wrapper that scrolls sideways, so a wide table on a
/// phone scrolls instead of stretching the page. The wrapper is focusable, so keyboard users can scroll it too.
/// </summary>
public sealed class WideTableRenderer : HtmlObjectRenderer<Table>
{
    private readonly HtmlTableRenderer _table = new();

    protected override void Write(HtmlRenderer renderer, Table table)
    {
        renderer.EnsureLine();
        // Markdig's renderer starts the table on a line of its own; it writes into its own buffer so the wrapper can hug it.
        var page = renderer.Writer;
        using var buffer = new StringWriter();
        renderer.Writer = buffer;
        try
        {
            _table.Write(renderer, table);
        }
        finally
        {
            renderer.Writer = page;
        }
        renderer.Write("<div class=\"table-wrap\" tabindex=\"0\">").Write(buffer.ToString().TrimEnd('\n')).WriteLine("</div>");
    }
}

/// <summary>Registers <see cref="WideTableRenderer"/> in place of Markdig's table renderer; comes after <c>UsePipeTables</c>.</summary>
public sealed class WideTableExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html) html.ObjectRenderers.ReplaceOrAdd<HtmlTableRenderer>(new WideTableRenderer());
    }
}
