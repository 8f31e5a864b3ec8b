using System.Globalization;
using System.Xml.Linq;
using ReportSite.Charts;
using ReportSite.Charts.Layout;
using ReportSite.Charts.Model;
using ReportSite.Charts.Svg;
using ReportSite.Tests.Snapshots;
using ReportSite.Html;

namespace ReportSite.Tests.Charts;

/// <summary>Each chart type drawn in both languages, at the wide layout and at a phone's width.</summary>
public sealed class SvgChartRendererTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static TheoryData<string, string, double> Cases()
    {
        var cases = new TheoryData<string, string, double>();
        foreach (var id in new[] { "poverty-funding", "platform-gains", "insurance-grouped", "insurance-stacked", "pue", "pue-sites", "education" })
        {
            foreach (var language in new[] { "zh-CN", "en" })
            {
                cases.Add(id, language, RenderCharts.WideWidth);
                cases.Add(id, language, RenderCharts.NarrowWidth);
            }
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Draws(string id, string language, double width)
    {
        var svg = SvgChartRenderer.Render(ChartFixture.Model(ChartFixture.Get(id), language), new ChartOptions(width, ShowTitle: true));

        var root = XDocument.Parse(svg).Root!;
        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.Equal(["title", "desc"], root.Elements().Take(2).Select(e => e.Name.LocalName));
        Snapshot.Verify(svg, "svg", $"{id}_{language}_{width.ToString(CultureInfo.InvariantCulture)}");
    }

    [Fact]
    public void Labels_title_and_description_for_screen_readers_in_the_page_language()
    {
        var svg = XDocument.Parse(SvgChartRenderer.Render(ChartFixture.Model(ChartFixture.Get("poverty-funding"), "en"), new ChartOptions(720, IdSuffix: "-wide")));

        Assert.Equal("chart-poverty-funding-wide-title chart-poverty-funding-wide-desc", (string?)svg.Root!.Attribute("aria-labelledby"));
        Assert.Equal("Foundation poverty-relief funding, 2016–2018", svg.Root.Element(Svg + "title")!.Value);
        Assert.Equal("2016: RMB 205 million; 2017: RMB 423 million; 2018: RMB 492 million", svg.Root.Element(Svg + "desc")!.Value);
    }

    [Fact]
    public void Every_value_is_on_the_chart_without_script()
    {
        var model = ChartFixture.Model(ChartFixture.Get("poverty-funding"), "zh-CN");
        var svg = XDocument.Parse(SvgChartRenderer.Render(model, new ChartOptions(RenderCharts.NarrowWidth)));

        Assert.Equal(["2.05", "4.23", "4.92"], Texts(svg, "chart-values").Select(t => t.Value));
        // The unit is in the subtitle, which the page's caption shows and the standalone file draws.
        Assert.StartsWith("单位：亿元", model.Subtitle, StringComparison.Ordinal);
        var standalone = XDocument.Parse(SvgChartRenderer.Render(model, new ChartOptions(RenderCharts.StandaloneWidth, ShowTitle: true)));
        Assert.Contains(standalone.Descendants(Svg + "text"), t => t.Value.StartsWith("单位：亿元", StringComparison.Ordinal));
    }

    [Fact]
    public void A_200_point_line_thins_its_year_labels_so_none_overlap()
    {
        var model = Stress(ChartType.Line, Enumerable.Range(1819, 200).Select(y => y.ToString(CultureInfo.InvariantCulture)).ToList(), years: true);

        foreach (var width in new[] { RenderCharts.NarrowWidth, RenderCharts.WideWidth })
        {
            var svg = XDocument.Parse(SvgChartRenderer.Render(model, new ChartOptions(width)));
            var labels = Texts(svg, "chart-categories").ToList();
            Assert.InRange(labels.Count, 4, 40);
            AssertApart(labels, 13);
        }
    }

    [Fact]
    public void Two_dozen_long_categories_turn_on_wide_screens_and_lie_down_on_phones()
    {
        var names = Enumerable.Range(1, 24).Select(i => i % 3 == 0 ? $"广西壮族自治区第{i}区" : $"省份{i}").ToList();
        var model = Stress(ChartType.Bar, names, years: false);

        var wide = XDocument.Parse(SvgChartRenderer.Render(model, new ChartOptions(RenderCharts.WideWidth)));
        var turned = Texts(wide, "chart-categories").ToList();
        Assert.Equal(24, turned.Count);
        Assert.All(turned, t => Assert.StartsWith("rotate(-45", (string?)t.Attribute("transform")));
        // Turned 45°, neighbours sit a band apart horizontally; their baselines are band·sin45 apart.
        var band = double.Parse((string)turned[1].Attribute("x")!, CultureInfo.InvariantCulture) - double.Parse((string)turned[0].Attribute("x")!, CultureInfo.InvariantCulture);
        Assert.True(band * Math.Sqrt(0.5) >= 13, $"labels {band:0.0}px apart overlap when turned");

        var narrow = XDocument.Parse(SvgChartRenderer.Render(model, new ChartOptions(RenderCharts.NarrowWidth)));
        var side = Texts(narrow, "chart-categories").ToList();
        Assert.Equal(24, side.Count);
        Assert.All(side, t => Assert.Equal("end", (string?)t.Attribute("text-anchor")));
        var ys = side.Select(t => double.Parse((string)t.Attribute("y")!, CultureInfo.InvariantCulture)).ToList();
        Assert.All(ys.Zip(ys.Skip(1)), pair => Assert.True(pair.Second - pair.First >= 16, "rows overlap"));
    }

    [Fact]
    public void Long_labels_wrap_within_their_band()
    {
        var lines = TextMetrics.Wrap("Better collaboration between organisations", 120, 13);

        Assert.Equal(["Better", "collaboration", "between", "organisations"], lines.SelectMany(l => l.Split(' ')));
        Assert.All(lines, l => Assert.True(TextMetrics.Width(l, 13) <= 120, l));
        Assert.Equal(["广西壮族自治", "区第三区"], TextMetrics.Wrap("广西壮族自治区第三区", 80, 13));
        // Closing punctuation never starts a line: it goes down with the character before it.
        Assert.Equal(["腾讯公益平", "台，筹款"], TextMetrics.Wrap("腾讯公益平台，筹款", 85, 13));
    }

    [Fact]
    public void Palette_has_graphical_contrast_on_white_and_white_labels_read_on_it()
    {
        Assert.All(ChartPalette.Colors, c => Assert.True(ColourContrast.Ratio(c, "#ffffff") >= 4.5, c));
        // Neighbouring series differ in lightness, so they stay apart printed in grey.
        var luminance = ChartPalette.Colors.Select(ColourContrast.Luminance).ToList();
        Assert.All(luminance.Zip(luminance.Skip(1)).Take(4), pair => Assert.True(Math.Abs(pair.First - pair.Second) >= 0.05, $"{pair.First:0.000} vs {pair.Second:0.000}"));
    }

    private static ChartModel Stress(ChartType type, IReadOnlyList<string> categories, bool years) => new()
    {
        Id = "stress",
        Type = type,
        Title = "Stress",
        Description = "Stress",
        UnitCaption = "",
        Categories = categories,
        CategoriesAreYears = years,
        Series = [new ChartModelSeries("s", categories.Select((_, i) => (ChartPoint?)new ChartPoint(1000 + (i * 37 % 500), "1", "1", "1")).ToList())],
        FormatTick = (tick, decimals) => tick.ToString("F" + decimals, CultureInfo.InvariantCulture),
        TotalLabel = "Total",
    };

    private static IEnumerable<XElement> Texts(XDocument svg, string group) =>
        svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == group).SelectMany(g => g.Elements(Svg + "text"));

    /// <summary>Level, centred labels: each one's estimated extent ends before the next begins.</summary>
    private static void AssertApart(IReadOnlyList<XElement> labels, double fontSize)
    {
        var extents = labels.Select(t =>
        {
            var x = double.Parse((string)t.Attribute("x")!, CultureInfo.InvariantCulture);
            var half = TextMetrics.Width(t.Value, fontSize) / 2;
            return (Left: x - half, Right: x + half);
        }).ToList();
        Assert.All(extents.Zip(extents.Skip(1)), pair => Assert.True(pair.First.Right < pair.Second.Left, $"{pair.First} overlaps {pair.Second}"));
    }
}
