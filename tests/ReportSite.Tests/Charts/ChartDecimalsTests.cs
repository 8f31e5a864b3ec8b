using System.Xml.Linq;
using ReportSite.Charts.Svg;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Charts;

/// <summary>The values written on one chart share one number of decimals: never "1" beside "1.28".</summary>
public sealed class ChartDecimalsTests
{
    [Theory]
    [MemberData(nameof(SvgChartRendererTests.Cases), MemberType = typeof(SvgChartRendererTests))]
    public void Values_on_one_chart_share_one_number_of_decimals(string id, string language, double width)
    {
        var svg = XDocument.Parse(SvgChartRenderer.Render(ChartFixture.Model(ChartFixture.Get(id), language), new ChartOptions(width)));

        var separator = TestData.Theme.Words.Numbers[language].DecimalSeparator;
        var decimals = SvgText.In(svg, "chart-values").Select(t => t.Value)
            .Select(v => v.Contains(separator) ? v[(v.IndexOf(separator, StringComparison.Ordinal) + separator.Length)..].TakeWhile(char.IsAsciiDigit).Count() : 0)
            .Distinct().ToList();
        Assert.True(decimals.Count <= 1, $"{id} mixes {string.Join(" and ", decimals)} decimals: {string.Join(" ", SvgText.In(svg, "chart-values").Select(t => t.Value))}");
    }

    [Fact]
    public void A_chart_writes_as_many_decimals_as_its_most_exact_value_needs()
    {
        var (charts, diagnostics) = TestData.Charts(
            "kpis:\n  - { id: m.funds, label: 资金, unit: currency, values: { 2016: 100000000, 2017: 128000000, 2018: 305000000 } }\n",
            "charts:\n  - { id: c, type: bar, title: 图, series: [m.funds] }\n");
        Assert.Empty(diagnostics);
        // 1亿, 1.28亿 and 3.05亿 in Chinese; RMB 100, 128 and 305 million in English need no decimals.
        Assert.Equal(["1.00", "1.28", "3.05"], ChartFixture.Model(charts.Get("c")!, "zh-CN").Series[0].Points.Select(p => p!.Short));
        Assert.Equal(["100", "128", "305"], ChartFixture.Model(charts.Get("c")!, "en").Series[0].Points.Select(p => p!.Short));
    }
}
