using ReportSite.Charts;
using ReportSite.Charts.Model;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Charts;

/// <summary>The charts of Fixtures/figures.txtar, loaded as a build loads them.</summary>
internal static class ChartFixture
{
    private static readonly Lazy<ChartSet> Loaded = new(() =>
    {
        var files = FixtureSite.Parse(File.ReadAllText(Path.Combine(Repo.Root, "tests", "ReportSite.Tests", "Fixtures", "figures.txtar"))).ToDictionary(f => f.Path, f => f.Content);
        var (charts, diagnostics) = TestData.Charts(files["data/kpis.yml"], files["data/charts.yml"]);
        Assert.Empty(diagnostics);
        return charts;
    });

    public static ChartData Get(string id) => Loaded.Value.Get(id)!;

    public static ChartModel Model(ChartData chart, string language) =>
        BuildChartModel.Run(chart, language, TestData.Theme.Words.Numbers[language], (key, args) => TestData.Theme.Words.Word(language, key, args));
}
