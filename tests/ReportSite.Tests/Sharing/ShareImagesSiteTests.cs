using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ReportSite.Diagnostics;
using ReportSite.Fonts;
using ReportSite.Tests.Support;
using SkiaSharp;

namespace ReportSite.Tests.Sharing;

/// <summary>Whole-site tests of share images: the tags each page names its image with, the files, the cache, and a machine without Chinese fonts.</summary>
public sealed class ShareImagesSiteTests
{
    /// <summary>A machine with no font for the report's words.</summary>
    private sealed class NoFonts : IFontLookup
    {
        public string? FamilyFor(string text, IReadOnlyList<string> preferred) => null;
    }

    [Theory]
    [InlineData("zh-CN/intro/index.html", "分享卡片：第 01 章“开篇”，示例责任报告")]
    [InlineData("en/intro/index.html", "Card reading Chapter 01, “Introduction”, from the Sample Responsibility Report")]
    [InlineData("en/index.html", "Card reading “Tech for Good”, from the Sample Responsibility Report")]
    public void Every_page_names_its_share_image_by_absolute_address_and_the_file_is_a_1200_by_630_png(string path, string alt)
    {
        using var site = FixtureSite.FromFile("mini");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = Parse(site, path);

        var src = Meta(page, "property", "og:image")!;
        Assert.StartsWith("https://example.org/report/share/", src, StringComparison.Ordinal);
        Assert.EndsWith(".png", src, StringComparison.Ordinal);
        Assert.Equal("1200", Meta(page, "property", "og:image:width"));
        Assert.Equal("630", Meta(page, "property", "og:image:height"));
        Assert.Equal(alt, Meta(page, "property", "og:image:alt"));
        Assert.Equal("summary_large_image", Meta(page, "name", "twitter:card"));
        Assert.Equal(src, Meta(page, "name", "twitter:image"));
        var file = Path.Combine(site.Output, src["https://example.org/report/".Length..]);
        using var bitmap = SKBitmap.Decode(file);
        Assert.Equal((1200, 630), (bitmap.Width, bitmap.Height));
    }

    [Fact]
    public void Identical_images_are_one_file_and_each_file_is_named_by_a_page()
    {
        using var site = FixtureSite.FromFile("mini");
        Assert.True(site.Build().Succeeded);
        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Select(p => Meta(new HtmlParser().ParseDocument(File.ReadAllText(p)), "property", "og:image"))
            .OfType<string>().ToList();

        // The entry page shows the primary language's home image: the same picture, so the same file.
        Assert.Equal(Meta(Parse(site, "index.html"), "property", "og:image"), Meta(Parse(site, "zh-CN/index.html"), "property", "og:image"));
        Assert.Equal(pages.Distinct().Order(StringComparer.Ordinal), Directory.EnumerateFiles(Path.Combine(site.Output, "share"))
            .Select(f => "https://example.org/report/share/" + Path.GetFileName(f)).Order(StringComparer.Ordinal));
        Assert.True(pages.Distinct().Count() < pages.Count);
    }

    [Fact]
    public void A_page_without_an_address_of_its_own_names_no_share_image()
    {
        using var site = FixtureSite.FromFile("mini");
        Assert.True(site.Build().Succeeded);
        var page = Parse(site, "404.html");

        Assert.Null(page.QuerySelector("link[rel=canonical]"));
        Assert.Null(Meta(page, "property", "og:image"));
        Assert.Equal("summary", Meta(page, "name", "twitter:card"));
    }

    [Fact]
    public void Without_a_font_for_the_words_the_build_warns_once_and_names_no_share_image()
    {
        using var site = FixtureSite.FromFile("mini");
        var result = site.Build(new NoFonts());

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("site.yml: no font with Chinese characters found; share images and chart pictures (PNG, PDF) skipped; install fonts-noto-cjk (Debian: apt-get install fonts-noto-cjk), or put a font file that has them in the theme's fonts/ folder, and build again.", warning.ToString());
        Assert.Null(Meta(Parse(site, "zh-CN/intro/index.html"), "property", "og:image"));
        Assert.Equal("summary", Meta(Parse(site, "zh-CN/intro/index.html"), "name", "twitter:card"));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "share")));
    }

    [Fact]
    public void Site_yml_can_turn_share_images_off()
    {
        using var site = FixtureSite.FromFile("mini");
        site.Write($"-- site.yml --\n{site.ReadInput("site.yml")}shareImages: false\n");
        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.Equal(0, result.ShareImagesDrawn);
        Assert.Null(Meta(Parse(site, "zh-CN/intro/index.html"), "property", "og:image"));
        Assert.Null(Meta(Parse(site, "index.html"), "property", "og:image"));
        Assert.Equal("summary", Meta(Parse(site, "en/index.html"), "name", "twitter:card"));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "share")));
        Assert.False(Directory.Exists(Path.Combine(site.Input, ".cache", "share")));
    }

    [Fact]
    public void A_second_build_with_the_same_titles_draws_nothing_and_a_new_title_draws_only_its_image_under_a_new_name()
    {
        using var site = FixtureSite.FromFile("mini");
        var first = site.Build();
        var before = Meta(Parse(site, "en/intro/index.html"), "property", "og:image");
        var second = site.Build();
        site.Write(site.ReadInput("chapters/01-intro.en.md").Replace("title: Introduction", "title: Opening", StringComparison.Ordinal) is var text
            ? $"-- chapters/01-intro.en.md --\n{text}" : "");
        var third = site.Build();

        Assert.True(first.ShareImagesDrawn > 5, $"drew {first.ShareImagesDrawn}");
        Assert.Equal(0, second.ShareImagesDrawn);
        Assert.Equal(1, third.ShareImagesDrawn);
        Assert.NotEqual(before, Meta(Parse(site, "en/intro/index.html"), "property", "og:image"));
        Assert.True(File.Exists(Path.Combine(site.Input, ".cache", "share", Path.GetFileName(before!))), "the cache keeps drawn images");
    }

    private static IDocument Parse(FixtureSite site, string path) => new HtmlParser().ParseDocument(site.ReadOutput(path));

    private static string? Meta(IDocument page, string attribute, string name) =>
        page.QuerySelectorAll($"meta[{attribute}='{name}']").SingleOrDefault()?.GetAttribute("content");
}
