using ReportSite.Tests.Support;

namespace ReportSite.Tests.Theme;

/// <summary>The home page's cover picture, headline figures and downloads, all from site.yml.</summary>
public sealed class HomePageTests
{
    private const string Kpis = """
        -- data/kpis.yml --
        kpis:
          - id: villages
            label: { zh-CN: 加入为村的村庄, en: Villages on Weicun }
            unit: count
            word: { zh-CN: 个村庄, en: villages }
            value: 9849
            year: 2018
        -- assets/cover.svg --
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg>
        """;

    private const string Settings = """
        highlights: [villages]
        cover:
          image: assets/cover.svg
          alt: { zh-CN: 圆点组成的网络, en: A network of dots }
        downloads:
          - { title: { zh-CN: 报告印刷版（PDF）, en: Print edition (PDF) }, url: "https://example.org/report-2018.pdf", size: "8.6 MB", language: zh-CN }
        """;

    [Fact]
    public void The_home_page_shows_the_cover_picture_headline_figures_and_downloads_in_each_language()
    {
        using var site = Site(Settings);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var zh = site.ReadMain("zh-CN/index.html");
        Assert.Contains("<img class=\"cover__image\" src=\"../assets/cover.svg\" alt=\"圆点组成的网络\" width=\"10\" height=\"10\">", zh); // sized from its viewBox, so the page keeps its place
        Assert.Contains("<p class=\"cover__year\">", zh); // the fixture's title does not say its year
        Assert.Contains("<span class=\"kpi-number\">9849</span><span class=\"kpi-word\">个村庄</span></span>", zh);
        var en = site.ReadMain("en/index.html");
        Assert.Contains("alt=\"A network of dots\"", en);
        Assert.Contains("<span class=\"kpi-number\">9,849</span>", en);
        Assert.Contains("<a class=\"downloads__link\" href=\"https://example.org/report-2018.pdf\" hreflang=\"zh-CN\" download=\"\">Print edition (PDF)</a> <span class=\"downloads__meta\">8.6 MB</span> <span class=\"downloads__meta\" lang=\"zh-CN\">简体中文</span>", en);
    }

    [Theory]
    [InlineData("highlights: [vilages]\n", "site.yml:13: highlights: unknown KPI 'vilages' (did you mean 'villages'?); check the id, or define it in data/kpis.yml.")]
    [InlineData("cover:\n  image: assets/missing.jpg\n  alt: 封面\n", "site.yml:14: the cover image 'assets/missing.jpg' is not a file under assets/; put the picture in the report's assets/ folder and write its path as 'assets/cover.jpg'.")]
    public void Mistakes_in_the_home_page_settings_fail_at_their_line(string settings, string expected)
    {
        using var site = Site(settings);

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.ToString().StartsWith(expected, StringComparison.Ordinal));
    }

    private static FixtureSite Site(string settings)
    {
        var site = FixtureSite.FromFile("mini");
        site.Write(Kpis);
        site.Write($"-- site.yml --\n{site.ReadInput("site.yml")}{settings}");
        return site;
    }
}
