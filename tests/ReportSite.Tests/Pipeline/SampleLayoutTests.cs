using System.Text.Json;
using Microsoft.Playwright;
using ReportSite.Markdown.Directives;
using ReportSite.Pipeline;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Pipeline;

/// <summary>
/// The built sample report's layout in chromium at phone, tablet and desktop widths (360, 390, 768 and
/// 1280 px), every page it builds, both languages (issue 19): nothing sticks out sideways; a KPI card's
/// number and unit stay on one line; chapter text has no <c>text-justify: inter-character</c> and no
/// justified line spreads the letters of Latin words or digits; chart text is at least 12 px as drawn;
/// no option of the feedback form breaks inside a word. The checks themselves are in SampleLayout.js,
/// run in the page.
/// </summary>
[Collection(Browser.Collection)]
[Trait("Category", "Slow")]
public sealed class SampleLayoutTests : IClassFixture<SampleLayoutTests.ServedSample>
{
    private static readonly int[] Widths = [360, 390, 768, 1280];

    /// <summary>A missing address deep in the site: the host answers with 404.html.</summary>
    private const string NotFound = "en/no/such/page/";

    private static readonly string[] Languages = ["zh-CN", "en"];

    private static readonly string[] Chapters = ["letters", "approach", "governance", "government", "industry", "people", "society", "environment", "culture"];

    private static readonly string[] OtherPages = ["data/", "standards/gri/", "standards/hkex-esg/", "about/", "feedback/", "feedback/thanks/"];

    private readonly ServedSample _sample;

    public SampleLayoutTests(ServedSample sample) => _sample = sample;

    /// <summary>Every page the sample builds (its QR short links, which only redirect elsewhere, aside).</summary>
    public static IEnumerable<string> PagePaths =>
    [
        "",
        .. Languages.SelectMany(language => (IEnumerable<string>)
        [
            language + "/",
            .. Chapters.Select(chapter => $"{language}/{chapter}/"),
            .. OtherPages.Select(page => $"{language}/{page}"),
            $"{language}/search/?q={(language == "en" ? "data+centre" : "乡村振兴")}",
        ]),
        NotFound,
    ];

    public static IEnumerable<TheoryDataRow<string>> Pages => PagePaths.Select(path => new TheoryDataRow<string>(path));

    [Fact]
    public void The_pages_checked_are_every_page_the_sample_builds()
    {
        var built = Directory.EnumerateFiles(_sample.Site, "index.html", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(_sample.Site, Path.GetDirectoryName(file)!).Replace('\\', '/'))
            .Select(folder => folder == "." ? "" : folder + "/")
            .Where(folder => !folder.StartsWith("s/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        var checkedPages = PagePaths.Where(path => path != NotFound).Select(path => path.Split('?')[0]).Order(StringComparer.Ordinal);

        Assert.Equal(built, checkedPages);
        Assert.True(File.Exists(Path.Combine(_sample.Site, "404.html")));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_page_fits_phones_tablets_and_desktops_and_sets_its_text_figures_charts_and_options_well(string path)
    {
        var results = await Task.WhenAll(Widths.Select(width => _sample.Check(path, width))).WaitAsync(TestContext.Current.CancellationToken);

        // A check that found nothing to look at proves nothing: the pages known to have KPI cards,
        // charts or options must show them at every width (so a renamed class cannot silence a check).
        var page = path.Split('?')[0];
        if (page is "zh-CN/" or "en/" || page.EndsWith("/government/", StringComparison.Ordinal))
            Assert.All(results, result => Assert.True(result.KpiFigures > 0, $"{Name(path)} at {result.Width} px: no KPI card figure (.kpi-figure) to check"));
        if (page.EndsWith("/government/", StringComparison.Ordinal) || page.EndsWith("/people/", StringComparison.Ordinal))
            Assert.All(results, result => Assert.True(result.ChartTexts > 0, $"{Name(path)} at {result.Width} px: no chart text ([data-chart] svg text) to check"));
        if (page.EndsWith("/feedback/", StringComparison.Ordinal))
            Assert.All(results, result => Assert.True(result.Options > 10, $"{Name(path)} at {result.Width} px: no form options (.choice) to check"));
        var problems = results.SelectMany(result => result.Problems).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>How a failure names the page: its path, which says its language (the entry page and 404 page hold both).</summary>
    private static string Name(string path) => path switch
    {
        "" => "index.html (zh-CN and en)",
        NotFound => "404.html (zh-CN and en)",
        _ => path,
    };

    private static string ShotName(string path) => path switch
    {
        "" => "entry",
        NotFound => "not-found",
        _ => path.Split('?')[0].Trim('/').Replace('/', '-'),
    };

    public sealed record Result(int Width, List<string> Problems, int KpiFigures, int ChartTexts, int Options);

    /// <summary>The sample built once under /2018/ (the path of its base URL, so 404.html's links and stylesheet resolve), served on a loopback port, with one chromium for the class.</summary>
    public sealed class ServedSample : IAsyncLifetime
    {
        private readonly TempDir _dir = new();
        private StaticServer _server = null!;
        private IPlaywright _playwright = null!;
        private IBrowser _browser = null!;
        private string _script = "";

        public string Site => _dir.Combine("2018");

        public string Url { get; private set; } = "";

        public async ValueTask InitializeAsync()
        {
            var result = new SiteBuild(DirectiveRegistry.Empty).Run(new BuildOptions(Repo.SampleInput, Site, Repo.Theme));
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            _server = StaticServer.Start(_dir.Path, Path.Combine(Site, "404.html"));
            Url = $"http://127.0.0.1:{_server.Port}/2018/";
            _script = await File.ReadAllTextAsync(Path.Combine(Repo.Root, "tests", "ReportSite.Tests", "Pipeline", "SampleLayout.js"), TestContext.Current.CancellationToken);
            (_playwright, _browser) = await Chromium.Launch();
        }

        /// <summary>Loads the page in a fresh viewport of the width and runs the layout checks; problems are sentences naming page and width.</summary>
        public async Task<Result> Check(string path, int width)
        {
            await using var context = await _browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
            var page = await context.NewPageAsync();
            await page.GotoAsync(Url + path);
            if (path.Contains("/search/", StringComparison.Ordinal)) await page.Locator(".search-result").First.WaitForAsync();
            await page.EvaluateAsync("document.fonts.ready");
            var found = await page.EvaluateAsync<JsonElement>(_script);
            var problems = found.GetProperty("problems").EnumerateArray().Select(problem => $"{Name(path)} at {width} px: {problem.GetString()}").ToList();
            if (problems.Count > 0) await Chromium.KeepScreenshot(page, $"layout-{ShotName(path)}-{width}");
            return new Result(width, problems, found.GetProperty("kpiFigures").GetInt32(), found.GetProperty("chartTexts").GetInt32(), found.GetProperty("options").GetInt32());
        }

        public async ValueTask DisposeAsync()
        {
            await _browser.DisposeAsync();
            _playwright.Dispose();
            _server.Dispose();
            _dir.Dispose();
        }
    }
}
