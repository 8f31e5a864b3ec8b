using Markdig;
using Markdig.Renderers;

namespace ReportSite.Markdown.Directives;

/// <summary>Adds leaf-block directives (<c>::name{…}</c>) and text directives (<c>:name[…]{…}</c>) to a Markdig pipeline.</summary>
public sealed class DirectiveExtension(DirectiveRegistry registry) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<DirectiveBlockParser>())
        {
            pipeline.BlockParsers.Insert(0, new DirectiveBlockParser());
        }
        if (!pipeline.InlineParsers.Contains<DirectiveInlineParser>())
        {
            pipeline.InlineParsers.Insert(0, new DirectiveInlineParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<DirectiveRenderer>())
        {
            html.ObjectRenderers.Insert(0, new DirectiveRenderer(registry));
        }
        if (renderer is HtmlRenderer inlineHtml && !inlineHtml.ObjectRenderers.Contains<DirectiveInlineRenderer>())
        {
            inlineHtml.ObjectRenderers.Insert(0, new DirectiveInlineRenderer(registry));
        }
    }
}

/// <summary>Registration in Markdig's fluent style.</summary>
public static class DirectiveExtensions
{
    public static MarkdownPipelineBuilder UseDirectives(this MarkdownPipelineBuilder pipeline, DirectiveRegistry registry)
    {
        pipeline.Extensions.ReplaceOrAdd<DirectiveExtension>(new DirectiveExtension(registry));
        return pipeline;
    }
}
