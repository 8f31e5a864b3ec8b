using System.Xml.Linq;
using ReportSite.Charts;
using ReportSite.Charts.Model;
using ReportSite.Charts.Svg;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Charts;

/// <summary>Values written on bars: on every bar or on none, by one rule for every kind of bar chart.</summary>
public sealed class ChartValueLabelTests
{
    private const string Kpis = """
        kpis:
          - { id: g.small, label: { zh-CN: 甲, en: A }, unit: count, scale: false, values: { 2016: 5, 2017: 6, 2018: 7 } }
          - { id: g.mixed, label: { zh-CN: 乙, en: B }, unit: count, scale: false, values: { 2016: 1234567, 2017: 8, 2018: 9 } }
          - { id: g.tall, label: { zh-CN: 丙, en: C }, unit: count, scale: false, values: { 2016: 40, 2017: 50, 2018: 70 } }
          - { id: g.thin, label: { zh-CN: 丁, en: D }, unit: count, scale: false, values: { 2016: 1, 2017: 2, 2018: 3 } }
          - { id: g.long, label: { zh-CN: 戊, en: E }, unit: count, scale: false, values: { 2011: 5, 2012: 1234567, 2013: 7, 2014: 8, 2015: 9, 2016: 10, 2017: 11, 2018: 12 } }
        """;

    public static TheoryData<string, string, bool> Bars() => new()
    {
        { "grouped-bar", "[g.small, g.mixed]", false },
        { "grouped-bar", "[g.small, g.mixed]", true },
        { "stacked-bar", "[g.tall, g.thin]", false },
        { "stacked-bar", "[g.tall, g.thin]", true },
        { "bar", "[g.long]", false },
        { "grouped-bar", "[g.small, g.thin]", false },
    };

    [Theory]
    [MemberData(nameof(Bars))]
    public void Every_bar_is_labelled_or_none_is(string type, string series, bool horizontal)
    {
        var chart = Chart($"{{ id: c, type: {type}, horizontal: {(horizontal ? "true" : "false")}, title: 图, series: {series} }}");
        foreach (var language in new[] { "zh-CN", "en" })
        {
            var model = ChartFixture.Model(chart, language);
            var bars = model.Series.SelectMany(s => s.Points).OfType<ChartPoint>().Select(p => p.Short).ToList();
            var totals = model.StackTotals?.OfType<string>().ToList() ?? [];
            foreach (var width in new[] { RenderCharts.NarrowWidth, RenderCharts.WideWidth })
            {
                var svg = XDocument.Parse(SvgChartRenderer.Render(model, new ChartOptions(width)));
                var written = SvgText.In(svg, "chart-values").Select(t => t.Value).ToList();

                var onBars = bars.Count(written.Contains);
                Assert.True(onBars == 0 || onBars == bars.Count, $"{onBars} of {bars.Count} bars labelled at {width} in {language}: {string.Join(" ", written)}");
                var onTotals = totals.Count(written.Contains);
                Assert.True(onTotals == 0 || onTotals == totals.Count, $"{onTotals} of {totals.Count} stacks labelled at {width} in {language}");
            }
        }
    }

    [Fact]
    public void Bars_that_all_have_room_are_all_labelled()
    {
        var model = ChartFixture.Model(Chart("{ id: c, type: grouped-bar, title: 图, series: [g.small, g.thin] }"), "en");

        var svg = XDocument.Parse(SvgChartRenderer.Render(model, new ChartOptions(RenderCharts.NarrowWidth)));

        Assert.Equal(["5", "1", "6", "2", "7", "3"], SvgText.In(svg, "chart-values").Select(t => t.Value));
    }

    private static ChartData Chart(string chart)
    {
        var (charts, diagnostics) = TestData.Charts(Kpis, $"charts:\n  - {chart}\n");
        Assert.Empty(diagnostics);
        return charts.Get("c")!;
    }
}
