using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Pages;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Pages;

public sealed class ScaffoldChapterTests
{
    [Fact]
    public void A_new_chapter_gets_the_next_number_in_every_language_and_builds_into_the_contents()
    {
        using var site = FixtureSite.FromFile("mini");

        var (files, diagnostics) = Scaffold(site, "supply-chain");

        Assert.Empty(diagnostics);
        Assert.Equal(["chapters/03-supply-chain.zh-CN.md", "chapters/03-supply-chain.en.md"], files);
        Assert.Contains("\ntitle: Supply chain\nsummary: \n---\n", site.ReadInput("chapters/03-supply-chain.en.md"));
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("href=\"supply-chain/\"", site.ReadOutput("en/index.html"));
        Assert.DoesNotContain("Fill in the title", site.ReadOutput("en/supply-chain/index.html"));
    }

    [Theory]
    [InlineData("intro", "chapters/01-intro.en.md: chapter 'intro' already exists; open this file to edit it, or choose another name.")]
    [InlineData("feedback", "chapters: 'feedback/' is an address the site uses itself; choose another name, such as 'feedback-report'.")]
    [InlineData("Supply Chain", "chapters: 'Supply Chain' cannot name a chapter: use lower-case letters, digits and '-', such as 'supply-chain'; it becomes the address <language>/Supply Chain/.")]
    public void Nothing_is_written_for_a_name_that_is_taken_reserved_or_not_an_address(string slug, string expected)
    {
        using var site = FixtureSite.FromFile("mini");
        var before = Directory.GetFiles(Path.Combine(site.Input, "chapters")).Length;

        var (files, diagnostics) = Scaffold(site, slug);

        Assert.Empty(files);
        Assert.Equal(expected, Assert.Single(diagnostics).ToString());
        Assert.Equal(before, Directory.GetFiles(Path.Combine(site.Input, "chapters")).Length);
    }

    private static (IReadOnlyList<string> Files, IReadOnlyList<Diagnostic> Diagnostics) Scaffold(FixtureSite site, string slug)
    {
        var diagnostics = new DiagnosticBag();
        var config = new LoadSiteConfig().Run(site.Input, diagnostics)!;
        return (new ScaffoldChapter().Run(site.Input, config, slug, diagnostics), diagnostics.Sorted());
    }
}
