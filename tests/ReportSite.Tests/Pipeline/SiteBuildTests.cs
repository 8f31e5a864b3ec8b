using AngleSharp.Html.Parser;
using ReportSite.Diagnostics;
using ReportSite.Markdown.Directives;
using ReportSite.Tests.Snapshots;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Pipeline;

/// <summary>Whole-site tests: build the tiny fixture report and look at the files it writes.</summary>
public sealed class SiteBuildTests
{
    [Fact]
    public void Builds_home_and_every_chapter_in_every_language()
    {
        using var site = FixtureSite.FromFile("mini");
        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        foreach (var path in new[] { "index.html", "zh-CN/index.html", "en/index.html", "zh-CN/intro/index.html", "en/intro/index.html", "zh-CN/green/index.html", "en/green/index.html", "en/search/index.html", "en/search-index/manifest.json", "theme/site.css", "theme/search.js" })
        {
            Assert.True(site.OutputExists(path), path);
        }
        Assert.Equal([("zh-CN", 4), ("en", 4)], result.PagesPerLanguage);
    }

    [Fact]
    public void Home_zh() => Snapshot.Verify(BuildMini("zh-CN/index.html"));

    [Fact]
    public void Home_en() => Snapshot.Verify(BuildMini("en/index.html"));

    [Fact]
    public void Chapter_zh() => Snapshot.Verify(BuildMini("zh-CN/intro/index.html"));

    [Fact]
    public void Chapter_en() => Snapshot.Verify(BuildMini("en/intro/index.html"));

    [Fact]
    public void Entry() => Snapshot.Verify(BuildMini("index.html"));

    [Fact]
    public void Headings_get_stable_unique_ids_and_a_table_of_contents()
    {
        var html = new HtmlParser().ParseDocument(BuildMini("zh-CN/green/index.html"));

        Assert.Equal(["绿色运营", "绿色运营-1"], html.QuerySelectorAll(".prose h2").Select(h => h.Id));
        Assert.Equal(["#绿色运营", "#绿色运营-1"], html.QuerySelectorAll(".toc a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Links_to_chapter_files_point_at_the_chapter_in_the_page_language()
    {
        var zh = new HtmlParser().ParseDocument(BuildMini("zh-CN/intro/index.html"));
        var en = new HtmlParser().ParseDocument(BuildMini("en/intro/index.html"));

        Assert.Equal("../green/#绿色运营", zh.QuerySelector(".prose h3 + p a")!.GetAttribute("href"));
        Assert.Equal("../green/#green-operations", en.QuerySelector(".prose h3 + p a")!.GetAttribute("href"));
    }

    [Fact]
    public void Missing_translation_is_published_from_the_primary_language_with_a_notice_and_a_warning()
    {
        using var site = FixtureSite.FromFile("mini");
        site.Delete("chapters/02-green.en.md");
        // The English heading id no longer exists once the chapter falls back to Chinese.
        site.Write("-- chapters/01-intro.en.md --\n---\ntitle: Introduction\n---\n\nSee [the green chapter](02-green.md).\n");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("chapters/02-green.en.md", warning.File);
        Assert.Contains("shows the zh-CN text of chapters/02-green.zh-CN.md", warning.Message);
        var page = new HtmlParser().ParseDocument(site.ReadOutput("en/green/index.html"));
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("This chapter has not been translated into English yet. The original text, in 简体中文, is shown below.", page.QuerySelector(".notice")!.TextContent);
        Assert.Equal("zh-CN", page.QuerySelector(".prose")!.GetAttribute("lang"));
        Assert.Equal("绿色", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Broken_yaml_fails_with_path_and_line_and_leaves_the_previous_output_untouched()
    {
        using var site = FixtureSite.FromFile("mini");
        Assert.True(site.Build().Succeeded);
        var before = site.ReadOutput("zh-CN/index.html");
        var writtenAt = File.GetLastWriteTimeUtc(Path.Combine(site.Output, "zh-CN/index.html"));

        site.Write("-- site.yml --\nlanguages: [zh-CN, en]\nbaseUrl: https://example.org/\ntitle:\n  zh-CN: 报告\n   en: Report\n");
        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("site.yml", error.File);
        Assert.Equal(5, error.Line);
        Assert.StartsWith("YAML syntax error", error.Message);
        Assert.Equal(before, site.ReadOutput("zh-CN/index.html"));
        Assert.Equal(writtenAt, File.GetLastWriteTimeUtc(Path.Combine(site.Output, "zh-CN/index.html")));
        Assert.Single(Directory.GetDirectories(Path.GetDirectoryName(site.Output)!), d => d.StartsWith(site.Output, StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_front_matter_is_reported_at_its_line_in_the_chapter()
    {
        using var site = FixtureSite.FromFile("mini");
        site.Write("-- chapters/02-green.en.md --\n---\ntitle: Green\nsummary: [unclosed\n---\n\nText.\n");

        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("chapters/02-green.en.md", error.File);
        Assert.InRange(error.Line, 3, 4);
    }

    [Fact]
    public void Missing_title_names_the_file_and_what_to_add()
    {
        using var site = FixtureSite.FromFile("mini");
        site.Write("-- chapters/02-green.en.md --\n---\nsummary: No title here.\n---\n\nText.\n");

        var error = Assert.Single(site.Build().Diagnostics);

        Assert.Equal("chapters/02-green.en.md:2: 'title' is missing; add 'title: …' between the '---' lines.", error.ToString());
    }

    [Fact]
    public void Unknown_directive_fails_the_build_at_its_line_with_a_suggestion()
    {
        using var site = FixtureSite.FromFile("mini");
        site.Write("-- chapters/02-green.en.md --\n---\ntitle: Green\n---\n\nIntro.\n\n::galery{id=energy}\n");

        var result = site.Build(DirectiveRegistry.Empty.With(new TestDirective("gallery")));

        Assert.False(result.Succeeded);
        Assert.Equal("chapters/02-green.en.md:7: unknown directive '::galery' (did you mean '::gallery'?); known: ::chart, ::gallery, ::kpis, ::scan, ::timeline.", Assert.Single(result.Diagnostics).ToString());
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Registered_directive_renders_in_the_page()
    {
        using var site = FixtureSite.FromFile("mini");
        site.Write("-- chapters/02-green.en.md --\n---\ntitle: Green\n---\n\n## Green operations\n\n::gallery{id=energy title=\"Power use\"}\n");

        var result = site.Build(DirectiveRegistry.Empty.With(new TestDirective("gallery")));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = new HtmlParser().ParseDocument(site.ReadOutput("en/green/index.html"));
        Assert.Equal("gallery en energy Power use", page.QuerySelector(".prose .test-directive")!.TextContent);
    }

    [Fact]
    public void Broken_link_in_a_chapter_is_reported_at_its_line()
    {
        using var site = FixtureSite.FromFile("mini");
        site.Write("-- chapters/02-green.en.md --\n---\ntitle: Green\n---\n\n## Green operations\n\nSee [the intro](01-intro.md#no-such-heading) and [a file](../assets/missing.pdf).\n");

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Equal(2, result.Diagnostics.Count);
        Assert.All(result.Diagnostics, d => Assert.Equal(("chapters/02-green.en.md", 7), (d.File, d.Line)));
        Assert.Contains(result.Diagnostics, d => d.Message.StartsWith("broken link '01-intro.md#no-such-heading': '#no-such-heading' is not an id on /en/intro/", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("the report has no file 'assets/missing.pdf'"));
    }

    [Fact]
    public void Chapter_without_a_primary_language_version_is_an_error()
    {
        using var site = FixtureSite.FromFile("mini");
        site.Write("-- chapters/03-extra.en.md --\n---\ntitle: Extra\n---\n\nOnly in English.\n");

        var error = Assert.Single(site.Build().Diagnostics);

        Assert.Equal("chapters/03-extra.en.md", error.File);
        Assert.Contains("Add chapters/03-extra.zh-CN.md", error.Message);
    }

    private static string BuildMini(string page)
    {
        using var site = FixtureSite.FromFile("mini");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return site.ReadOutput(page);
    }

    private sealed class TestDirective(string name) : IDirective
    {
        public string Name => name;

        public IEnumerable<string> Validate(Directive directive) =>
            directive["id"] is null ? ["'id' is missing; write id=…"] : [];

        public void Render(Directive directive, DirectiveContext context, TextWriter html) =>
            html.Write($"<p class=\"test-directive\">{name} {context.Language} {directive["id"]} {directive["title"]}</p>");
    }
}
