using System.Xml.Linq;
using ReportSite.Charts;
using ReportSite.Charts.Svg;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Charts;

/// <summary>Category labels beside horizontal bars wrap onto lines of their own; none is cut at the edge.</summary>
public sealed class HorizontalBarLabelTests
{
    // 40 characters in English and 20 in Chinese, as long as a category name gets in the sample report.
    private const string Kpis = """
        kpis:
          - { id: p.long, label: { zh-CN: 腾讯公益开放平台为机构带来的注册时间缩短, en: Faster registration for charities online }, unit: percent, value: 20 }
          - { id: p.short, label: { zh-CN: 协作, en: Collaboration }, unit: percent, value: 50 }
          - { id: p.word, label: { zh-CN: 管理效率提升, en: Telecommunicationsinfrastructureprojects }, unit: percent, value: 35 }
        """;

    public static TheoryData<string, double> Cases() => new()
    {
        { "zh-CN", RenderCharts.NarrowWidth },
        { "zh-CN", RenderCharts.WideWidth },
        { "en", RenderCharts.NarrowWidth },
        { "en", RenderCharts.WideWidth },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Long_category_labels_wrap_inside_the_picture(string language, double width)
    {
        var (charts, diagnostics) = TestData.Charts(Kpis, "charts:\n  - { id: gains, type: bar, horizontal: true, title: 图, series: [p.long, p.short, p.word] }\n");
        Assert.Empty(diagnostics);
        var model = ChartFixture.Model(charts.Get("gains")!, language);

        var svg = XDocument.Parse(SvgChartRenderer.Render(model, new ChartOptions(width)));

        var (boxWidth, boxHeight) = SvgText.Box(svg);
        Assert.All(SvgText.Lines(svg), line =>
        {
            Assert.True(line.Left >= 0 && line.Right <= boxWidth, $"'{line.Text}' runs from {line.Left:0.0} to {line.Right:0.0}, outside 0–{boxWidth}");
            Assert.True(line.Baseline - line.FontSize >= 0 && line.Baseline + line.FontSize * 0.3 <= boxHeight, $"'{line.Text}' at baseline {line.Baseline:0.0} is outside 0–{boxHeight}");
        });
        // Every label is there in full, wrapped at spaces or between characters, not cut.
        var categories = SvgText.In(svg, "chart-categories").ToList();
        Assert.Equal(model.Categories.Select(c => c.Replace(" ", "")), categories.Select(Joined));
        // A word too long for the label column breaks inside itself rather than squeezing the bars.
        var grid = SvgText.In(svg, "chart-grid").Select(t => double.Parse((string)t.Attribute("x")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(grid.Max() - grid.Min() >= width * 0.4, $"the bars have {grid.Max() - grid.Min():0}px of {width}px");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_value_axis_labels_keep_apart_beside_long_labels_and_large_figures(string language, double width)
    {
        // The sample's verified emissions: company names for labels, full figures to two decimals (no 万 or million).
        const string emissions = """
            kpis:
              - { id: e.systems, label: { zh-CN: 腾讯计算机系统, en: Tencent Computer Systems }, unit: number, word: { zh-CN: 吨, en: tonnes }, value: 3758.08, precision: 2, scale: false }
              - { id: e.technology, label: { zh-CN: 腾讯科技（深圳）, en: Tencent Technology (Shenzhen) }, unit: number, word: { zh-CN: 吨, en: tonnes }, value: 108477.88, precision: 2, scale: false }
            """;
        var (charts, diagnostics) = TestData.Charts(emissions, "charts:\n  - { id: emissions, type: bar, horizontal: true, title: 图, series: [e.systems, e.technology] }\n");
        Assert.Empty(diagnostics);

        var svg = XDocument.Parse(SvgChartRenderer.Render(ChartFixture.Model(charts.Get("emissions")!, language), new ChartOptions(width)));

        var ticks = SvgText.Lines(svg).Where(l => l.Group == "chart-grid").OrderBy(l => l.Left).ToList();
        Assert.True(ticks.Count >= 2, $"{ticks.Count} tick labels");
        foreach (var (left, right) in ticks.Zip(ticks.Skip(1)))
        {
            Assert.True(right.Left - left.Right >= 6, $"'{left.Text}' ends at {left.Right:0.0} and '{right.Text}' starts at {right.Left:0.0}");
        }
    }

    /// <summary>A label's lines put back together, ignoring the spaces a line break took the place of.</summary>
    private static string Joined(XElement text) =>
        string.Concat(text.Elements(SvgText.Ns + "tspan").Select(t => t.Value).DefaultIfEmpty(text.Value)).Replace(" ", "");
}
