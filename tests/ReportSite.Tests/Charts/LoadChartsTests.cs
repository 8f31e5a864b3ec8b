using System.Text;
using ReportSite.Charts;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Charts;

/// <summary>Reading data/charts.yml against the KPIs, and the CSV written for each chart.</summary>
public sealed class LoadChartsTests
{
    private const string Kpis = """
        kpis:
          - { id: a.money, label: 资金, unit: currency, values: { 2017: 1, 2018: 2 } }
          - { id: a.share, label: 占比, unit: percent, values: { 2017: 10, 2018: -20 } }
          - { id: a.people, label: 人数, unit: count, categories: [ { label: 甲, value: 3 }, { label: "=乙", value: 4 } ] }
        """;

    [Theory]
    [InlineData("{ id: c, type: pie, title: 图, series: [a.money] }", "data/charts.yml:2: unknown chart type 'pie'; use one of bar, grouped-bar, stacked-bar, line, donut.")]
    [InlineData("{ id: c, type: barr, title: 图, series: [a.money] }", "data/charts.yml:2: unknown chart type 'barr' (did you mean 'bar'?); use one of bar, grouped-bar, stacked-bar, line, donut.")]
    [InlineData("{ id: c, type: bar, title: 图, series: [a.mony] }", "data/charts.yml:2: chart 'c': unknown KPI 'a.mony' (did you mean 'a.money'?); check the id, or define it in data/kpis.yml.")]
    [InlineData("{ id: c, type: line, title: 图, series: [a.money, a.share] }", "data/charts.yml:2: chart 'c' mixes 'a.money' (currency CNY) and 'a.share' (percent); a chart has one value axis, so draw them in separate charts.")]
    [InlineData("{ id: c, type: line, title: 图, series: [a.money, a.people] }", "data/charts.yml:2: chart 'c' mixes 'a.money' (currency CNY) and 'a.people' (number); a chart has one value axis, so draw them in separate charts.")]
    [InlineData("{ id: c, type: stacked-bar, title: 图, series: [a.share] }", "data/charts.yml:2: chart 'c': parts of a whole cannot be negative; use a bar or line chart.")]
    [InlineData("{ id: c, type: grouped-bar, title: 图, series: [a.money] }", "data/charts.yml:2: chart 'c': grouped and stacked bars compare several series; list more KPIs, or use type: bar.")]
    [InlineData("{ id: C_1, type: bar, title: 图, series: [a.money] }", "data/charts.yml:2: chart id 'C_1' may use only lower-case letters, digits and '-' (it names the files charts/C_1.svg and .csv).")]
    public void Mistakes_are_reported_at_the_chart(string chart, string expected)
    {
        var (_, diagnostics) = TestData.Charts(Kpis, $"charts:\n  - {chart}\n");

        Assert.Equal(expected, Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void Kpis_by_year_share_the_years_and_single_values_become_categories()
    {
        var (charts, diagnostics) = TestData.Charts(
            Kpis + "\n  - { id: b.one, label: { zh-CN: 一, en: One }, unit: count, value: 1 }\n  - { id: b.two, label: { zh-CN: 二, en: Two }, unit: count, value: 2 }\n",
            "charts:\n  - { id: years, type: line, title: 图, series: [a.money] }\n  - { id: slices, type: donut, title: 图, series: [b.one, b.two] }\n");

        Assert.Empty(diagnostics);
        Assert.Equal([2017, 2018], charts.Get("years")!.Categories.Select(c => c.Year!.Value));
        var slices = charts.Get("slices")!;
        Assert.Equal(["One", "Two"], slices.Categories.Select(c => c.Text("en")));
        Assert.Equal([1m, 2m], Assert.Single(slices.Series).Values.Select(v => v!.Value));
    }

    [Fact]
    public void Csv_opens_in_a_spreadsheet_with_chinese_intact_and_no_formulas()
    {
        var (charts, _) = TestData.Charts(Kpis, "charts:\n  - { id: c, type: donut, title: 图, series: [a.people] }\n");
        var theme = TestData.Theme;

        var bytes = ChartCsv.Write(charts.Get("c")!, "zh-CN", theme.Words.Numbers["zh-CN"], (key, args) => theme.Words.Word("zh-CN", key, args));

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));
        Assert.Equal("类别,人数\r\n甲,3\r\n'=乙,4\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void Csv_headers_carry_the_unit()
    {
        var (charts, _) = TestData.Charts(Kpis, "charts:\n  - { id: c, type: bar, title: 图, series: [a.money] }\n");
        var theme = TestData.Theme;

        var zh = ChartCsv.Write(charts.Get("c")!, "zh-CN", theme.Words.Numbers["zh-CN"], (key, args) => theme.Words.Word("zh-CN", key, args));
        var en = ChartCsv.Write(charts.Get("c")!, "en", theme.Words.Numbers["en"], (key, args) => theme.Words.Word("en", key, args));

        Assert.Equal("年份,资金（元）\r\n2017,1\r\n2018,2\r\n", Encoding.UTF8.GetString(zh[3..]));
        Assert.Equal("Year,资金 (RMB)\r\n2017,1\r\n2018,2\r\n", Encoding.UTF8.GetString(en[3..]));
    }
}
