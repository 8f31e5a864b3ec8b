using System.Net;
using ReportSite.Markdown.Directives;
using ReportSite.Pages;

namespace ReportSite.Charts.Directives;

/// <summary>
/// <c>::chart{id=…}</c>: a figure with the chart's title, the chart drawn for phones and for wide
/// screens (CSS shows one), its data as a table behind a disclosure that works without JavaScript,
/// and links to the standalone SVG and the CSV.
/// </summary>
public sealed class ChartDirective(ChartSet charts, IReadOnlyDictionary<(string Id, string Language), RenderedChart> rendered, Theme.Theme theme) : IDirective
{
    public string Name => "chart";

    public IEnumerable<string> Validate(Directive directive)
    {
        var unknown = directive.UnknownAttributes("id", "class").ToList();
        if (unknown.Count > 0) return unknown;
        if (directive["id"] is not { Length: > 0 } id) return ["name the chart, e.g. ::chart{id=poverty-funding}."];
        return charts.Get(id) is null ? [charts.Unknown(id)] : [];
    }

    public void Render(Directive directive, DirectiveContext context, TextWriter html)
    {
        var language = context.Language;
        var chart = rendered[(directive["id"]!, language)];
        var model = chart.Model;
        string Word(string key) => WebUtility.HtmlEncode(theme.Word(language, key));
        string Link(string path) => WebUtility.HtmlEncode(UrlPath.Relative(context.PageUrl, path));
        var classes = directive["class"] is { Length: > 0 } extra ? "chart " + WebUtility.HtmlEncode(extra) : "chart";

        html.Write($"<figure class=\"{classes}\" id=\"chart-{model.Id}\" data-chart>\n");
        html.Write($"<figcaption class=\"chart__title\">{WebUtility.HtmlEncode(model.Title)}</figcaption>\n");
        html.Write("<div class=\"chart__plot\">\n<div class=\"chart__narrow\">");
        html.Write(chart.NarrowSvg);
        html.Write("</div>\n<div class=\"chart__wide\">");
        html.Write(chart.WideSvg);
        html.Write("</div>\n</div>\n");
        html.Write($"<details class=\"chart__data\"><summary>{Word("chartShowData")}</summary>\n");
        Table(model, html, theme.Word(language, model.CategoriesAreYears ? "chartYear" : "chartCategory"));
        html.Write("</details>\n");
        html.Write($"<p class=\"chart__downloads\"><a href=\"{Link(chart.CsvPath)}\" download>{Word("chartDownloadData")}</a>");
        html.Write($"<a href=\"{Link(chart.SvgPath)}\" download>{Word("chartDownloadImage")}</a></p>\n");
        html.Write("</figure>\n");
    }

    /// <summary>The chart's full alternative: every value, written in full the language's way.</summary>
    private static void Table(ChartModel model, TextWriter html, string firstHeader)
    {
        static string E(string text) => WebUtility.HtmlEncode(text);
        html.Write($"<table>\n<caption>{E(model.Title)}</caption>\n<thead><tr><th scope=\"col\">{E(firstHeader)}</th>");
        foreach (var series in model.Series) html.Write($"<th scope=\"col\">{E(series.Name)}</th>");
        if (model.Type == ChartType.Donut) html.Write("<th scope=\"col\">%</th>");
        html.Write("</tr></thead>\n<tbody>\n");
        for (var c = 0; c < model.Categories.Count; c++)
        {
            html.Write($"<tr><th scope=\"row\">{E(model.Categories[c])}</th>");
            foreach (var series in model.Series) html.Write($"<td>{E(series.Points[c]?.Full ?? "–")}</td>");
            if (model.Type == ChartType.Donut) html.Write($"<td>{E(model.Series[0].Points[c]?.Share ?? "–")}</td>");
            html.Write("</tr>\n");
        }
        html.Write("</tbody>\n</table>\n");
    }
}
