using Markdig.Renderers;
using Markdig.Syntax;
using Markdig;
using ReportSite.Caching;
using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Markdown.Directives;
using ReportSite.Pages;

namespace ReportSite.Markdown;

/// <summary>
/// Renders every chapter's Markdown to HTML, in parallel. Each source is rendered once, also when a
/// fallback page in another language shows it. Directive problems are reported with file and line.
/// With a <paramref name="memo"/> (the preview), an unchanged body is not rendered again; the memo's
/// context must change with anything directives read (data, theme, site). A directive whose theme
/// template fails is reported at the template's file and line.
/// </summary>
public sealed class RenderMarkdown(MarkdownPipeline pipeline, DirectiveRegistry directives, Memo<(string Body, int FirstLine), RenderedBody>? memo = null)
{
    public IReadOnlyList<Page> Run(IReadOnlyList<Page> pages, DiagnosticBag diagnostics)
    {
        var bodies = pages
            .Where(p => p.Source is not null)
            .Select(p => p.Source!)
            .DistinctBy(source => source.File)
            .AsParallel()
            .ToDictionary(source => source.File, source => memo is null
                ? Render(source, diagnostics)
                : memo.Get(source.File, (source.Body, source.BodyFirstLine), diagnostics, own => Render(source, own)));
        return pages.Select(p => p.Source is null ? p : p with { Body = bodies[p.Source.File].Html, SourceLinks = bodies[p.Source.File].Links }).ToList();
    }

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
        var links = ChapterPaths.ChapterPaths.Rewrite(document, source.File, source.BodyFirstLine, pageUrl, diagnostics);
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
        return new RenderedBody(writer.ToString(), links);
    }
}

/// <summary>A chapter's HTML and the addresses its author wrote in it.</summary>
public sealed record RenderedBody(string Html, IReadOnlyList<SourceLink> Links)
{
    public static readonly RenderedBody Empty = new("", []);
}
