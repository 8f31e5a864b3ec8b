using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ReportSite.Markdown.Directives;
using ReportSite.Pipeline;
using ReportSite.Tests.Snapshots;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Pages;

/// <summary>
/// 404.html, the page static hosts serve for a missing address: once, in every language, kept out of
/// search engines, with links and stylesheets that work at whatever depth the host shows it.
/// </summary>
public sealed class NotFoundPageTests
{
    [Fact]
    public void Page()
    {
        using var site = Build();
        Snapshot.Verify(site.ReadOutput("404.html"));
    }

    [Fact]
    public void Is_written_once_at_the_root_and_kept_out_of_search_engines()
    {
        using var site = Build();
        var page = NotFoundPage(site);

        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Null(page.QuerySelector("link[rel=canonical]"));
        Assert.Empty(page.QuerySelectorAll("link[rel=alternate]"));
        Assert.DoesNotContain("404", site.ReadOutput("sitemap.xml"));
        Assert.Single(Directory.GetFiles(site.Output, "404.html", SearchOption.AllDirectories));
    }

    [Fact]
    public void Speaks_every_language_primary_first_each_with_its_heading_sentence_and_home_link()
    {
        using var site = Build();
        var page = NotFoundPage(site);

        Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("找不到这个页面 · 示例责任报告", page.Title);
        var notices = page.QuerySelectorAll("main section[lang]");
        Assert.Equal(["zh-CN", "en"], notices.Select(n => n.GetAttribute("lang")));
        Assert.Equal(["找不到这个页面", "Page not found"], notices.Select(n => n.QuerySelector("h1, h2")!.TextContent));
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.All(notices, n => Assert.False(string.IsNullOrWhiteSpace(n.QuerySelector("p.not-found__text")?.TextContent)));
        Assert.Equal(["/report/zh-CN/", "/report/en/"], notices.Select(n => n.QuerySelector("a")!.GetAttribute("href")));
        Assert.Null(page.QuerySelector(".language-switch"));
    }

    [Fact]
    public void Every_link_and_stylesheet_starts_at_the_site_root_and_exists()
    {
        using var site = Build();
        var page = NotFoundPage(site);

        var hrefs = page.QuerySelectorAll("a[href], link[href], script[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).ToList();
        Assert.Contains(hrefs, h => h.StartsWith("/report/theme/site.css?v=", StringComparison.Ordinal));
        foreach (var href in hrefs)
        {
            Assert.StartsWith("/report/", href, StringComparison.Ordinal);
            var path = href["/report/".Length..].Split('?')[0];
            Assert.True(site.OutputExists(path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path), href);
        }
    }

    [Fact]
    public void A_site_at_the_root_of_its_host_links_from_slash()
    {
        using var site = Build("https://example.org/");
        var page = NotFoundPage(site);

        Assert.Equal(["/zh-CN/", "/en/"], page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
        Assert.StartsWith("/theme/site.css?v=", page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
    }

    [Fact]
    public void A_relative_link_in_the_theme_s_not_found_layout_fails_the_build()
    {
        using var theme = new TempDir();
        var themePath = theme.CopyIn(Repo.Theme, "theme");
        var layout = Path.Combine(themePath, "layouts", "not-found.html");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("</main>", "<a href=\"zh-CN/\">home</a></main>"));
        using var site = FixtureSite.FromFile("mini");

        var result = new SiteBuild(DirectiveRegistry.Empty).Run(new BuildOptions(site.Input, site.Output, themePath));

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("theme (404.html)", error.File);
        Assert.StartsWith("broken link 'zh-CN/': the not-found page is shown at any missing address, at any depth, so a relative link breaks", error.Message);
    }

    private static FixtureSite Build(string? baseUrl = null)
    {
        var site = FixtureSite.FromFile("mini");
        if (baseUrl is not null)
        {
            site.Write($"-- site.yml --\n{File.ReadAllText(Path.Combine(site.Input, "site.yml")).Replace("https://example.org/report", baseUrl)}");
        }
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return site;
    }

    private static IDocument NotFoundPage(FixtureSite site) => new HtmlParser().ParseDocument(site.ReadOutput("404.html"));
}
