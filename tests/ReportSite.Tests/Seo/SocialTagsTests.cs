using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Seo;

/// <summary>
/// What search results and link previews show: a description on every page (the chapter's summary,
/// the site's description on home pages), Open Graph with the other languages' locales, and a large-image Twitter card
/// (the share image's own tags: ShareImagesSiteTests).
/// </summary>
public sealed class SocialTagsTests
{
    [Theory]
    [InlineData("zh-CN/intro/index.html", "开篇", "二十年的连接与责任。", "zh_CN", "en_GB")]
    [InlineData("en/intro/index.html", "Introduction", "Twenty years of connection and responsibility.", "en_GB", "zh_CN")]
    [InlineData("en/green/index.html", "Green", "Green operations and data centres.", "en_GB", "zh_CN")]
    [InlineData("zh-CN/index.html", "示例责任报告", "示例控股 2018 年责任报告网络版。", "zh_CN", "en_GB")]
    [InlineData("en/index.html", "Sample Responsibility Report", "The web edition of Example Holdings' 2018 responsibility report.", "en_GB", "zh_CN")]
    [InlineData("index.html", "示例责任报告", "示例控股 2018 年责任报告网络版。", "zh_CN", "en_GB")]
    public void Every_page_describes_itself_the_same_way_to_search_engines_and_link_previews(
        string path, string title, string description, string locale, string alternateLocale)
    {
        using var site = FixtureSite.FromFile("mini");
        site.Write($"-- site.yml --\n{File.ReadAllText(Path.Combine(site.Input, "site.yml"))}description:\n"
            + "  zh-CN: 示例控股 2018 年责任报告网络版。\n  en: \"The web edition of Example Holdings' 2018 responsibility report.\"\n");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = new HtmlParser().ParseDocument(site.ReadOutput(path));

        Assert.Equal(description, Meta(page, "name", "description"));
        Assert.Equal(description, Meta(page, "property", "og:description"));
        Assert.Equal(description, Meta(page, "name", "twitter:description"));
        Assert.Equal(title, Meta(page, "property", "og:title"));
        Assert.Equal(title, Meta(page, "name", "twitter:title"));
        Assert.Equal("summary_large_image", Meta(page, "name", "twitter:card"));
        Assert.Equal(locale, Meta(page, "property", "og:locale"));
        Assert.Equal([alternateLocale], page.QuerySelectorAll("meta[property='og:locale:alternate']").Select(m => m.GetAttribute("content")));
        Assert.Equal(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), Meta(page, "property", "og:url"));
    }

    private static string? Meta(IDocument page, string attribute, string name) =>
        page.QuerySelectorAll($"meta[{attribute}='{name}']").SingleOrDefault()?.GetAttribute("content");
}
