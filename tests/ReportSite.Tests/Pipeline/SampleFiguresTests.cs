using System.Text.RegularExpressions;
using System.Xml.Linq;
using ReportSite.Charts;
using ReportSite.Charts.Model;
using ReportSite.Diagnostics;
using ReportSite.Kpis;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Pipeline;

/// <summary>
/// The sample report's figures: every number in the chapters comes from the KPI data through a
/// directive, and the charts cover every type and are published as files.
/// </summary>
public sealed partial class SampleFiguresTests : IClassFixture<SampleReportTests.BuiltSample>
{
    private readonly SampleReportTests.BuiltSample _sample;

    public SampleFiguresTests(SampleReportTests.BuiltSample sample) => _sample = sample;

    /// <summary>
    /// Digits that are not figures: directives, link targets, years and dates, ordinals, list markers,
    /// and the names in the report that contain digits.
    /// </summary>
    private static readonly Regex[] NotFigures =
    [
        new(@":kpi\[[^\]]*\](\{[^}]*\})?"),
        new(@"^::.*$"),
        new(@"\]\([^)]*\)"),
        new(@"^\s*\d+[.)]\s"),
        new(@"\b(GRI|HKEX)\s*[A-Z]?\d+(?:[.-]\d+)*"),
        new(@"(?<![\d.,])(19|20)\d\d(?![\d%]|[.,]\d)"),
        new(@"(?<![\d.,])\d{1,2}\s*[月日]"),
        new(@"\b\d{1,2}(\s+to\s+\d{1,2})?\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b"),
        new(@"第\s*\d+"),
        new(@"\b\d+(st|nd|rd|th)\b"),
        new(@"99\s*(公益日|Giving Day)|8\.8\s*(智慧生活日|Smart Life Day)|Grade 3A|Long March 4B|(Tencent|腾讯)\s*110|Meet in 98|(扶贫|Poverty Relief)\s*1\+1|Beijing 8 Minutes|\b(QQ|3D|5G|751D|H5)\b"),
    ];

    [Fact]
    public void Every_figure_in_the_chapters_comes_from_the_kpi_data()
    {
        var bare = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Repo.SampleInput, "chapters"), "*.md").Order())
        {
            var lines = File.ReadAllLines(file);
            var inFrontMatter = lines.Length > 0 && lines[0] == "---";
            for (var i = inFrontMatter ? 1 : 0; i < lines.Length; i++)
            {
                if (inFrontMatter)
                {
                    if (lines[i] == "---") inFrontMatter = false;
                    else if (!lines[i].StartsWith("title:", StringComparison.Ordinal) && !lines[i].StartsWith("summary:", StringComparison.Ordinal)) continue;
                }
                var text = NotFigures.Aggregate(lines[i], (t, pattern) => pattern.Replace(t, " "));
                bare.AddRange(Digits().Matches(text).Select(m => $"{Path.GetFileName(file)}:{i + 1}: '{m.Value}'"));
            }
        }
        Assert.True(bare.Count == 0, "figures written in the text instead of :kpi[...]:\n" + string.Join("\n", bare));
    }

    [Fact]
    public void The_data_has_the_report_s_figures_and_a_chart_of_every_type()
    {
        var diagnostics = new DiagnosticBag();
        var kpis = new LoadKpis().Run(Repo.SampleInput, TestData.Site, TestData.Theme.Words.Numbers, diagnostics);
        var charts = new LoadCharts().Run(Repo.SampleInput, TestData.Site, kpis, diagnostics);

        Assert.Empty(diagnostics.Sorted());
        Assert.True(kpis.All.Count >= 25, $"{kpis.All.Count} KPIs");
        Assert.True(charts.All.Count >= 6, $"{charts.All.Count} charts");
        Assert.Equal(Enum.GetValues<ChartType>().Order(), charts.All.Select(c => c.Definition.Type).Distinct().Order());
        Assert.Contains(charts.All, c => c.Definition.Horizontal);
        Assert.Equal([205000000m, 423000000m, 492000000m], kpis.Get("foundation.poverty-funding")!.Values.Select(v => v.Value));
    }

    [Fact]
    public void Every_chart_is_published_as_svg_and_csv_in_each_language()
    {
        var charts = Directory.GetFiles(Path.Combine(Repo.SampleInput, "data"), "charts.yml").Length == 1
            ? Regex.Matches(File.ReadAllText(Path.Combine(Repo.SampleInput, "data", "charts.yml")), @"^  - id: (?<id>\S+)", RegexOptions.Multiline).Select(m => m.Groups["id"].Value).ToList()
            : [];
        Assert.NotEmpty(charts);
        foreach (var id in charts)
        {
            foreach (var name in new[] { id, id + ".en" })
            {
                var svg = XDocument.Load(Path.Combine(_sample.Output, "charts", name + ".svg"));
                Assert.Equal("img", (string?)svg.Root!.Attribute("role"));
                var csv = File.ReadAllBytes(Path.Combine(_sample.Output, "charts", name + ".csv"));
                Assert.Equal([0xEF, 0xBB, 0xBF], csv.Take(3));
            }
        }
    }

    [GeneratedRegex(@"\d[\d,.]*")]
    private static partial Regex Digits();
}
