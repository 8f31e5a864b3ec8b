using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace ReportSite.Markdown.CjkLineBreaks;

/// <summary>
/// Drops a soft line break between two CJK characters. Chinese has no spaces between words, but
/// browsers render a source line break as a space, so "数字化\n助手" would read "数字化 助手".
/// </summary>
public sealed class CjkLineBreakExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<LineBreakInlineRenderer>(new CjkLineBreakRenderer());
        }
    }

    private sealed class CjkLineBreakRenderer : LineBreakInlineRenderer
    {
        protected override void Write(HtmlRenderer renderer, LineBreakInline obj)
        {
            if (!obj.IsHard && IsCjk(LastChar(obj.PreviousSibling)) && IsCjk(FirstChar(obj.NextSibling)))
            {
                return;
            }
            base.Write(renderer, obj);
        }
    }

    private static char LastChar(Inline? inline) => inline is LiteralInline { Content.Length: > 0 } literal ? literal.Content[literal.Content.End] : '\0';

    private static char FirstChar(Inline? inline) => inline is LiteralInline { Content.Length: > 0 } literal ? literal.Content[literal.Content.Start] : '\0';

    /// <summary>Han ideographs, CJK punctuation, kana, Hangul and full-width forms.</summary>
    public static bool IsCjk(char c) =>
        c is >= '\u2E80' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF' or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFFEF';
}

/// <summary>Registration in Markdig's fluent style.</summary>
public static class CjkLineBreakExtensions
{
    public static MarkdownPipelineBuilder UseCjkLineBreaks(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<CjkLineBreakExtension>();
        return pipeline;
    }
}
