using Markdig;
using ReportSite.Markdown.Links;
using ReportSite.Markdown.CjkLineBreaks;
using ReportSite.Markdown.Directives;
using ReportSite.Markdown.HeadingAnchors;
using ReportSite.Markdown.Tables;

namespace ReportSite.Markdown;

/// <summary>The one Markdig pipeline a build uses, built once and shared by every page.</summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create(DirectiveRegistry directives) =>
        new MarkdownPipelineBuilder()
            .UseDirectives(directives)
            .UsePipeTables()
            .Use<WideTableExtension>()
            .Use<HeadingAnchorExtension>()
            .Use<ChapterLinkExtension>()
            .UseFootnotes()
            .UseAutoLinks()
            .UseCjkLineBreaks()
            // Generic attributes ({#id .class}) must come last: they attach to what the others parsed.
            .UseGenericAttributes()
            .Build();
}
