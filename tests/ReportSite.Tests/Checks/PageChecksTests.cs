using ReportSite.Tests.Support;

namespace ReportSite.Tests.Checks;

/// <summary>
/// The checks every build runs on its finished pages (CheckLinks, CheckOutline): an author's mistake
/// fails the build at the chapter line that makes it, with what to do, and nothing is written.
/// </summary>
public sealed class PageChecksTests
{
    private const string Broken = """
        -- chapters/02-green.en.md --
        ---
        title: Green
        ---

        ## Green operations

        ![Solar panels on the roof](../assets/solar.jpg)

        <img src="../assets/cover.svg">

        Read [the standard](https//www.globalreporting.org/) or [write to us](mailto:).

        #### Targets

        # A second title

        <span id="note">One</span> and <span id="note">two</span>
        """;

    [Fact]
    public void Each_mistake_is_reported_at_its_chapter_line_and_nothing_is_written()
    {
        using var site = FixtureSite.FromFile("mini");
        site.Write(Broken.Replace("\n        ", "\n") + "\n-- assets/cover.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.False(Directory.Exists(site.Output));
        var problems = result.Diagnostics.Select(d => d.ToString()).ToList();
        Assert.Contains("chapters/02-green.en.md:7: missing image '../assets/solar.jpg': the report has no file 'assets/solar.jpg' (a path in a chapter is relative to the chapter's file); put the file in assets/ and write '../assets/solar.jpg'.", problems);
        Assert.Contains("chapters/02-green.en.md:9: image '../assets/cover.svg': the image has no alt text; describe it for readers who cannot see it (alt=\"\" only for decoration); in Markdown, write it as ![what it shows](../assets/cover.svg).", problems);
        Assert.Contains("chapters/02-green.en.md:11: broken link 'https//www.globalreporting.org/': it looks like a web address but is missing its 'https://'; write it in full.", problems);
        Assert.Contains("chapters/02-green.en.md:11: broken link 'mailto:': it has no e-mail address after 'mailto:'.", problems);
        Assert.Contains("chapters/02-green.en.md:13: 'Targets' is an h4 after an h2; use h3 so no level is skipped. The chapter's title is its h1: start sections at ## and go down one # at a time.", problems);
        Assert.Contains("chapters/02-green.en.md:15: the page has 2 h1 headings; it needs exactly one, its title. The chapter's title is its h1: start sections at ## and go down one # at a time.", problems);
        Assert.Contains("chapters/02-green.en.md:17: id 'note' is used 2 times on this page; links to it reach only the first; give each element its own id.", problems);
    }

    [Fact]
    public void A_web_address_with_a_space_is_caught_without_fetching_it()
    {
        using var site = FixtureSite.FromFile("mini");
        site.Write("-- chapters/02-green.en.md --\n---\ntitle: Green\n---\n\n## Green operations\n\nSee <a href=\"https://exa mple.org/\">the site</a>.\n");

        var error = Assert.Single(site.Build().Diagnostics);

        Assert.Equal("chapters/02-green.en.md:7: broken link 'https://exa mple.org/': it is not a valid web address; write it in full, with https://.", error.ToString());
    }
}
