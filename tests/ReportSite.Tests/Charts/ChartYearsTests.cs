using System.Text;
using System.Xml.Linq;
using ReportSite.Charts;
using ReportSite.Charts.Svg;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Charts;

/// <summary>Every chart over years lists each year of its range; a year without a value is a gap.</summary>
public sealed class ChartYearsTests
{
    private const string Kpis = """
        kpis:
          - { id: a.raised, label: { zh-CN: 捐款, en: Raised }, unit: count, values: { 2015: 10, 2016: 20, 2018: 40 } }
          - { id: a.matched, label: { zh-CN: 配捐, en: Matched }, unit: count, values: { 2015: 5, 2016: 6, 2018: 8 } }
        """;

    [Theory]
    [InlineData("bar", "[a.raised]")]
    [InlineData("grouped-bar", "[a.raised, a.matched]")]
    [InlineData("stacked-bar", "[a.raised, a.matched]")]
    [InlineData("line", "[a.raised, a.matched]")]
    public void A_year_nobody_reported_stays_on_the_axis_as_a_gap(string type, string series)
    {
        var (charts, diagnostics) = TestData.Charts(Kpis, $"charts:\n  - {{ id: c, type: {type}, title: 图, series: {series} }}\n");
        Assert.Empty(diagnostics);
        var chart = charts.Get("c")!;
        var model = ChartFixture.Model(chart, "en");

        Assert.Equal(["2015", "2016", "2017", "2018"], model.Categories);
        Assert.All(model.Series, s => Assert.Null(s.Points[2]));

        foreach (var width in new[] { RenderCharts.NarrowWidth, RenderCharts.WideWidth })
        {
            var svg = XDocument.Parse(SvgChartRenderer.Render(model, new ChartOptions(width)));
            Assert.Contains("2017", SvgText.In(svg, "chart-categories").Select(t => t.Value));
            Assert.DoesNotContain(svg.Descendants(), e => (string?)e.Attribute("data-category") == "2");
            // No value, no label: not even a zero total over the empty year.
            Assert.DoesNotContain("0", SvgText.In(svg, "chart-values").Select(t => t.Value));
        }

        var csv = Encoding.UTF8.GetString(ChartCsv.Write(chart, "en", TestData.Theme.Words.Numbers["en"], (key, args) => TestData.Theme.Words.Word("en", key, args))[3..]);
        Assert.Contains("\r\n2017" + string.Concat(Enumerable.Repeat(",", chart.Series.Count)) + "\r\n", csv);
    }
}
