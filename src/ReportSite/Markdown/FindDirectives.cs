using ReportSite.Content;
using ReportSite.Markdown.Directives;

namespace ReportSite.Markdown;

/// <summary>
/// The directives chapters use, found by parsing them without rendering: for work that needs to know
/// where an item is placed but draws no page (the print kit). A full build has them from
/// <see cref="RenderMarkdown"/>, which parses each chapter the same way.
/// </summary>
public sealed class FindDirectives
{
    public IReadOnlyList<DirectiveUse> Run(IEnumerable<ChapterSource> chapters)
    {
        // Parsing reads any directive's syntax; which directives exist matters only for rendering.
        var pipeline = MarkdownPipelineFactory.Create(DirectiveRegistry.Empty);
        return chapters.AsParallel().AsOrdered()
            .SelectMany(chapter => DirectiveUses.In(Markdig.Markdown.Parse(chapter.Body, pipeline), chapter.File, chapter.BodyFirstLine))
            .ToList();
    }
}
