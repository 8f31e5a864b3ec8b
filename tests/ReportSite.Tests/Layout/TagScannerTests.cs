using ReportSite.Checks;
using ReportSite.Layout;
using ReportSite.Pages;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Layout;

/// <summary>The reader of the theme's header and footer finds what a DOM would: links, ids, images and headings.</summary>
public sealed class TagScannerTests
{
    [Fact]
    public void Reads_attributes_however_they_are_quoted_and_decodes_character_references()
    {
        var facts = Scan("""<nav id=menu><a href="../a/?x=1&amp;y=2">A</a> <A HREF='../b/'>B</A> <a class=x href=../c/ >C</a> <a>no href</a></nav>""");

        Assert.Equal(["../a/?x=1&y=2", "../b/", "../c/"], facts.Links.Select(l => l.Href));
        Assert.Equal(["menu"], facts.Ids);
    }

    [Fact]
    public void Skips_comments_and_the_text_of_scripts_and_styles()
    {
        var facts = Scan("""<!-- <a href="commented/">x</a> --><script>if (a < b) document.write('<a href="scripted/">');</script><style>a[id=x]{}</style><a href="real/">r</a>""");

        Assert.Equal(["real/"], facts.Links.Select(l => l.Href));
        Assert.Empty(facts.Ids);
    }

    [Fact]
    public void Takes_images_with_or_without_alt_and_headings_with_their_words()
    {
        var facts = Scan("""<footer><img src="logo.svg" alt=""><img src="x.png"><h2 id="more">More &amp; <em>less</em></h2><h3>Next</h3></footer>""");

        Assert.Equal([new PageImage("logo.svg", true), new PageImage("x.png", false)], facts.Images);
        Assert.Equal([new PageHeading(2, "More & less"), new PageHeading(3, "Next")], facts.Headings);
        Assert.Equal(["more"], facts.Ids);
    }

    [Fact]
    public void A_heading_named_like_an_id_of_the_theme_gets_its_own_id()
    {
        using var site = FixtureSite.FromFile("mini");
        site.Write("-- chapters/02-green.en.md --\n---\ntitle: Green\n---\n\n## Main\n\n## Green operations\n\nText.\n");

        Assert.True(site.Build().Succeeded);

        // <main id="main"> is in the part of the page the theme wrote; the heading must not take its id.
        Assert.Contains("<h2 id=\"main-1\">Main", site.ReadOutput("en/green/index.html"));
    }

    private static PageFactsBuilder Scan(string html)
    {
        var facts = new PageFactsBuilder();
        TagScanner.Scan(html, 0, html.Length, facts);
        return facts;
    }
}
