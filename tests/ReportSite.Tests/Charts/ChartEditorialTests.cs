using System.Xml.Linq;
using ReportSite.Charts;
using ReportSite.Charts.Model;
using ReportSite.Charts.Svg;
using ReportSite.Tests.Support;
using ReportSite.Html;

namespace ReportSite.Tests.Charts;

/// <summary>
/// The editorial look: a subtitle with unit and period, a source line, one year in the accent colour and
/// the others muted, series named on the marks instead of a legend, and the chart's own precision.
/// </summary>
public sealed class ChartEditorialTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private const string Kpis = """
        kpis:
          - { id: a.money, label: { zh-CN: 资金, en: Funding }, unit: currency, precision: 4, values: { 2016: 205000000, 2017: 423000000, 2018: 491234567 }, source: { zh-CN: 基金会, en: The Foundation } }
          - { id: a.staff, label: { zh-CN: 员工, en: Employees }, unit: count, values: { 2018: 300 } }
          - { id: a.family, label: { zh-CN: 家属, en: Family }, unit: count, values: { 2018: 200 } }
          - { id: a.people, label: 人数, unit: count, categories: [ { label: 甲, value: 3 }, { label: 乙, value: 4 } ] }
        """;

    private static ChartModel Model(string chart, string language = "en", int? reportYear = 2018)
    {
        var (charts, diagnostics) = TestData.Charts(Kpis, $"charts:\n  - {chart}\n");
        Assert.Empty(diagnostics);
        var data = Assert.Single(charts.All);
        return BuildChartModel.Run(data, language, TestData.Theme.Words.Numbers[language], (key, args) => TestData.Theme.Words.Word(language, key, args), reportYear);
    }

    [Theory]
    [InlineData("{ id: c, type: bar, title: 图, series: [a.money], highlight: last }", "data/charts.yml:2: 'highlight' must be a whole number, not 'last'.")]
    [InlineData("{ id: c, type: bar, title: 图, series: [a.money], precision: 9 }", "data/charts.yml:2: 'precision' is the number of decimals written on the chart, a whole number from 0 to 6 (or one per language, e.g. '{ zh-CN: 1, en: 0 }'), not '9'.")]
    [InlineData("{ id: c, type: bar, title: 图, series: [a.money], precision: one }", "data/charts.yml:2: 'precision' is the number of decimals written on the chart, a whole number from 0 to 6 (or one per language, e.g. '{ zh-CN: 1, en: 0 }'), not 'one'.")]
    [InlineData("{ id: c, type: bar, title: 图, series: [a.money], source: [a, b] }", "data/charts.yml:2: 'source' must be a text, or one line per language (zh-CN, en).")]
    [InlineData("{ id: c, type: bar, title: 图, series: [a.money], highlight: 2019 }", "data/charts.yml:2: chart 'c' draws 2016–2018, so 'highlight: 2019' has nothing to highlight; name one of those years.")]
    [InlineData("{ id: c, type: donut, title: 图, series: [a.people], highlight: 2018 }", "data/charts.yml:2: chart 'c' draws categories, not years, so 'highlight: 2018' has nothing to highlight; remove it.")]
    [InlineData("{ id: c, type: bar, title: 图, series: [a.money], highligt: 2018 }", "data/charts.yml:2: unknown chart setting 'highligt' is ignored (did you mean 'highlight'?); known: id, type, horizontal, title, description, word, series, highlight, source, precision.")]
    public void Mistakes_in_the_new_settings_name_file_and_line(string chart, string expected)
    {
        var (_, diagnostics) = TestData.Charts(Kpis, $"charts:\n  - {chart}\n");

        Assert.Equal(expected, Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void The_subtitle_gives_unit_and_period_and_the_source_comes_from_the_kpis()
    {
        var zh = Model("{ id: c, type: bar, title: 图, series: [a.money] }", "zh-CN");
        var en = Model("{ id: c, type: bar, title: 图, series: [a.money] }");

        Assert.Equal("单位：亿元 · 2016–2018 年", zh.Subtitle);
        Assert.Equal("来源：基金会", zh.Source);
        Assert.Equal("Source: The Foundation", en.Source);
        Assert.Equal("2018", Model("{ id: c, type: donut, title: 图, series: [a.people] }").Subtitle);
        // A headline that names its years already is not repeated under it.
        Assert.Equal("", Model("{ id: c, type: donut, title: People in 2018, series: [a.people] }").Subtitle);
    }

    [Fact]
    public void A_chart_may_name_its_own_source_highlight_and_precision()
    {
        var model = Model("{ id: c, type: bar, title: 图, series: [a.money], source: { zh-CN: 年报, en: Annual report }, highlight: 2017, precision: 0 }");

        Assert.Equal("Source: Annual report", model.Source);
        Assert.Equal(1, model.Highlight);
        Assert.Equal(["205", "423", "491"], model.Series[0].Points.Select(p => p!.Short));
        Assert.Equal("RMB 491.2346 million", model.Series[0].Points[2]!.Full);
    }

    [Fact]
    public void Precision_may_differ_by_language_as_the_axis_units_do()
    {
        const string chart = "{ id: c, type: bar, title: 图, series: [a.money], precision: { zh-CN: 1, en: 0 } }";

        Assert.Equal(["2.1", "4.2", "4.9"], Model(chart, "zh-CN").Series[0].Points.Select(p => p!.Short));
        Assert.Equal(["205", "423", "491"], Model(chart).Series[0].Points.Select(p => p!.Short));
    }

    [Fact]
    public void The_report_year_is_highlighted_by_default_in_the_accent_the_others_muted_and_bold()
    {
        var model = Model("{ id: c, type: bar, title: 图, series: [a.money] }");
        var svg = XDocument.Parse(SvgChartRenderer.Render(model, new ChartOptions(RenderCharts.WideWidth)));

        Assert.Equal(2, model.Highlight);
        var bars = svg.Descendants(Svg + "rect").Where(r => r.Attribute("data-tip") is not null).Select(r => (string?)r.Attribute("fill")).ToList();
        Assert.Equal([ChartPalette.Muted, ChartPalette.Muted, ChartPalette.Accent], bars);
        Assert.True(ColourContrast.Ratio(ChartPalette.Muted, "#fbfaf7") >= 3);
        // Not by colour alone: the year and its value are set in bold.
        var bold = svg.Descendants(Svg + "text").Where(t => (string?)t.Attribute("font-weight") == "700").Select(t => t.Value);
        Assert.Equal(["491.2346", "2018"], bold);
    }

    [Fact]
    public void Without_a_report_year_no_year_stands_out()
    {
        var model = Model("{ id: c, type: bar, title: 图, series: [a.money] }", reportYear: null);

        Assert.Null(model.Highlight);
    }

    [Fact]
    public void Stacked_segments_are_named_beside_the_stack_instead_of_in_a_legend()
    {
        var model = Model("{ id: c, type: stacked-bar, title: 图, series: [a.staff, a.family] }");
        var svg = XDocument.Parse(SvgChartRenderer.Render(model, new ChartOptions(RenderCharts.NarrowWidth)));

        var names = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "chart-legend");
        Assert.Equal(["Employees", "Family"], names.Elements(Svg + "text").Select(t => t.Value));
        Assert.Empty(names.Elements(Svg + "rect"));
    }

    [Fact]
    public void On_a_page_the_chart_has_no_box_of_its_own_and_the_standalone_file_has_headline_subtitle_and_source()
    {
        var model = Model("{ id: c, type: bar, title: Funding more than doubled, series: [a.money] }");

        var inline = SvgChartRenderer.Render(model, new ChartOptions(RenderCharts.WideWidth));
        var standalone = XDocument.Parse(SvgChartRenderer.Render(model, new ChartOptions(RenderCharts.StandaloneWidth, ShowTitle: true)));

        Assert.DoesNotContain("fill=\"#ffffff\"/>", inline, StringComparison.Ordinal);
        var texts = standalone.Root!.Elements(Svg + "text").Select(t => t.Value).ToList();
        Assert.Equal("Funding more than doubled", texts[0]);
        Assert.Equal("Unit: RMB million · 2016–2018", texts[1]);
        Assert.Equal("Source: The Foundation", texts[^1]);
    }

    [Fact]
    public void No_chart_text_is_smaller_than_the_chart_font()
    {
        foreach (var chart in new[] { "{ id: c, type: bar, title: 图, series: [a.money] }", "{ id: c, type: stacked-bar, title: 图, series: [a.staff, a.family] }", "{ id: c, type: donut, title: 图, series: [a.people] }" })
        {
            foreach (var width in new[] { RenderCharts.NarrowWidth, RenderCharts.WideWidth })
            {
                var svg = XDocument.Parse(SvgChartRenderer.Render(Model(chart), new ChartOptions(width)));
                var sizes = svg.Descendants(Svg + "text").Select(t => t.AncestorsAndSelf().Select(e => (string?)e.Attribute("font-size")).First(s => s is not null)!);
                Assert.All(sizes, s => Assert.True(double.Parse(s, System.Globalization.CultureInfo.InvariantCulture) >= 13, $"{chart} at {width}: {s}"));
            }
        }
    }
}
