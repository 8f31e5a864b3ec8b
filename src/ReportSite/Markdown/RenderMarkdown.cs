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
/// Renders every chapter's Markdown to HTML, in parallel. Each source is rendered once, also when a
/// fallback page in another language shows it. Directive problems are reported with file and line.
/// With a <paramref name="memo"/> (the preview), an unchanged body is not rendered again; the memo's
/// context must change with anything directives read (data, theme, site). A directive whose theme
/// template fails is reported at the template's file and line.
/// Headings get their ids and "#" links, chapter files their pages' links and tables their wrapper from
/// the syntax tree as it renders; the result keeps the table of contents and the directives the parser
/// found. The memo's context must change with the chapters' slugs too, which chapter links point at.
/// </summary>
public sealed class RenderMarkdown(MarkdownPipeline pipeline, DirectiveRegistry directives, Memo<(string Body, int FirstLine), RenderedBody>? memo = null)
{
    public IReadOnlyList<Page> Run(IReadOnlyList<Page> pages, DiagnosticBag diagnostics)
    {
        var chapters = ChapterSlugs(pages);
        var bodies = pages
            .Where(p => p.Source is not null)
            .Select(p => p.Source!)
            .DistinctBy(source => source.File)
            .AsParallel()
            .ToDictionary(source => source.File, source => memo is null
                ? Render(source, chapters, diagnostics)
                : memo.Get(source.File, (source.Body, source.BodyFirstLine), diagnostics, own => Render(source, chapters, own)));
        return pages.Select(p =>
        {
            if (p.Source is null) return p;
            var body = bodies[p.Source.File];
            return p with { Body = body.Html, SourceLinks = body.Links, Toc = body.Toc, Directives = body.Directives };
        }).ToList();
    }

    /// <summary>The slugs of the report's chapters, which chapter links may point at; every edition has every chapter.</summary>
    public static IReadOnlySet<string> ChapterSlugs(IReadOnlyList<Page> pages) =>
        pages.Where(p => p.Kind == PageKind.Chapter).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);

    private RenderedBody Render(ChapterSource source, IReadOnlySet<string> chapters, DiagnosticBag diagnostics)
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
        var links = ChapterPaths.ChapterPaths.Rewrite(document, source.File, source.BodyFirstLine, pageUrl, diagnostics, chapters);
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
