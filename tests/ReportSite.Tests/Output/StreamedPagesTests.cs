using ReportSite.Markdown.Directives;
using ReportSite.Pipeline;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Output;

/// <summary>
/// The command line's builds write each page as soon as it is laid out (BuildOptions.StreamPages), so
/// memory does not grow with the number of pages: the site must come out the same, and a build that fails
/// after its pages were written must still leave the previous output as it was.
/// </summary>
public sealed class StreamedPagesTests
{
    [Fact]
    public void A_streamed_build_writes_the_same_site_and_keeps_no_page_html_in_memory()
    {
        using var site = FixtureSite.FromFile("mini");
        using var streamed = new TempDir();
        Assert.True(site.Build().Succeeded);

        var result = Build(site, streamed.Path);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.All(result.Pages, page => Assert.Null(page.Html));
        var files = Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site.Output, f)).Order().ToList();
        Assert.Equal(files, Directory.GetFiles(streamed.Path, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(streamed.Path, f)).Order());
        Assert.All(files, file => Assert.Equal(File.ReadAllBytes(Path.Combine(site.Output, file)), File.ReadAllBytes(Path.Combine(streamed.Path, file))));
    }

    [Fact]
    public void A_streamed_build_that_fails_after_laying_out_pages_leaves_the_previous_output_and_no_half_site()
    {
        using var site = FixtureSite.FromFile("mini");
        Assert.True(Build(site, site.Output).Succeeded);
        var before = site.ReadOutput("zh-CN/index.html");

        // A broken link is found only after every page is laid out (and, streamed, written).
        site.Write("-- chapters/02-green.en.md --\n---\ntitle: Green\nsummary: Greener.\n---\n\nSee [the plan](../plan/).\n");
        var result = Build(site, site.Output);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("broken link", StringComparison.Ordinal));
        Assert.Equal(before, site.ReadOutput("zh-CN/index.html"));
        Assert.Single(Directory.GetDirectories(Path.GetDirectoryName(site.Output)!), d => d.StartsWith(site.Output, StringComparison.Ordinal));
    }

    private static ReportSite.Pipeline.BuildResult Build(FixtureSite site, string output) =>
        new SiteBuild(DirectiveRegistry.Empty).Run(new BuildOptions(site.Input, output, Repo.Theme) { StreamPages = true });
}
