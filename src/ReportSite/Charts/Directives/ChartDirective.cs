using ReportSite.Charts.Model;
using ReportSite.Html;
using ReportSite.Localization;
using ReportSite.Markdown.Directives;
using ReportSite.Paths;
using ReportSite.Theme;

namespace ReportSite.Charts.Directives;

/// <summary>
/// <c>::chart{id=…}</c>: a figure with the chart's headline, subtitle (unit and period) and source line, the chart drawn for phones and for wide
/// screens (CSS shows one), its data as a table behind a disclosure that works without JavaScript,
/// and links to the standalone SVG and the CSV, and to the PNG and PDF when the build draws them
/// (<paramref name="pictures"/>). The theme's <c>partials/chart.html</c> lays it out;
/// the SVG drawings are made by <see cref="Svg.SvgChartRenderer"/>.
/// </summary>
public sealed class ChartDirective(ChartSet charts, IReadOnlyDictionary<(string Id, string Language), RenderedChart> rendered, ThemeTemplates templates, Words words, bool pictures) : IDirective
{
    public string Name => "chart";

    public IEnumerable<string> Validate(Directive directive)
    {
        var unknown = directive.UnknownAttributes("id", "class").ToList();
        if (unknown.Count > 0) return unknown;
        if (directive["id"] is not { Length: > 0 } id) return ["name the chart, e.g. ::chart{id=poverty-funding}."];
        return charts.Get(id) is null ? [charts.Unknown(id)] : [];
    }

    public void Render(Directive directive, DirectiveContext context, TextWriter html) =>
        html.Write(templates.RenderPartial("chart", View(directive, context)).Html);

    private ChartView View(Directive directive, DirectiveContext context)
    {
        var chart = rendered[(directive["id"]!, context.Language)];
        var model = chart.Model;
        var donut = model.Type == ChartType.Donut;
        return new ChartView(
            directive["class"] is { Length: > 0 } extra ? "chart " + extra : "chart",
            "chart-" + model.Id,
            model.Title,
            model.Subtitle,
            model.Source,
            new Markup(chart.NarrowSvg),
            new Markup(chart.WideSvg),
            model.CategoriesAreYears,
            model.Series.Select(s => s.Name).ToList(),
            donut,
            // The chart's full alternative: every value, written in full the language's way.
            model.Categories.Select((category, c) => new ChartRowView(
                category,
                model.Series.Select(s => s.Points[c]?.Full).ToList(),
                donut ? model.Series[0].Points[c]?.Share : null)).ToList(),
            UrlPath.Relative(context.PageUrl, chart.CsvPath),
            UrlPath.Relative(context.PageUrl, chart.SvgPath),
            pictures ? UrlPath.Relative(context.PageUrl, chart.PngPath) : null,
            pictures ? UrlPath.Relative(context.PageUrl, chart.PdfPath) : null,
            words.Strings[context.Language]);
    }
}
