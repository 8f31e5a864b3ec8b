using System.Globalization;
using System.Xml.Linq;
using ReportSite.Charts;
using ReportSite.Charts.Model;
using ReportSite.Charts.Svg;
using ReportSite.Html;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Charts;

/// <summary>A line chart of several series names each line at its end instead of in a legend, where that fits.</summary>
public sealed class LineLabelTests
{
    private const string Kpis = """
        kpis:
          - { id: a.staff, label: { zh-CN: 员工, en: Staff }, unit: count, values: { 2016: 300, 2017: 320, 2018: 350 } }
          - { id: a.family, label: { zh-CN: 家属, en: Family }, unit: count, values: { 2016: 200, 2017: 260, 2018: 345 } }
          - { id: a.long, label: { zh-CN: 员工家属志愿者, en: Family volunteers }, unit: count, values: { 2016: 100, 2017: 150, 2018: 180 } }
          - { id: a.longer, label: { zh-CN: 参加志愿服务的员工家属和退休员工人数, en: Family members and retired staff who volunteered with the staff }, unit: count, values: { 2016: 90, 2017: 140, 2018: 170 } }
        """;

    public static TheoryData<string, double> Widths() => new()
    {
        { "zh-CN", RenderCharts.NarrowWidth },
        { "zh-CN", RenderCharts.WideWidth },
        { "en", RenderCharts.NarrowWidth },
        { "en", RenderCharts.WideWidth },
    };

    [Theory]
    [MemberData(nameof(Widths))]
    public void Short_names_label_their_lines_and_the_legend_goes(string language, double width)
    {
        var svg = Draw("[a.staff, a.family]", language, width);

        Assert.Empty(Group(svg, "chart-legend"));
        var names = Labels(svg);
        Assert.Equal(language == "en" ? ["Staff", "Family"] : ["员工", "家属"], names.Select(n => n.Text));
        // The two end values (350 and 345) are almost level: the names stand a full line apart.
        Assert.True(Math.Abs(names[0].Baseline - names[1].Baseline) >= new ChartOptions(width).LineHeight - 0.1, $"{names[0].Baseline} vs {names[1].Baseline}");
        Assert.True(names[0].Baseline < names[1].Baseline, "the higher line's name is above");
        InsideThePicture(svg);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh-CN")]
    public void A_name_too_long_for_a_phone_keeps_the_legend_there_and_labels_the_lines_on_wide_screens(string language)
    {
        var narrow = Draw("[a.staff, a.long]", language, RenderCharts.NarrowWidth);
        var wide = Draw("[a.staff, a.long]", language, RenderCharts.WideWidth);

        Assert.Equal(2, Group(narrow, "chart-legend").Count);
        Assert.Empty(Group(narrow, "chart-labels"));
        Assert.Empty(Group(wide, "chart-legend"));
        Assert.Equal(2, Group(wide, "chart-labels").Count);
        // The plot keeps two-thirds of the width: its gridlines still span that much.
        var grid = wide.Descendants(SvgText.Ns + "line").Where(l => l.Parent!.Attribute("class")?.Value == "chart-grid").First();
        Assert.True(Number(grid, "x2") - Number(grid, "x1") >= RenderCharts.WideWidth * 2 / 3, "the plot gave up too much");
        InsideThePicture(wide);
        // A name longer than a third of the wide chart keeps the legend everywhere.
        Assert.Empty(Group(Draw("[a.staff, a.longer]", language, RenderCharts.WideWidth), "chart-labels"));
    }

    [Fact]
    public void A_single_line_and_bar_charts_are_as_before()
    {
        Assert.Empty(Group(Draw("[a.staff]", "en", RenderCharts.WideWidth), "chart-labels"));
        var (charts, _) = TestData.Charts(Kpis, "charts:\n  - { id: c, type: grouped-bar, title: 图, series: [a.staff, a.family] }\n");
        var bars = XDocument.Parse(SvgChartRenderer.Render(ChartFixture.Model(charts.Get("c")!, "en"), new ChartOptions(RenderCharts.WideWidth)));
        Assert.Empty(Group(bars, "chart-labels"));
        Assert.Equal(2, Group(bars, "chart-legend").Count);
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void A_series_without_a_last_value_is_named_at_its_last_point(string language, double width)
    {
        var model = ChartFixture.Model(ChartFixture.Get("pue-sites"), language);
        var svg = XDocument.Parse(SvgChartRenderer.Render(model, new ChartOptions(width)));
        if (width == RenderCharts.NarrowWidth)
        {
            // "Shenzhen data centre" / 「深圳数据中心」 would leave the plot less than two-thirds of a phone's width.
            Assert.Empty(Group(svg, "chart-labels"));
            return;
        }

        var labels = Group(svg, "chart-labels").ToList();
        Assert.Equal(model.Series.Select(s => s.Name), labels.Select(l => l.Value));
        // Shenzhen has no 2018 value: its name starts right of its 2017 point, a year's band left of the others'.
        var years = SvgText.In(svg, "chart-categories").Select(t => Number(t, "x")).ToList();
        var band = years[1] - years[0];
        Assert.InRange(Number(labels[0], "x") - years[^1], 5, 12);
        Assert.Equal(Number(labels[0], "x") - band, Number(labels[2], "x"), 0.2);
        var ys = labels.Select(l => Number(l, "y")).Order().ToList();
        Assert.All(ys.Zip(ys.Skip(1)), pair => Assert.True(pair.Second - pair.First >= new ChartOptions(width).LineHeight - 0.1, "names overlap"));
        InsideThePicture(svg);
    }

    [Fact]
    public void Names_read_in_the_series_colour_or_in_ink_beside_a_key_mark()
    {
        var svg = XDocument.Parse(SvgChartRenderer.Render(ChartFixture.Model(ChartFixture.Get("pue-sites"), "en"), new ChartOptions(RenderCharts.WideWidth)));

        foreach (var text in Group(svg, "chart-labels"))
        {
            var fill = (string)text.Attribute("fill")!;
            Assert.All(ChartPalette.Backgrounds, b => Assert.True(ColourContrast.Ratio(fill, b) >= 4.5, $"{text.Value} in {fill} on {b}"));
            var key = text.ElementsBeforeSelf().LastOrDefault();
            if (fill == ChartPalette.Ink) Assert.Equal((string?)key?.Attribute("fill"), ChartPalette.For(2 - text.ElementsAfterSelf().Count()));
            else Assert.NotEqual("rect", key?.Name.LocalName);
        }
        // Shanghai's orange is set in ink beside its key; the other two in their own colours.
        Assert.Equal(["#0b4f6c", ChartPalette.Ink, "#17324d"], Group(svg, "chart-labels").Select(t => (string)t.Attribute("fill")!));
        Assert.Equal("#0b4f6c", ChartPalette.NameColour("#0b4f6c"));
        // The palette's orange is 4.5:1 on white but not quite on the page's paper: its name is set in ink.
        Assert.Equal(ChartPalette.Ink, ChartPalette.NameColour("#b85c00"));
        Assert.Equal(ChartPalette.Ink, ChartPalette.NameColour("#e69f00"));
    }

    [Fact]
    public void The_names_are_set_at_the_chart_font()
    {
        foreach (var width in new[] { RenderCharts.NarrowWidth, RenderCharts.WideWidth })
        {
            var svg = Draw("[a.staff, a.family]", "zh-CN", width);
            var sizes = Group(svg, "chart-labels")
                .Select(t => t.AncestorsAndSelf().Select(e => (string?)e.Attribute("font-size")).First(s => s is not null)!);
            Assert.All(sizes, s => Assert.True(double.Parse(s, CultureInfo.InvariantCulture) >= 13, s));
        }
    }

    private static XDocument Draw(string series, string language, double width)
    {
        var (charts, diagnostics) = TestData.Charts(Kpis, $"charts:\n  - {{ id: c, type: line, title: 图, series: {series} }}\n");
        Assert.Empty(diagnostics);
        var model = ChartFixture.Model(charts.Get("c")!, language);
        Assert.Equal(ChartType.Line, model.Type);
        return XDocument.Parse(SvgChartRenderer.Render(model, new ChartOptions(width)));
    }

    /// <summary>The texts of a group: the legend's names, or the names at the lines' ends.</summary>
    private static List<XElement> Group(XDocument svg, string name) => SvgText.In(svg, name).ToList();

    private static List<SvgText.Line> Labels(XDocument svg) => SvgText.Lines(svg).Where(l => l.Group == "chart-labels").ToList();

    private static void InsideThePicture(XDocument svg)
    {
        var (boxWidth, boxHeight) = SvgText.Box(svg);
        Assert.All(SvgText.Lines(svg), line =>
        {
            Assert.True(line.Left >= 0 && line.Right <= boxWidth, $"'{line.Text}' runs from {line.Left:0.0} to {line.Right:0.0}, outside 0–{boxWidth}");
            Assert.True(line.Baseline - line.FontSize >= 0 && line.Baseline + line.FontSize * 0.3 <= boxHeight, $"'{line.Text}' at baseline {line.Baseline:0.0} is outside 0–{boxHeight}");
        });
    }

    private static double Number(XElement element, string name) => double.Parse((string)element.Attribute(name)!, CultureInfo.InvariantCulture);
}
