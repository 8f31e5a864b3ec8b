using ReportSite.Tests.Support;

namespace ReportSite.Tests.Markdown;

/// <summary>
/// Paths in a chapter are relative to the chapter's file, as Markdown editors, GitHub and VS Code
/// preview them: images, downloads and chapter links alike, in Markdown and in raw HTML.
/// </summary>
public sealed class ChapterPathsTests
{
    private const string Cover = "-- assets/cover.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n-- assets/report.pdf --\n%PDF-1.4\n";

    private static FixtureSite Site(string body)
    {
        var site = FixtureSite.FromFile("mini");
        site.Write(Cover + "-- chapters/02-green.en.md --\n---\ntitle: Green\n---\n\n## Green operations\n\n" + body + "\n");
        return site;
    }

    [Fact]
    public void Images_downloads_and_chapter_links_resolve_from_the_chapters_folder()
    {
        using var site = Site("""
            ![A network of dots](../assets/cover.svg)

            Download [the print edition](../assets/report.pdf), read [the introduction](./01-intro.md#our-approach) or [the same](../chapters/01-intro.md).

            <img src="../assets/cover.svg" alt="The cover again"> <a href="../assets/report.pdf">PDF</a>

            <figure>
            <img src='../assets/cover.svg' alt="In a figure">
            </figure>
            """);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var main = site.ReadMain("en/green/index.html");
        Assert.Contains("<img src=\"../../assets/cover.svg\" alt=\"A network of dots\">", main);
        Assert.Contains("<a href=\"../../assets/report.pdf\">the print edition</a>", main);
        Assert.Contains("<a href=\"../intro/#our-approach\">the introduction</a>", main);
        Assert.Contains("<a href=\"../intro/\">the same</a>", main);
        Assert.Contains("<img src=\"../../assets/cover.svg\" alt=\"The cover again\">", main);
        Assert.Contains("<a href=\"../../assets/report.pdf\">PDF</a>", main);
        Assert.Contains("<img src=\"../../assets/cover.svg\" alt=\"In a figure\">", main);
    }

    [Fact]
    public void A_path_written_from_the_page_says_it_leads_out_and_what_to_write()
    {
        using var site = Site("![A network of dots](../../assets/cover.svg)");

        var error = Assert.Single(site.Build().Diagnostics);

        Assert.Equal("chapters/02-green.en.md:7: image '../../assets/cover.svg' leads out of the report folder: a path in a chapter is relative to the chapter's file, in chapters/; for the report's assets/cover.svg, write '../assets/cover.svg'.", error.ToString());
    }

    [Fact]
    public void A_missing_file_names_the_file_it_tried_and_the_path_that_would_work()
    {
        using var site = Site("![A network of dots](assets/cover.svg)\n\nSee [the report](../assets/reprot.pdf).");

        var problems = string.Join("\n", site.Build().Diagnostics);

        Assert.Equal(string.Join("\n",
        [
            "chapters/02-green.en.md:7: missing image 'assets/cover.svg': the report has no file 'chapters/assets/cover.svg' (a path in a chapter is relative to the chapter's file); did you mean '../assets/cover.svg'?",
            "chapters/02-green.en.md:9: broken link '../assets/reprot.pdf': the report has no file 'assets/reprot.pdf' (a path in a chapter is relative to the chapter's file); did you mean '../assets/report.pdf'?",
        ]), problems);
    }

    [Fact]
    public void Each_occurrence_of_a_broken_path_is_reported_at_its_own_line()
    {
        using var site = Site("![Found](../assets/cover.svg)\n\n![Missing](assets/cover.svg)\n\nAgain: ![Missing](assets/cover.svg)");

        var lines = site.Build().Diagnostics.Select(d => (d.File, d.Line)).ToList();

        Assert.Equal([("chapters/02-green.en.md", 9), ("chapters/02-green.en.md", 11)], lines);
    }

    [Fact]
    public void A_broken_anchor_is_shown_as_written_with_the_closest_id()
    {
        using var site = FixtureSite.FromFile("mini");
        site.Write("-- chapters/02-green.zh-CN.md --\n---\ntitle: 绿色\n---\n\n## 绿色运营\n\n见[开篇](01-intro.md#我们的方式)。\n");

        var error = Assert.Single(site.Build().Diagnostics);

        Assert.Equal("chapters/02-green.zh-CN.md:7: broken link '01-intro.md#我们的方式': '#我们的方式' is not an id on /zh-CN/intro/ (did you mean '#我们的方法'?).", error.ToString());
    }

    [Fact]
    public void Headings_get_githubs_ids_and_repeated_ones_count_from_one()
    {
        using var site = FixtureSite.FromFile("mini");
        site.Write("-- chapters/02-green.zh-CN.md --\n---\ntitle: 绿色\n---\n\n## 绿色运营\n\n## 甲：乙（丙）\n\n正文。\n\n## 案例\n\n一。\n\n## 案例\n\n二。\n\n见[案例二](#案例-1)。\n");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var main = site.ReadMain("zh-CN/green/index.html");
        Assert.Contains("<h2 id=\"甲乙丙\">", main);
        Assert.Contains("<h2 id=\"案例\">", main);
        Assert.Contains("<h2 id=\"案例-1\">", main);
    }
}
