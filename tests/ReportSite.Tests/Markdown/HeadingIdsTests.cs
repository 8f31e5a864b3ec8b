using Markdig.Renderers;
using ReportSite.Markdown;
using ReportSite.Markdown.Directives;
using ReportSite.Markdown.HeadingAnchors;
using ReportSite.Pages;

namespace ReportSite.Tests.Markdown;

/// <summary>Heading ids, their "#" links and the table of contents come from the syntax tree, before rendering.</summary>
public sealed class HeadingIdsTests
{
    private static (string Html, IReadOnlyList<TocEntry> Toc) Render(string markdown)
    {
        var pipeline = MarkdownPipelineFactory.Create(DirectiveRegistry.Empty);
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        var toc = HeadingIds.Assign(document);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(document);
        return (writer.ToString(), toc);
    }

    [Fact]
    public void Headings_get_GitHub_ids_and_a_hidden_anchor_link()
    {
        var (html, _) = Render("## Our *approach*\n\n### 甲：乙（丙）\n");

        Assert.Equal(
            "<h2 id=\"our-approach\">Our <em>approach</em><a class=\"heading-anchor\" href=\"#our-approach\" aria-hidden=\"true\" tabindex=\"-1\">#</a></h2>\n" +
            "<h3 id=\"甲乙丙\">甲：乙（丙）<a class=\"heading-anchor\" href=\"#甲乙丙\" aria-hidden=\"true\" tabindex=\"-1\">#</a></h3>\n",
            html);
    }

    [Fact]
    public void A_repeated_heading_and_one_taking_an_authors_id_get_a_number()
    {
        var (_, toc) = Render("## 案例\n\n## 案例\n\n<div id=\"data\"></div>\n\n## Data\n\n## Named {#data-2}\n");

        Assert.Equal(["案例", "案例-1", "data-1", "data-2"], toc.Select(h => h.Id));
    }

    [Fact]
    public void The_table_of_contents_lists_h2_and_h3_in_order_with_their_words()
    {
        var (html, toc) = Render("# Title\n\n## One `code` &amp; more\n\n### Two [linked](https://example.org)\n\n#### Three\n");

        Assert.Equal([new TocEntry(2, "one-code--more", "One code & more"), new TocEntry(3, "two-linked", "Two linked")], toc);
        Assert.Contains("<h1>Title</h1>", html);
        Assert.Contains("<h4>Three</h4>", html);
    }

    [Fact]
    public void Tables_scroll_sideways_in_a_focusable_wrapper()
    {
        var (html, _) = Render("| A | B |\n|---|--:|\n| 1 | 2 |\n\nAfter.\n");

        Assert.StartsWith("<div class=\"table-wrap\" tabindex=\"0\"><table>\n<thead>", html);
        Assert.Contains("</tbody>\n</table></div>\n<p>After.</p>", html);
    }
}
