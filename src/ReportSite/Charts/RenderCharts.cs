using System.Text;
using ReportSite.Charts.Svg;
using ReportSite.Content;
using ReportSite.Localization;

namespace ReportSite.Charts;

/// <summary>
/// Draws every chart once per language, in parallel: the inline SVGs for phones and wide screens,
/// and the standalone files <c>charts/&lt;id&gt;.svg</c> and <c>.csv</c> (<c>&lt;id&gt;.&lt;language&gt;.svg</c>
/// for languages after the primary one).
/// </summary>
public sealed class RenderCharts
{
    /// <summary>
    /// Layout widths in CSS pixels, each the narrowest column its drawing is shown in, so the SVG only ever
    /// scales up and its 13 px text stays at least that on screen: a 360 px phone's column, and the prose
    /// column from 640 px up (the theme caps how far each grows). The standalone file is drawn wider.
    /// </summary>
    public const double NarrowWidth = 300;
    public const double WideWidth = 560;
    public const double StandaloneWidth = 640;
    public const string Folder = "charts";

    public IReadOnlyDictionary<(string Id, string Language), RenderedChart> Run(ChartSet charts, SiteConfig site, Words words) =>
        charts.All
            .SelectMany(chart => site.Languages.Select(language => (chart, language)))
            .AsParallel()
            .ToDictionary(x => (x.chart.Definition.Id, x.language), x => Render(x.chart, x.language, site, words));

    private static RenderedChart Render(ChartData chart, string language, SiteConfig site, Words words)
    {
        string Word(string key, object[] args) => words.Word(language, key, args);
        var locale = words.Numbers[language];
        var model = BuildChartModel.Run(chart, language, locale, Word, site.Year);
        var name = language == site.PrimaryLanguage ? chart.Definition.Id : $"{chart.Definition.Id}.{language}";
        var standalone = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + SvgChartRenderer.Render(model, new ChartOptions(StandaloneWidth, ShowTitle: true));
        return new RenderedChart(
            model,
            SvgChartRenderer.Render(model, new ChartOptions(NarrowWidth, IdSuffix: "-narrow")),
            SvgChartRenderer.Render(model, new ChartOptions(WideWidth, IdSuffix: "-wide")),
            $"{Folder}/{name}.svg",
            Encoding.UTF8.GetBytes(standalone),
            $"{Folder}/{name}.csv",
            ChartCsv.Write(chart, language, locale, Word));
    }
}
