using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ReportSite.Diagnostics;
using ReportSite.Fonts;
using ReportSite.Tests.Support;
using SkiaSharp;

namespace ReportSite.Tests.Charts;

/// <summary>Whole-site tests of chart pictures: the PNG and PDF of every chart in every language, their links, the cache, and the font rule.</summary>
public sealed class ChartPicturesSiteTests
{
    private static readonly string[] Charts = ["poverty-funding", "platform-gains", "insurance-grouped", "insurance-stacked", "pue", "pue-sites", "education"];

    /// <summary>A machine with no font for the report's words.</summary>
    private sealed class NoFonts : IFontLookup
    {
        public string? FamilyFor(string text, IReadOnlyList<string> preferred) => null;
    }

    [Fact]
    public void Every_chart_in_every_language_is_published_as_png_and_pdf_and_the_page_links_them()
    {
        using var site = Site();
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        foreach (var id in Charts)
            foreach (var name in new[] { id, id + ".en" })
            {
                using var bitmap = SKBitmap.Decode(Path.Combine(site.Output, "charts", name + ".png"));
                Assert.Equal(1280, bitmap.Width);
                Assert.StartsWith("%PDF", File.ReadAllText(Path.Combine(site.Output, "charts", name + ".pdf")), StringComparison.Ordinal);
            }
        Assert.Equal(["../../charts/poverty-funding.csv", "../../charts/poverty-funding.svg", "../../charts/poverty-funding.png", "../../charts/poverty-funding.pdf"],
            Downloads(site, "zh-CN/green/index.html"));
        Assert.Equal(["../../charts/poverty-funding.en.csv", "../../charts/poverty-funding.en.svg", "../../charts/poverty-funding.en.png", "../../charts/poverty-funding.en.pdf"],
            Downloads(site, "en/green/index.html"));
    }

    [Fact]
    public void A_second_build_with_the_same_charts_draws_nothing_and_a_changed_chart_draws_only_itself()
    {
        using var site = Site();
        var first = site.Build();
        var second = site.Build();
        site.Write($"-- data/charts.yml --\n{site.ReadInput("data/charts.yml").Replace("title: { zh-CN: 数据中心 PUE, en: Data-centre PUE }", "title: { zh-CN: 数据中心 PUE, en: Data centre PUE }", StringComparison.Ordinal)}");
        var third = site.Build();

        Assert.True(first.Succeeded && second.Succeeded && third.Succeeded);
        Assert.Equal(Charts.Length * 2, first.ChartPicturesDrawn);
        Assert.Equal(0, second.ChartPicturesDrawn);
        Assert.Equal(1, third.ChartPicturesDrawn);
        Assert.Equal(Charts.Length * 2 * 2 + 2, Directory.GetFiles(Path.Combine(site.Input, ".cache", "charts")).Length);
    }

    [Fact]
    public void Without_a_font_the_build_warns_once_for_share_images_and_charts_and_links_no_pictures()
    {
        using var site = Site();
        var result = site.Build(new NoFonts());

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("site.yml: no font with Chinese characters found; share images and chart pictures (PNG, PDF) skipped; install fonts-noto-cjk (Debian: apt-get install fonts-noto-cjk), or put a font file that has them in the theme's fonts/ folder, and build again.", warning.ToString());
        Assert.Equal(["../../charts/poverty-funding.csv", "../../charts/poverty-funding.svg"], Downloads(site, "zh-CN/green/index.html"));
        Assert.Empty(Directory.GetFiles(Path.Combine(site.Output, "charts"), "*.p*"));
        Assert.False(Directory.Exists(Path.Combine(site.Input, ".cache", "charts")));
    }

    [Fact]
    public void A_font_file_in_the_theme_draws_the_pictures()
    {
        using var site = Site();
        Assert.True(site.BuildWithBuiltInTheme().Succeeded);
        var before = File.ReadAllBytes(Path.Combine(site.Output, "charts", "pue.png"));
        var share = OgImage(site, "zh-CN/green/index.html");
        Directory.CreateDirectory(Path.Combine(site.Input, "theme", "fonts"));
        File.Copy("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", Path.Combine(site.Input, "theme", "fonts", "brand.ttc"));

        var result = site.BuildWithBuiltInTheme();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.Equal(Charts.Length * 2, result.ChartPicturesDrawn);
        Assert.NotEqual(before, File.ReadAllBytes(Path.Combine(site.Output, "charts", "pue.png")));
        Assert.NotEqual(share, OgImage(site, "zh-CN/green/index.html"));
        Assert.False(File.Exists(Path.Combine(site.Output, "fonts", "brand.ttc")) || File.Exists(Path.Combine(site.Output, "theme", "fonts", "brand.ttc")), "the font is not published");
    }

    [Fact]
    public void A_file_in_the_theme_s_fonts_folder_that_is_no_font_fails_the_build_with_what_to_do()
    {
        using var site = Site();
        site.WriteFile("theme/fonts/brand.ttf", "not a font");

        var result = site.BuildWithBuiltInTheme();

        Assert.False(result.Succeeded);
        Assert.Contains("theme/fonts/brand.ttf: is not a font file the build can read; put a TrueType or OpenType font (.ttf, .otf, .ttc) that has the report's characters in the theme's fonts/ folder, or remove this file.",
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_theme_font_without_the_report_s_characters_gives_way_to_an_installed_one_with_a_warning()
    {
        using var site = Site();
        Directory.CreateDirectory(Path.Combine(site.Input, "theme", "fonts"));
        // Debian's fonts-dejavu-core (tests/install-tools.sh): Latin, Greek and Cyrillic, no Chinese.
        File.Copy("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", Path.Combine(site.Input, "theme", "fonts", "brand.ttf"));

        var result = site.BuildWithBuiltInTheme();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics);
        Assert.StartsWith("site.yml: theme/fonts/brand.ttf has no glyph for '", warning.ToString(), StringComparison.Ordinal);
        Assert.Contains("so share images and chart pictures (PNG, PDF) use the installed font 'Noto Sans CJK SC'", warning.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.Output, "charts", "pue.png")));
    }

    private static FixtureSite Site()
    {
        var site = FixtureSite.FromFile("mini");
        site.Write(File.ReadAllText(Path.Combine(Repo.Root, "tests", "ReportSite.Tests", "Fixtures", "figures.txtar")));
        return site;
    }

    private static IDocument Parse(FixtureSite site, string path) => new HtmlParser().ParseDocument(site.ReadOutput(path));

    private static List<string?> Downloads(FixtureSite site, string path) =>
        Parse(site, path).QuerySelectorAll("#chart-poverty-funding .chart__downloads a").Select(a => a.GetAttribute("href")).ToList();

    private static string? OgImage(FixtureSite site, string path) =>
        Parse(site, path).QuerySelector("meta[property='og:image']")?.GetAttribute("content");
}
