using ReportSite.Theme;
using ReportSite.Charts;
using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Kpis;
using ReportSite.Localization;

namespace ReportSite.Tests.Support;

/// <summary>Loads KPI and chart YAML the way a build does, with the default theme's number conventions.</summary>
public static class TestData
{
    public static SiteConfig Site { get; } = new()
    {
        Languages = ["zh-CN", "en"],
        BaseUrl = "https://example.org/",
        Title = new LocalizedText(new Dictionary<string, string> { ["zh-CN"] = "报告", ["en"] = "Report" }, "zh-CN"),
        Year = 2018,
    };

    private static readonly Lazy<LoadedTheme> LazyTheme = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        var theme = new ReportSite.Theme.LoadTheme().Run(Repo.Theme, Site, diagnostics);
        Assert.Empty(diagnostics.Sorted());
        return theme!;
    });

    public static LoadedTheme Theme => LazyTheme.Value;

    /// <summary>Loads <c>data/kpis.yml</c> (and any <c>data/kpis/*.yml</c>) given as txtar-style files.</summary>
    public static (KpiSet Kpis, IReadOnlyList<Diagnostic> Diagnostics) Kpis(params (string Path, string Text)[] files)
    {
        using var dir = new TempDir();
        foreach (var (path, text) in files) Write(dir, path, text);
        var diagnostics = new DiagnosticBag();
        var kpis = new LoadKpis().Run(dir.Path, Site, Theme.Words.Numbers, diagnostics);
        return (kpis, diagnostics.Sorted());
    }

    public static (ChartSet Charts, IReadOnlyList<Diagnostic> Diagnostics) Charts(string kpisYaml, string chartsYaml)
    {
        using var dir = new TempDir();
        Write(dir, LoadKpis.FileName, kpisYaml);
        Write(dir, LoadCharts.FileName, chartsYaml);
        var diagnostics = new DiagnosticBag();
        var kpis = new LoadKpis().Run(dir.Path, Site, Theme.Words.Numbers, diagnostics);
        var charts = new LoadCharts().Run(dir.Path, Site, kpis, diagnostics);
        return (charts, diagnostics.Sorted());
    }

    private static void Write(TempDir dir, string path, string text)
    {
        var full = System.IO.Path.Combine(dir.Path, path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
