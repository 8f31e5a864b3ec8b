using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ReportSite.Markdown.Directives;
using ReportSite.Pipeline;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Pipeline;

/// <summary>
/// Builds the sample report in <c>input/</c> and checks the written files independently of the
/// build's own checks: every page in both languages, lang, switcher, hreflang, every link and anchor.
/// </summary>
public sealed class SampleReportTests : IClassFixture<SampleReportTests.BuiltSample>
{
    private readonly BuiltSample _sample;

    public SampleReportTests(BuiltSample sample) => _sample = sample;

    [Fact]
    public void Builds_without_errors_or_warnings()
    {
        Assert.True(_sample.Result.Succeeded, string.Join("\n", _sample.Result.Diagnostics));
        Assert.Empty(_sample.Result.Diagnostics);
    }

    [Fact]
    public void Every_chapter_is_published_in_both_languages_from_its_own_translation()
    {
        var chapters = Directory.GetFiles(Path.Combine(Repo.SampleInput, "chapters"), "*.md")
            .Select(f => Path.GetFileName(f).Split('.')[0]).Distinct().ToList();
        Assert.InRange(chapters.Count, 8, 12);
        foreach (var chapter in chapters)
        {
            var slug = chapter[(chapter.IndexOf('-') + 1)..];
            foreach (var language in new[] { "zh-CN", "en" })
            {
                var page = _sample.Page($"{language}/{slug}/index.html");
                Assert.Null(page.QuerySelector(".notice"));
                Assert.Equal(language, page.QuerySelector(".prose")!.GetAttribute("lang"));
                Assert.NotEmpty(page.QuerySelectorAll(".prose h2"));
            }
        }
    }

    [Fact]
    public void Every_page_declares_its_language_and_links_to_itself_in_the_other_language()
    {
        // Every edition page; the entry page, the not-found page and the short links (s/<id>/, redirects) are not in an edition.
        foreach (var (path, page) in _sample.Pages.Where(p => p.Key is not ("index.html" or "404.html") && !p.Key.StartsWith("s/", StringComparison.Ordinal)))
        {
            var language = path.Split('/')[0];
            var other = language == "zh-CN" ? "en" : "zh-CN";
            Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));

            var switcher = page.QuerySelector($".language-switch a[hreflang='{other}']");
            Assert.NotNull(switcher);
            Assert.Equal(other + path[language.Length..^"index.html".Length], Resolve(path, switcher!.GetAttribute("href")!));

            var alternates = page.QuerySelectorAll("link[rel=alternate][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href")!);
            Assert.Equal(["en", "x-default", "zh-CN"], alternates.Keys.Order(StringComparer.Ordinal));
            Assert.Equal(BaseUrl + path[..^"index.html".Length], alternates[language]);
            Assert.Equal(BaseUrl + other + path[language.Length..^"index.html".Length], alternates[other]);
            Assert.Equal(BaseUrl, alternates["x-default"]);
            Assert.Equal(alternates[language], page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        }
    }

    [Fact]
    public void Every_internal_link_and_anchor_resolves()
    {
        var checkedLinks = 0;
        foreach (var (path, page) in _sample.Pages)
        {
            foreach (var element in page.QuerySelectorAll("a[href], link[href], script[src], img[src]"))
            {
                var href = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (href.StartsWith("http", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.Ordinal)) continue;
                // Links from the host's root (the not-found page's, which work at any depth) start with baseUrl's path.
                if (href.StartsWith('/')) Assert.StartsWith(BasePath, href, StringComparison.Ordinal);
                var target = href.StartsWith('/')
                    ? Resolve("", href[BasePath.Length..].Split('#')[0].Split('?')[0])
                    : Resolve(path, href.Split('#')[0].Split('?')[0]);
                var file = target.Length == 0 || target.EndsWith('/') ? target + "index.html" : target;
                Assert.True(File.Exists(Path.Combine(_sample.Output, file)), $"{path}: '{href}' -> {file} does not exist");
                if (href.Contains('#'))
                {
                    var id = Uri.UnescapeDataString(href[(href.IndexOf('#') + 1)..]);
                    var targetPage = _sample.Pages.First(p => p.Key == file).Value;
                    Assert.True(targetPage.GetElementById(id) is not null, $"{path}: '{href}' -> no id '{id}' in {file}");
                }
                checkedLinks++;
            }
        }
        Assert.True(checkedLinks > 500, $"only {checkedLinks} links checked");
    }

    [Fact]
    public void The_entry_page_offers_both_editions_primary_first_without_redirecting()
    {
        var entry = _sample.Page("index.html");

        Assert.Equal("zh-CN", entry.DocumentElement.GetAttribute("lang"));
        Assert.Equal(["zh-CN/", "en/"], entry.QuerySelectorAll("main a.button").Select(a => a.GetAttribute("href")));
        Assert.Null(entry.QuerySelector("meta[http-equiv=refresh]"));
    }

    [Fact]
    public void Home_pages_list_every_chapter_in_order()
    {
        foreach (var language in new[] { "zh-CN", "en" })
        {
            var cards = _sample.Page($"{language}/index.html").QuerySelectorAll(".chapter-card__number").Select(n => n.TextContent).ToList();
            Assert.Equal(Enumerable.Range(1, cards.Count).Select(n => n.ToString("00", CultureInfo.InvariantCulture)), cards);
        }
    }

    private const string BaseUrl = "https://csr.example.com/2018/";

    private const string BasePath = "/2018/";

    [Theory]
    [InlineData("gri", "GRI")]
    [InlineData("hkex-esg", "HKEX")]
    public void Both_standards_indexes_list_every_catalogue_entry_in_both_languages_and_only_omissions_lack_a_location(string catalogue, string prefix)
    {
        var codes = System.Text.RegularExpressions.Regex.Matches(
                File.ReadAllText(Path.Combine(Repo.SampleInput, "data", "standards", catalogue + ".yml")), "code: \"([^\"]+)\"")
            .Select(m => $"{prefix} {m.Groups[1].Value}").ToList();
        Assert.True(codes.Count > 20, $"{catalogue} lists {codes.Count} disclosures");
        foreach (var language in new[] { "zh-CN", "en" })
        {
            var rows = _sample.Page($"{language}/standards/{catalogue}/index.html").QuerySelectorAll("tr[data-filter-row]");
            Assert.Equal(codes, rows.Select(r => r.QuerySelector("th")!.TextContent));
            Assert.All(rows, row => Assert.True(
                row.QuerySelector("a.standards-table__answer") is not null || row.HasAttribute("data-omitted"),
                $"{row.QuerySelector("th")!.TextContent} has neither a location nor an omission"));
        }
    }

    private static string Resolve(string fromFile, string href) =>
        ReportSite.Paths.UrlPath.Resolve(fromFile[..(fromFile.LastIndexOf('/') + 1)], href);

    /// <summary>The sample report, built once for all tests in this class.</summary>
    public sealed class BuiltSample : IDisposable
    {
        private readonly TempDir _dir = new();

        public BuiltSample()
        {
            Output = _dir.Combine("output");
            Result = new SiteBuild(DirectiveRegistry.Empty).Run(new BuildOptions(Repo.SampleInput, Output, Repo.Theme));
            var parser = new HtmlParser();
            Pages = Result.Succeeded
                ? Directory.GetFiles(Output, "*.html", SearchOption.AllDirectories)
                    .ToDictionary(f => Path.GetRelativePath(Output, f).Replace('\\', '/'), f => (IDocument)parser.ParseDocument(File.ReadAllText(f)))
                : [];
        }

        public string Output { get; }

        public BuildResult Result { get; }

        public IReadOnlyDictionary<string, IDocument> Pages { get; }

        public IDocument Page(string path) => Pages[path];

        public void Dispose() => _dir.Dispose();
    }
}
