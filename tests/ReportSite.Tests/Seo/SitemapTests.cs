using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Feedback;
using ReportSite.Pages;
using ReportSite.Seo;
using ReportSite.Tests.Snapshots;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Seo;

/// <summary>
/// sitemap.xml and robots.txt of a whole-site build: the sitemap keeps the sitemaps.org 0.9 rules,
/// lists exactly the pages search engines may index, and gives each the hreflang alternates its page declares.
/// </summary>
public sealed partial class SitemapTests
{
    private const string BaseUrl = "https://example.org/report/";
    private static readonly XNamespace Sm = RenderSitemap.Namespace;
    private static readonly XNamespace Xhtml = RenderSitemap.XhtmlNamespace;

    [Fact]
    public void Sitemap()
    {
        using var site = Build();
        Snapshot.Verify(site.ReadOutput("sitemap.xml"), "xml");
    }

    [Fact]
    public void Sitemap_keeps_the_protocol_rules()
    {
        using var site = Build();
        var bytes = File.ReadAllBytes(Path.Combine(site.Output, "sitemap.xml"));
        var sitemap = XDocument.Parse(site.ReadOutput("sitemap.xml"));

        Assert.InRange(bytes.Length, 1, 50 * 1024 * 1024);
        Assert.NotEqual(0xEF, bytes[0]);
        AssertUrlSet(sitemap);
    }

    [Fact]
    public void Sitemap_lists_every_indexable_page_of_both_languages_and_no_other()
    {
        using var site = Build();
        var listed = Locs(XDocument.Parse(site.ReadOutput("sitemap.xml")));

        var parser = new HtmlParser();
        var indexable = Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => (Path: Path.GetRelativePath(site.Output, f).Replace('\\', '/'), Html: parser.ParseDocument(File.ReadAllText(f))))
            .Where(p => p.Html.QuerySelector("meta[name=robots][content*=noindex]") is null)
            .Select(p => BaseUrl + (p.Path.EndsWith("index.html", StringComparison.Ordinal) ? p.Path[..^"index.html".Length] : p.Path))
            .Order(StringComparer.Ordinal);
        Assert.Equal(indexable, listed.Order(StringComparer.Ordinal));
        Assert.Contains(BaseUrl, listed);
        Assert.Contains(BaseUrl + "en/feedback/", listed);
        Assert.DoesNotContain(listed, l => l.Contains("thanks"));
        Assert.Equal(listed.Count, listed.Distinct().Count());
    }

    [Fact]
    public void Every_page_lists_the_same_reciprocal_alternates_as_its_html()
    {
        using var site = Build();
        var urls = XDocument.Parse(site.ReadOutput("sitemap.xml")).Root!.Elements(Sm + "url")
            .ToDictionary(u => u.Element(Sm + "loc")!.Value, Alternates);
        var parser = new HtmlParser();

        foreach (var (loc, alternates) in urls)
        {
            Assert.Equal(["en", "x-default", "zh-CN"], alternates.Keys.Order(StringComparer.Ordinal));
            Assert.Equal(BaseUrl, alternates["x-default"]);
            Assert.Contains(loc, alternates.Values);
            foreach (var href in alternates.Where(a => a.Key != "x-default").Select(a => a.Value))
            {
                Assert.True(urls.TryGetValue(href, out var twin), $"{loc}: alternate {href} is not in the sitemap");
                Assert.Equal(alternates.OrderBy(a => a.Key), twin.OrderBy(a => a.Key));
            }

            var html = parser.ParseDocument(site.ReadOutput(loc[BaseUrl.Length..] + "index.html"));
            var declared = html.QuerySelectorAll("link[rel=alternate][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href")!);
            Assert.Equal(declared.OrderBy(d => d.Key), alternates.OrderBy(a => a.Key));
            Assert.Equal(loc, html.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        }
    }

    [Fact]
    public void Urls_are_escaped_for_xml_and_as_uris()
    {
        using var site = FixtureSite.FromFile("mini");
        site.Write($"-- site.yml --\n{File.ReadAllText(Path.Combine(site.Input, "site.yml")).Replace("https://example.org/report", "https://example.org/r&d 报告")}");
        Assert.True(site.Build().Succeeded);

        var text = site.ReadOutput("sitemap.xml");
        Assert.Contains("<loc>https://example.org/r&amp;d%20%E6%8A%A5%E5%91%8A/en/</loc>", text);
        AssertUrlSet(XDocument.Parse(text), "https://example.org/r&d%20%E6%8A%A5%E5%91%8A/");
    }

    [Fact]
    public void A_site_too_large_for_one_sitemap_gets_an_index_of_numbered_sitemaps()
    {
        using var site = FixtureSite.FromFile("mini");
        var result = site.Build();
        var config = new LoadSiteConfig().Run(site.Input, new DiagnosticBag())!;
        var map = new SiteMap(config, result.Pages);

        var files = new RenderSitemap(maxUrlsPerFile: 3).Run(map);

        Assert.Equal(["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"], files.Select(f => f.OutputPath));
        var index = XDocument.Parse(System.Text.Encoding.UTF8.GetString(files[0].Content!));
        Assert.Equal(Sm + "sitemapindex", index.Root!.Name);
        Assert.Equal(files.Skip(1).Select(f => BaseUrl + f.OutputPath), index.Root.Elements(Sm + "sitemap").Select(s => s.Element(Sm + "loc")!.Value));
        var parts = files.Skip(1).Select(f => XDocument.Parse(System.Text.Encoding.UTF8.GetString(f.Content!))).ToList();
        parts.ForEach(p => AssertUrlSet(p));
        Assert.Equal(7, parts.SelectMany(Locs).Distinct().Count());
    }

    [Fact]
    public void Robots_txt_allows_everything_and_names_the_sitemap()
    {
        using var site = Build();

        Assert.Equal("User-agent: *\nAllow: /\n\nSitemap: https://example.org/report/sitemap.xml\n", site.ReadOutput("robots.txt"));
    }

    /// <summary>The sitemap 0.9 schema's rules for a urlset, and Google's for its xhtml:link alternates.</summary>
    private static void AssertUrlSet(XDocument sitemap, string baseUrl = BaseUrl)
    {
        var root = sitemap.Root!;
        Assert.Equal(Sm + "urlset", root.Name);
        Assert.All(root.Elements(), e => Assert.Equal(Sm + "url", e.Name));
        var urls = root.Elements(Sm + "url").ToList();
        Assert.InRange(urls.Count, 1, 50_000);
        foreach (var url in urls)
        {
            Assert.All(url.Elements().Where(e => e.Name.Namespace == Sm), e => Assert.Contains(e.Name.LocalName, new[] { "loc", "lastmod", "changefreq", "priority" }));
            Assert.All(url.Elements().Where(e => e.Name.Namespace != Sm), e => Assert.Equal(Xhtml + "link", e.Name));
            var loc = Assert.Single(url.Elements(Sm + "loc")).Value;
            Assert.InRange(loc.Length, 1, 2048);
            Assert.True(Uri.TryCreate(loc, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https", loc);
            Assert.StartsWith(baseUrl, loc, StringComparison.Ordinal);
            Assert.Equal(uri!.AbsoluteUri, loc);
            foreach (var link in url.Elements(Xhtml + "link"))
            {
                Assert.Equal("alternate", link.Attribute("rel")?.Value);
                Assert.Matches(HreflangPattern(), link.Attribute("hreflang")?.Value ?? "");
                var href = link.Attribute("href")?.Value ?? "";
                Assert.True(Uri.TryCreate(href, UriKind.Absolute, out var target) && target.Scheme is "http" or "https", href);
                Assert.StartsWith(baseUrl, href, StringComparison.Ordinal);
            }
        }
    }

    private static List<string> Locs(XDocument sitemap) =>
        sitemap.Root!.Elements(Sm + "url").Select(u => u.Element(Sm + "loc")!.Value).ToList();

    private static Dictionary<string, string> Alternates(XElement url) =>
        url.Elements(Xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);

    /// <summary>The mini report with a survey, so the feedback form (listed) and its thank-you page (noindex) exist.</summary>
    private static FixtureSite Build()
    {
        var site = FixtureSite.FromFile("mini");
        site.Write($"-- site.yml --\n{File.ReadAllText(Path.Combine(site.Input, "site.yml"))}contact:\n  email: csr@example.org\n");
        site.Write($"-- {LoadFeedbackForm.FileName} --\n" + File.ReadAllText(Path.Combine(Repo.SampleInput, LoadFeedbackForm.FileName)));
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return site;
    }

    /// <summary>A BCP 47 language tag (language, optional script and region) or x-default.</summary>
    [GeneratedRegex("^(x-default|[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?)$")]
    private static partial Regex HreflangPattern();
}
