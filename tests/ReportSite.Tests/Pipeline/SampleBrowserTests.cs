using Microsoft.Playwright;
using ReportSite.Markdown.Directives;
using ReportSite.Pipeline;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Pipeline;

/// <summary>
/// The built sample report in chromium, served on loopback: what only a browser shows. Every page type
/// in both languages loads without script errors, requests nothing beyond 127.0.0.1 and has no serious
/// or critical axe violation; the language switch keeps the page; menu and contents work; chart values
/// answer the mouse and the keyboard; print hides the site's chrome.
/// </summary>
[Collection(Browser.Collection)]
[Trait("Category", "Slow")]
public sealed class SampleBrowserTests : IClassFixture<SampleBrowserTests.ServedSample>
{
    private readonly ServedSample _sample;

    public SampleBrowserTests(ServedSample sample) => _sample = sample;

    public static TheoryData<string> PageTypes => new()
    {
        "", "zh-CN/", "en/", "zh-CN/government/", "en/people/", "zh-CN/standards/gri/", "en/standards/hkex-esg/",
        "zh-CN/about/", "en/about/", "zh-CN/data/", "en/data/", "zh-CN/feedback/", "en/feedback/", "en/feedback/thanks/",
        "zh-CN/search/?q=乡村振兴", "en/search/?q=data+centre",
    };

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task Every_page_type_loads_cleanly_stays_on_loopback_and_has_no_serious_accessibility_violation(string path)
    {
        var page = await _sample.NewPage(1280);
        var errors = new List<string>();
        var outside = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        page.PageError += (_, error) => errors.Add(error);
        page.Request += (_, request) => { if (new Uri(request.Url) is { Scheme: "http" or "https" } uri && uri.Host != "127.0.0.1") outside.Add(request.Url); };

        await page.GotoAsync(_sample.Url + path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Chromium.AssertAccessible(page, seriousOnly: true);

        Assert.Empty(errors);
        Assert.Empty(outside);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("zh-CN", 390, "乡村振兴", "zh-CN/government/#扶贫的腾讯路径")]
    [InlineData("en", 1280, "data centre energy", "en/environment/#a-low-energy-data-centre")]
    public async Task A_query_typed_into_search_finds_the_section_and_the_keyboard_opens_it(string language, int width, string query, string expected)
    {
        var page = await _sample.NewPage(width);
        await page.GotoAsync(_sample.Url + language + "/search/");

        await page.FillAsync("#search-query", query);
        var first = page.Locator(".search-result__link").First;
        await Assertions.Expect(first).ToBeVisibleAsync();
        Assert.True(await page.Locator(".search-result mark").CountAsync() > 0);
        await Chromium.KeepScreenshot(page, $"search-{language}-{width}");
        await page.PressAsync("#search-query", "ArrowDown");
        await Assertions.Expect(first).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync(url => Uri.UnescapeDataString(url) == _sample.Url + expected);
        await Assertions.Expect(page.Locator($"[id='{expected.Split('#')[1]}']")).ToBeInViewportAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Without_javascript_the_search_page_says_so_and_links_the_chapter_list()
    {
        var page = await _sample.NewPage(390, javaScript: false);
        await page.GotoAsync(_sample.Url + "en/search/");

        await Assertions.Expect(page.GetByText("Search works in the browser and needs JavaScript.")).ToBeVisibleAsync();
        await Chromium.KeepScreenshot(page, "search-en-390-no-js");
        await page.ClickAsync("main .notice a");
        await page.WaitForURLAsync(_sample.Url + "en/#chapters-title");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_language_switch_keeps_the_reader_on_the_same_page()
    {
        var page = await _sample.NewPage(390);
        await page.GotoAsync(_sample.Url + "en/people/");

        await page.ClickAsync(".language-switch a[hreflang=zh-CN]");

        await page.WaitForURLAsync(_sample.Url + "zh-CN/people/");
        Assert.Equal("zh-CN", await page.GetAttributeAsync("html", "lang"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_contents_menu_and_the_table_of_contents_take_the_reader_where_they_say()
    {
        var page = await _sample.NewPage(390);
        await page.GotoAsync(_sample.Url + "zh-CN/");

        await page.ClickAsync(".menu__toggle");
        await page.ClickAsync(".menu__panel a[href='environment/']");
        await page.WaitForURLAsync(_sample.Url + "zh-CN/environment/");
        var entry = page.Locator(".toc a").Nth(1);
        var target = Uri.UnescapeDataString((await entry.GetAttributeAsync("href"))!.TrimStart('#'));
        await entry.ClickAsync();

        Assert.EndsWith("#" + Uri.EscapeDataString(target), page.Url);
        await Assertions.Expect(page.Locator($"[id='{target}']")).ToBeInViewportAsync();
        await Chromium.KeepScreenshot(page, "sample-chapter-zh-390");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Chart_values_show_on_hover_and_from_the_keyboard()
    {
        var page = await _sample.NewPage(1280);
        await page.GotoAsync(_sample.Url + "en/government/");
        var plot = page.Locator(".chart__plot").First;
        var tip = plot.Locator(".chart-tip");

        await plot.Locator(".chart__wide [data-tip]").First.HoverAsync();
        await Assertions.Expect(tip).ToBeVisibleAsync();
        var hovered = await tip.TextContentAsync();
        Assert.False(string.IsNullOrWhiteSpace(hovered));

        await plot.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(tip).ToBeVisibleAsync();
        Assert.NotEqual(hovered, await tip.TextContentAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Print_hides_the_header_menu_and_contents()
    {
        var page = await _sample.NewPage(1280);
        await page.GotoAsync(_sample.Url + "zh-CN/society/");

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Microsoft.Playwright.Media.Print });

        await Assertions.Expect(page.Locator(".site-header")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".toc")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".chapter__title")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("en/", 360)]
    [InlineData("zh-CN/", 1280)]
    [InlineData("zh-CN/people/", 360)]
    [InlineData("en/people/", 1280)]
    [InlineData("zh-CN/standards/gri/", 360)]
    [InlineData("en/standards/gri/", 1280)]
    [InlineData("en/feedback/", 360)]
    [InlineData("zh-CN/feedback/", 1280)]
    public async Task Screenshots_for_people_to_look_at(string path, int width)
    {
        var page = await _sample.NewPage(width);
        await page.GotoAsync(_sample.Url + path);

        await Chromium.KeepScreenshot(page, $"sample-{path.Trim('/').Replace('/', '-')}-{width}");
        Assert.Equal(width, await page.EvaluateAsync<int>("document.documentElement.scrollWidth"));
        await page.Context.CloseAsync();
    }

    /// <summary>The sample built once, served on a loopback port, with one chromium for the class.</summary>
    public sealed class ServedSample : IAsyncLifetime
    {
        private readonly TempDir _dir = new();
        private StaticServer _server = null!;
        private IPlaywright _playwright = null!;
        private IBrowser _browser = null!;

        public string Url { get; private set; } = "";

        public async ValueTask InitializeAsync()
        {
            var result = new SiteBuild(DirectiveRegistry.Empty).Run(new BuildOptions(Repo.SampleInput, _dir.Path, Repo.Theme));
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            var port = StaticServer.FreePort();
            _server = new StaticServer(_dir.Path, port);
            Url = $"http://127.0.0.1:{port}/";
            (_playwright, _browser) = await Chromium.Launch();
        }

        public async Task<IPage> NewPage(int width, bool javaScript = true)
        {
            var context = await _browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 }, JavaScriptEnabled = javaScript });
            return await context.NewPageAsync();
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
