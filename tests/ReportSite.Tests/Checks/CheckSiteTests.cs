using ReportSite.Checks;
using ReportSite.Diagnostics;
using ReportSite.Markdown.Directives;
using ReportSite.Pipeline;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Checks;

/// <summary>The site checker on built sites: the sample is clean; a copy broken on purpose shows every problem at its file and line.</summary>
public sealed class CheckSiteTests
{
    [Fact]
    public void The_sample_report_is_clean()
    {
        using var dir = new TempDir();
        var result = new SiteBuild(DirectiveRegistry.Empty).Run(new BuildOptions(Repo.SampleInput, dir.Path, Repo.Theme));
        Assert.True(result.Succeeded);

        Assert.Empty(Check(dir.Path));
    }

    [Fact]
    public void A_broken_copy_reports_each_problem_with_its_file_and_line()
    {
        using var site = FixtureSite.FromFile("mini");
        Assert.True(site.Build().Succeeded);
        Edit(site, "en/intro/index.html", html => html
            .Replace("<h2 id=\"our-approach\"", "<h4 id=\"our-approach\"").Replace("</h2>\n<p>A digital", "</h4>\n<p>A digital")
            .Replace("<p>For twenty years", "<p><img src=\"../../assets/missing.png\"> <a href=\"../green/#nowhere\">x</a> <a href=\"https://exa mple.org/\">y</a> <span id=\"main\"></span>For twenty years"));
        File.Delete(Path.Combine(site.Output, "zh-CN", "green", "index.html"));
        Edit(site, "en/index.html", html => html.Replace("href=\"green/\"", "href=\"intro/\""));
        Directory.CreateDirectory(Path.Combine(site.Output, "en", "orphan"));
        File.WriteAllText(Path.Combine(site.Output, "en", "orphan", "index.html"), "<!DOCTYPE html><html lang=\"en\"><title>Orphan</title><h1>Orphan</h1></html>");

        var problems = Check(site.Output).Select(p => p.ToString()).ToList();

        Assert.Contains("en/intro/index.html:85: 'Our approach' is an h4 after an h2; use h3 so no level is skipped.", problems);
        Assert.Contains(problems, p => p.StartsWith("en/intro/index.html:84: the image has no alt text;", StringComparison.Ordinal));
        Assert.Contains("en/intro/index.html:84: the image '../../assets/missing.png' is not in the site.", problems);
        Assert.Contains("en/intro/index.html:84: '../green/#nowhere': there is no element with id 'nowhere' on en/green/index.html.", problems);
        Assert.Contains("en/intro/index.html:84: 'https://exa mple.org/' is not a valid web address; write it in full, with https://.", problems);
        Assert.Contains("en/intro/index.html:84: id 'main' is used 2 times on this page; links to it reach only the first.", problems);
        Assert.Contains(problems, p => p.StartsWith("en/green/index.html:", StringComparison.Ordinal) && p.EndsWith("the zh-CN edition of this page (https://example.org/report/zh-CN/green/) is not in the site.", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("zh-CN/intro/index.html:", StringComparison.Ordinal) && p.Contains("'../green/' leads to no file in the site."));
        Assert.Contains("en/orphan/index.html: no link leads to this page from the entry page; link it from a chapter, the home page or a menu.", problems);
    }

    [Fact]
    public void An_image_address_is_judged_as_the_build_judges_it()
    {
        // check used to pass an image at a malformed web address, which the build reports.
        using var site = FixtureSite.FromFile("mini");
        Assert.True(site.Build().Succeeded);
        Edit(site, "en/intro/index.html", html => html
            .Replace("<p>For twenty years", "<p><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" alt=\"\"> <img src=\"https://exa mple.org/dot.png\" alt=\"\">For twenty years"));

        var problem = Assert.Single(Check(site.Output));

        Assert.Equal("en/intro/index.html:84: the image 'https://exa mple.org/dot.png' is not a valid web address; write it in full, with https://.", problem.ToString());
    }

    private static IReadOnlyList<Diagnostic> Check(string output)
    {
        var diagnostics = new DiagnosticBag();
        new CheckSite().Run(output, diagnostics);
        return diagnostics.Sorted();
    }

    private static void Edit(FixtureSite site, string page, Func<string, string> change)
    {
        var path = Path.Combine(site.Output, page);
        var before = File.ReadAllText(path);
        var after = change(before);
        Assert.NotEqual(before, after);
        File.WriteAllText(path, after);
    }
}
