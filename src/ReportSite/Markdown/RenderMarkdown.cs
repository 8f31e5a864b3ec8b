using Markdig.Renderers;
using Markdig.Syntax;
using Markdig;
using ReportSite.Caching;
using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Markdown.Directives;
using ReportSite.Markdown.HeadingAnchors;
using ReportSite.Pages;

namespace ReportSite.Markdown;

/// <summary>
/// Renders a chapter's Markdown to HTML. Each source is rendered once, also when a fallback page in
/// another language shows it (<see cref="Sources"/>, <see cref="Into"/>). Directive problems are
/// reported with file and line; a directive whose theme template fails is reported at the template's
/// file and line. Headings get their ids and "#" links, chapter files their pages' links and tables
/// their wrapper from the syntax tree as it renders; the result keeps the table of contents and the
/// directives the parser found. Besides its source's body, rendering reads what directives read (data,
/// theme, site) and the <paramref name="chapters"/>' slugs, which chapter links point at.
/// </summary>
public sealed class RenderMarkdown(MarkdownPipeline pipeline, DirectiveRegistry directives, IReadOnlySet<string> chapters)
    : IItemWork<ChapterSource, (string Body, int FirstLine), RenderedBody>
{
    /// <summary>The chapter sources the pages show, each once.</summary>
    public static IReadOnlyList<ChapterSource> Sources(IReadOnlyList<Page> pages) =>
        pages.Where(p => p.Source is not null).Select(p => p.Source!).DistinctBy(source => source.File).ToList();

    /// <summary>The pages with the bodies rendered from their <paramref name="sources"/>.</summary>
    public static IReadOnlyList<Page> Into(IReadOnlyList<Page> pages, IReadOnlyList<ChapterSource> sources, IReadOnlyList<RenderedBody> bodies)
    {
        var byFile = sources.Zip(bodies).ToDictionary(s => s.First.File, s => s.Second, StringComparer.Ordinal);
        return pages.Select(p =>
        {
            if (p.Source is null) return p;
            var body = byFile[p.Source.File];
            return p with { Body = body.Html, SourceLinks = body.Links, Toc = body.Toc, Directives = body.Directives };
        }).ToList();
    }

    /// <summary>The slugs of the report's chapters, which chapter links may point at; every edition has every chapter.</summary>
    public static IReadOnlySet<string> ChapterSlugs(IReadOnlyList<Page> pages) =>
        pages.Where(p => p.Kind == PageKind.Chapter).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);

    public string Id(ChapterSource source) => source.File;

    /// <summary>The body and where it starts; the file's name, which says language and slug, is its <see cref="Id"/>.</summary>
    public (string Body, int FirstLine) Reads(ChapterSource source) => (source.Body, source.BodyFirstLine);

    public RenderedBody Make(ChapterSource source, DiagnosticBag diagnostics) => Render(source, diagnostics);

    private RenderedBody Render(ChapterSource source, DiagnosticBag diagnostics)
    {
        var document = Markdig.Markdown.Parse(source.Body, pipeline);
        var valid = true;
        foreach (var node in document.Descendants())
        {
            var problems = node switch
            {
                DirectiveBlock block => directives.Validate(block),
                DirectiveInline inline => directives.Validate(inline),
                _ => [],
            };
            foreach (var problem in problems)
            {
                diagnostics.Error(source.File, source.BodyFirstLine + node.Line, problem);
                valid = false;
            }
        }
        if (!valid) return RenderedBody.Empty;

        // A fallback page in another language lies at the same depth, so the links suit it too.
        var pageUrl = $"{source.Language}/{source.Slug}/";
        var links = Links.ChapterPaths.Rewrite(document, source.File, source.BodyFirstLine, pageUrl, diagnostics, chapters);
        var toc = HeadingIds.Assign(document);
        document.SetData(typeof(DirectiveContext), new DirectiveContext(source.Language, pageUrl));
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        try
        {
            renderer.Render(document);
        }
        catch (DiagnosticException e)
        {
            // A directive's theme template that cannot render: an error at the template's line, and no body.
            diagnostics.Add(e.Diagnostic);
            return RenderedBody.Empty;
        }
        return new RenderedBody(writer.ToString(), links, toc, DirectiveUses.In(document, source.File, source.BodyFirstLine));
    }
}

/// <summary>
/// A chapter's HTML, the addresses its author wrote in it, its h2 and h3 headings for the table of
/// contents, and the directives it uses.
/// </summary>
public sealed record RenderedBody(string Html, IReadOnlyList<SourceLink> Links, IReadOnlyList<TocEntry> Toc, IReadOnlyList<DirectiveUse> Directives)
{
    public static readonly RenderedBody Empty = new("", [], [], []);
}
