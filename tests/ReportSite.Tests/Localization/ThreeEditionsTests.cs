using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ReportSite.Pipeline;
using ReportSite.Search;
using ReportSite.Tests.Support;
using ReportSite.Tests.Translations;
using ReportSite.Translations;

namespace ReportSite.Tests.Localization;

/// <summary>
/// The three-editions fixture (zh-CN, en, zh-HK) built once: every page type in every edition, each
/// page naming the same page in the other two (hreflang both ways, the switcher), the untranslated
/// chapter's notice, Hong Kong figures and words, and search that finds either script from the other.
/// </summary>
public sealed class ThreeEditionsTests : IClassFixture<ThreeEditionsTests.Built>
{
    private static readonly string[] Languages = ["zh-CN", "en", "zh-HK"];

    private readonly Built _built;

    public ThreeEditionsTests(Built built) => _built = built;

    [Fact]
    public void The_only_warning_is_the_chapter_not_yet_in_Traditional_Chinese()
    {
        var warning = Assert.Single(_built.Result.Diagnostics);
        Assert.Equal("chapters/02-people.zh-HK.md", warning.File);
    }

    [Fact]
    public void Every_page_type_is_published_in_each_edition_in_its_language()
    {
        string[] pages = ["index.html", "green/index.html", "people/index.html", "about/index.html", "data/index.html",
            "feedback/index.html", "search/index.html", "standards/gri/index.html"];
        foreach (var language in Languages)
        {
            // The same pages in every edition, and no others.
            Assert.Equal(_built.Pages("zh-CN").Select(p => p[("zh-CN".Length + 1)..]), _built.Pages(language).Select(p => p[(language.Length + 1)..]));
            foreach (var page in pages)
            {
                Assert.Equal(language, _built.Page($"{language}/{page}").DocumentElement.GetAttribute("lang"));
            }
        }
        Assert.True(_built.Site.OutputExists("s/green-film/index.html"));
        Assert.Contains("zh-HK/", _built.Site.ReadOutput("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_names_itself_and_the_same_page_in_the_other_editions_and_they_name_it_back()
    {
        var root = new Uri("https://example.org/report/");
        foreach (var path in Languages.SelectMany(_built.Pages))
        {
            var page = _built.Page(path);
            var alternates = page.QuerySelectorAll("link[rel=alternate][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href")!);
            Assert.Equal(["zh-CN", "en", "zh-HK", "x-default"], alternates.Keys);
            var own = path[..path.IndexOf('/')];
            Assert.Equal(new Uri(root, path.Replace("index.html", "", StringComparison.Ordinal)).AbsoluteUri, alternates[own]);
            foreach (var language in Languages.Where(l => l != own))
            {
                var other = new Uri(alternates[language]).AbsolutePath["/report/".Length..] + "index.html";
                Assert.True(_built.Site.OutputExists(other), $"{path} names {other} for {language}, which is not there");
                Assert.Equal(alternates[own], _built.Page(other).QuerySelector($"link[rel=alternate][hreflang='{own}']")!.GetAttribute("href"));
                // The switcher leads to the same page, named in its own language.
                var link = (IHtmlAnchorElement)page.QuerySelector($".language-switch a[hreflang='{language}']")!;
                Assert.Equal(Path.GetFullPath(Path.Combine(_built.Site.Output, other)), Path.GetFullPath(Path.Combine(_built.Site.Output, Path.GetDirectoryName(path)!, link.GetAttribute("href")!, "index.html")));
            }
            Assert.Equal(["简体中文", "English", "繁體中文"], page.QuerySelectorAll(".language-switch li > *").Select(e => e.TextContent));
        }
    }

    [Fact]
    public void The_Hong_Kong_edition_reads_in_Traditional_characters_with_Hong_Kong_figures()
    {
        var chapter = _built.Page("zh-HK/green/index.html");
        var text = chapter.Body!.TextContent;
        Assert.Equal(["人民幣1.23億元", "HK$5,600萬", "3.88萬"], chapter.QuerySelectorAll("p data.figure").Select(f => f.TextContent).Take(3));
        foreach (var words in new[] { "更節能的數據中心", "公益投入逐年增長", "綠色數據中心", "首個綠色數據中心", "目錄" })
        {
            Assert.Contains(words, text, StringComparison.Ordinal);
        }
        Assert.NotNull(chapter.QuerySelector(".timeline[aria-label='大事記']"));
        // A currency named on its own: 人民幣 on the chart's axis, 港元 in the data table's unit column.
        Assert.Contains("單位：人民幣億元", text, StringComparison.Ordinal);
        var hongKongGiving = _built.Page("zh-HK/data/index.html").QuerySelectorAll("tr").Single(r => r.TextContent.Contains("香港捐款", StringComparison.Ordinal));
        Assert.Equal("港元", hongKongGiving.QuerySelector(".data-table__unit")!.TextContent.Trim());
        var fallback = _built.Page("zh-HK/people/index.html");
        Assert.Contains("本章尚未提供繁體中文版本", fallback.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("zh-CN", fallback.QuerySelector("main [lang]")?.GetAttribute("lang"));
        Assert.Contains("您對本報告的總體印象", _built.Page("zh-HK/feedback/index.html").Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("組織內部的能源消耗量", _built.Page("zh-HK/standards/gri/index.html").Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-HK", "数据", "green/#更節能的數據中心", "<mark>數據</mark>")] // typed in Simplified, found in Traditional
    [InlineData("zh-CN", "數據", "green/#更节能的数据中心", "<mark>数据</mark>")] // and the reverse
    [InlineData("zh-HK", "可持续发展", "green/#更節能的數據中心", "<mark>可持續發展</mark>")]
    [InlineData("zh-CN", "培訓", "people/#学习与发展", "<mark>培训</mark>")]
    [InlineData("zh-HK", "节", "green/#更節能的數據中心", "<mark>節</mark>")] // one character
    public void A_query_in_either_script_finds_and_marks_text_in_the_other(string language, string query, string url, string marked)
    {
        var result = SearchScript.Evaluate<string[]>(
            $"search(loader({JsonSerializer.Serialize(_built.Index(language))}), {JsonSerializer.Serialize(query)}).then((results) => [results[0].url, results[0].label + results[0].snippet])")!;

        Assert.Equal(url, result[0]);
        Assert.Contains(marked, result[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Each_index_carries_the_fold_table_as_JSON_with_its_source()
    {
        foreach (var language in Languages)
        {
            var bytes = File.ReadAllBytes(Path.Combine(_built.Index(language), "fold.json"));
            using var json = JsonDocument.Parse(bytes);

            Assert.Equal(string.Concat(HanFold.Each().Select(p => $"{p.From}{p.To}")), json.RootElement.GetProperty("pairs").GetString());
            Assert.StartsWith("OpenCC ", json.RootElement.GetProperty("source").GetString(), StringComparison.Ordinal);
            Assert.DoesNotContain("\\u", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal); // characters as UTF-8, not escaped
        }
    }

    [Fact]
    public void A_result_from_a_chapter_not_yet_translated_says_its_text_is_Simplified()
    {
        var langs = SearchScript.Evaluate<string?[]>(
            $"search(loader({JsonSerializer.Serialize(_built.Index("zh-HK"))}), '发展').then((results) => results.map((r) => `${{r.url}} ${{r.lang ?? ''}}`))")!;

        Assert.Contains("people/#学习与发展 zh-CN", langs);
        Assert.All(langs.Where(l => l!.StartsWith("green/", StringComparison.Ordinal)), l => Assert.EndsWith(" ", l));
    }

    [Fact]
    public void The_translations_report_gives_each_state_per_language()
    {
        using var site = FixtureSite.FromFile("three-editions");
        TranslationsSiteTests.Mark(site, "chapters/01-green.en.md", "chapters/01-green.zh-HK.md", "data/kpis.yml");
        var report = TranslationsSiteTests.Report(site);
        Assert.Equal(
            [("chapters/01-green.en.md", TranslationState.UpToDate), ("chapters/01-green.zh-HK.md", TranslationState.UpToDate),
             ("chapters/02-people.en.md", TranslationState.NotTracked), ("chapters/02-people.zh-HK.md", TranslationState.Missing)],
            report.Where(l => !l.Status.DataFile).Select(l => (l.Status.File, l.Status.State)));
        Assert.Equal([("en", TranslationState.UpToDate), ("zh-HK", TranslationState.UpToDate)], States(report, "data/kpis.yml"));
        Assert.Equal([("en", TranslationState.NotTracked), ("zh-HK", TranslationState.NotTracked)], States(report, "data/media.yml"));

        site.WriteFile("chapters/01-green.zh-CN.md", site.ReadInput("chapters/01-green.zh-CN.md").Replace("为目标", "为长期目标", StringComparison.Ordinal));
        site.WriteFile("data/kpis.yml", site.ReadInput("data/kpis.yml").Replace("zh-CN: 员工总数", "zh-CN: 员工人数", StringComparison.Ordinal));

        report = TranslationsSiteTests.Report(site);
        Assert.Equal([TranslationState.OutOfDate, TranslationState.OutOfDate], report.Where(l => l.Status.Slug == "green").Select(l => l.Status.State));
        Assert.Equal([("en", TranslationState.OutOfDate), ("zh-HK", TranslationState.OutOfDate)], States(report, "data/kpis.yml"));
        var warnings = site.Build().Diagnostics.Where(d => d.Message.Contains("out of date", StringComparison.Ordinal)).Select(d => d.File);
        Assert.Equal(["chapters/01-green.en.md", "chapters/01-green.zh-HK.md", "data/kpis.yml", "data/kpis.yml"], warnings.Order(StringComparer.Ordinal));
    }

    private static IEnumerable<(string Language, TranslationState State)> States(IReadOnlyList<TranslationReportLine> report, string file) =>
        report.Where(l => l.Status.File == file).Select(l => (l.Status.Language, l.Status.State));

    /// <summary>The fixture built once for the tests that only read it.</summary>
    public sealed class Built : IDisposable
    {
        private readonly HtmlParser _parser = new();

        public Built()
        {
            Site = FixtureSite.FromFile("three-editions");
            Result = Site.Build();
            Assert.True(Result.Succeeded, string.Join("\n", Result.Diagnostics));
        }

        public FixtureSite Site { get; }

        public BuildResult Result { get; }

        /// <summary>Every HTML page of the edition, as paths from the output folder (zh-HK/green/index.html), in order.</summary>
        public IReadOnlyList<string> Pages(string language) =>
            Directory.EnumerateFiles(Path.Combine(Site.Output, language), "*.html", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Site.Output, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
                .ToList();

        public IHtmlDocument Page(string path) => _parser.ParseDocument(Site.ReadOutput(path));

        public string Index(string language) => Path.Combine(Site.Output, language, BuildSearchIndex.Folder);

        public void Dispose() => Site.Dispose();
    }
}
