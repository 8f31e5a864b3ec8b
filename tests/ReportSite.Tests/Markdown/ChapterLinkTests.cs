using Markdig.Renderers;
using ReportSite.Diagnostics;
using ReportSite.Markdown;
using ReportSite.Markdown.Links;
using ReportSite.Markdown.Directives;
using ReportSite.Pages;

namespace ReportSite.Tests.Markdown;

/// <summary>Chapter links point at the chapter's page from the syntax tree, as the chapter renders.</summary>
public sealed class ChapterLinkTests
{
    private static (string Html, IReadOnlyList<SourceLink> Links) Render(string markdown)
    {
        var pipeline = MarkdownPipelineFactory.Create(DirectiveRegistry.Empty);
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        var links = ChapterPaths.Rewrite(document, "chapters/02-green.zh-CN.md", 4, "zh-CN/green/", new DiagnosticBag(), new HashSet<string> { "intro", "green" });
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(document);
        return (writer.ToString(), links);
    }

    [Fact]
    public void A_link_to_a_chapter_file_goes_to_its_page_with_the_anchor_as_written()
    {
        var (html, links) = Render("见[开篇](01-intro.zh-CN.md#我们的方法)与[英文](./01-intro.en.md)。\n\n<a href=\"01-intro.md#%E6%96%B9\">原文</a>\n");

        Assert.Contains("<a href=\"../intro/#我们的方法\">开篇</a>", html);
        Assert.Contains("<a href=\"../intro/\">英文</a>", html);
        Assert.Contains("<a href=\"../intro/#方\">原文</a>", html);
        Assert.Equal([("01-intro.zh-CN.md#我们的方法", "../intro/#我们的方法", 4), ("./01-intro.en.md", "../intro/", 4)], links.Take(2).Select(l => (l.Written, l.Href, l.Line)));
    }

    [Fact]
    public void A_link_to_a_file_no_chapter_has_keeps_its_file_name_for_the_link_check()
    {
        var (html, links) = Render("[Missing](09-missing.md#top)\n");

        Assert.Contains("<a href=\"09-missing.md#top\">Missing</a>", html);
        Assert.Equal("09-missing.md#top", links.Single().Href);
    }
}
