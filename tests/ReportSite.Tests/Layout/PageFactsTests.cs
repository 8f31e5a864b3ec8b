using ReportSite.Layout;
using ReportSite.Pages;

namespace ReportSite.Tests.Layout;

/// <summary>What the checks and search need of a page comes from laying it out, not from reading the finished page.</summary>
public sealed class PageFactsTests
{
    [Fact]
    public void Content_is_written_in_the_serializers_form_and_its_facts_collected()
    {
        var (html, facts) = PageFacts.OfContent(
            "<h1>Tencent&#39;s report</h1><div class=\"prose\" data-toc-content><h2 id=\"a\">A<a class=\"heading-anchor\" href=\"#a\">#</a></h2>" +
            "<p>Text <img src=\"x.svg\" alt=\"X\"></p><p>More<a href=\"../b/\">b</a></p><figure data-chart></figure></div>");

        Assert.Equal(
            "<h1>Tencent's report</h1><div class=\"prose\"><h2 id=\"a\">A<a class=\"heading-anchor\" href=\"#a\">#</a></h2>" +
            "<p>Text <img src=\"x.svg\" alt=\"X\"></p><p>More<a href=\"../b/\">b</a></p><figure data-chart=\"\"></figure></div>",
            html);
        Assert.Equal(["#a", "../b/"], facts.Links.Select(l => l.Href));
        Assert.Equal(["a"], facts.Ids);
        Assert.Equal([(1, "Tencent's report"), (2, "A")], facts.Headings.Select(h => (h.Level, h.Text)));
        Assert.Equal(("x.svg", true), (facts.Images[0].Src, facts.Images[0].HasAlt));
        Assert.Equal([("a", "A", "Text Moreb")], facts.Sections.Select(s => (s.Anchor, s.Heading, s.Text)));
    }

    [Fact]
    public void The_frames_facts_go_around_the_contents_and_the_menu_comes_from_the_model()
    {
        var (_, content) = PageFacts.OfContent("<h2 id=\"toc\">In the content</h2>");
        var frame = "<html><body><a href=\"#main\">Skip</a><header><h2>Before</h2></header><main id=\"main\">" + PageFacts.ContentToken +
            "</main><footer id=\"foot\"><h2>After</h2><img src=\"logo.svg\"></footer></body></html>";

        var facts = PageFacts.OfPage(frame, content, [new PageLink("../one/", "../one/"), new PageLink("../two/", "../two/")]);

        Assert.Equal(["Before", "In the content", "After"], facts.Headings.Select(h => h.Text));
        Assert.Equal(["../one/", "../two/", "#main"], facts.Links.Select(l => l.Href));
        Assert.Equal(["foot", "main", "toc"], facts.Ids.Order(StringComparer.Ordinal));
        Assert.False(facts.Images.Single().HasAlt);
    }
}
