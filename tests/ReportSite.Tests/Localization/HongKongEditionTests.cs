using AngleSharp.Html.Parser;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Localization;

/// <summary>
/// A third edition switched on by adding zh-HK to site.yml's languages, with no theme edited: the built-in
/// theme's zh-HK words (Traditional characters, Hong Kong usage), its number conventions (萬, 億, HK$,
/// 人民幣), the language switch, hreflang and og:locale over three editions.
/// </summary>
public sealed class HongKongEditionTests
{
    private const string Report = """
        -- site.yml --
        languages: [zh-CN, en, zh-HK]
        baseUrl: https://example.org/report/
        year: 2018
        title: { zh-CN: 示例报告, en: Sample Report, zh-HK: 示例報告 }
        -- data/kpis.yml --
        kpis:
          - { id: giving.total, label: { zh-CN: 公益投入, en: Charitable giving, zh-HK: 公益投入 }, unit: currency, value: 123400000 }
          - { id: giving.hk, label: { zh-CN: 香港捐款, en: Giving in Hong Kong, zh-HK: 香港捐款 }, unit: currency, currency: HKD, value: 56000000 }
          - { id: staff.total, label: { zh-CN: 员工总数, en: Employees, zh-HK: 員工總數 }, unit: count, value: 38798 }
        -- chapters/01-planet.zh-CN.md --
        ---
        title: 地球
        ---

        投入 :kpi[giving.total]，香港 :kpi[giving.hk]，员工 :kpi[staff.total]。
        -- chapters/01-planet.en.md --
        ---
        title: Planet
        ---

        We gave :kpi[giving.total] and :kpi[giving.hk] with :kpi[staff.total].
        -- chapters/01-planet.zh-HK.md --
        ---
        title: 地球
        ---

        投入 :kpi[giving.total]，香港 :kpi[giving.hk]，員工 :kpi[staff.total]。
        -- chapters/02-people.zh-CN.md --
        ---
        title: 员工
        ---

        正文。
        -- chapters/02-people.en.md --
        ---
        title: People
        ---

        Text.
        """;

    [Fact]
    public void Adding_zh_HK_to_the_languages_publishes_a_Traditional_edition_with_Hong_Kong_figures()
    {
        using var site = new FixtureSite(Report);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        // The one warning: the chapter not yet translated, shown from the Chinese source with a notice.
        Assert.Equal("chapters/02-people.zh-HK.md", Assert.Single(result.Diagnostics).File);
        var parser = new HtmlParser();
        var chapter = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "zh-HK/planet/index.html")));
        Assert.Equal("zh-HK", chapter.DocumentElement.GetAttribute("lang"));
        Assert.Equal(["人民幣1.23億元", "HK$5,600萬", "3.88萬"], chapter.QuerySelectorAll("data.figure").Select(f => f.TextContent));
        Assert.Contains("目錄", chapter.QuerySelector("header")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("zh_HK", chapter.QuerySelector("meta[property='og:locale']")!.GetAttribute("content"));
        Assert.Equal(["zh_CN", "en_GB"], chapter.QuerySelectorAll("meta[property='og:locale:alternate']").Select(m => m.GetAttribute("content")));
        // Every edition names the other two, and itself, in the same way.
        foreach (var language in new[] { "zh-CN", "en", "zh-HK" })
        {
            var page = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, language, "planet/index.html")));
            Assert.Equal(["zh-CN", "en", "zh-HK", "x-default"], page.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("hreflang")));
            Assert.Equal("繁體中文", page.QuerySelector(".language-switch [lang='zh-HK']")!.TextContent);
        }
        var fallback = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "zh-HK/people/index.html")));
        Assert.Contains("本章尚未提供繁體中文版本", fallback.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("https://example.org/report/zh-HK/planet/", File.ReadAllText(Path.Combine(site.Output, "sitemap.xml")), StringComparison.Ordinal);
    }
}
