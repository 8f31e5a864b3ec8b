using System.Globalization;
using System.Net;
using ReportSite.Markdown.Directives;

namespace ReportSite.Kpis.Directives;

/// <summary>
/// <c>::kpis{ids="a b c"}</c>: a row of highlight cards, each a large figure with its label, year, the
/// change on the year before when the KPI has one, and its note and source. <c>year=2017</c> shows
/// that year; <c>trend=false</c> leaves the changes out.
/// </summary>
public sealed class KpiCardsDirective(KpiSet kpis, Theme.Theme theme) : IDirective
{
    public string Name => "kpis";

    public IEnumerable<string> Validate(Directive directive)
    {
        var unknown = directive.UnknownAttributes("ids", "year", "trend", "id", "class").ToList();
        if (unknown.Count > 0) return unknown;
        var ids = Ids(directive);
        if (ids.Count == 0) return ["list the KPIs to show, e.g. ::kpis{ids=\"weicun.villages weicun.villagers\"}."];
        if (directive["trend"] is { } trend && trend is not ("true" or "false")) return [$"trend='{trend}' must be true or false."];
        return ids.SelectMany(id => KpiReference.Problems(kpis, id, directive["year"]));
    }

    public void Render(Directive directive, DirectiveContext context, TextWriter html)
    {
        var language = context.Language;
        var classes = string.Join(' ', new[] { "kpi-cards", directive["class"] }.Where(c => !string.IsNullOrEmpty(c)));
        var id = directive["id"] is { } anchor ? $" id=\"{WebUtility.HtmlEncode(anchor)}\"" : "";
        html.Write($"<ul class=\"{WebUtility.HtmlEncode(classes)}\"{id}>\n");
        foreach (var kpi in Ids(directive).Select(i => kpis.Get(i)!))
        {
            var value = KpiReference.Value(kpi, directive["year"]);
            var figure = kpi.Format(value.Value, language, theme.Numbers[language]);
            html.Write("<li class=\"kpi-card\">");
            html.Write($"<p class=\"kpi-figure\"><data value=\"{value.Value.ToString(CultureInfo.InvariantCulture)}\">");
            if (figure.Prefix.Length > 0) html.Write($"<span class=\"kpi-affix\">{Encode(figure.Prefix)}</span>");
            html.Write($"<span class=\"kpi-number\">{Encode(figure.Number)}</span>");
            if (figure.Suffix.Length > 0) html.Write($"<span class=\"kpi-affix\">{Encode(figure.Suffix)}</span>");
            html.Write("</data></p>");
            html.Write($"<p class=\"kpi-label\">{Encode(kpi.Label[language])}</p>");
            if (value.Year is { } year)
            {
                html.Write($"<p class=\"kpi-meta\"><span class=\"kpi-year\">{Encode(theme.Word(language, "kpiYear", year))}</span>");
                if (directive["trend"] != "false" && Trend(kpi, value, language) is { } trend) html.Write(trend);
                html.Write("</p>");
            }
            var notes = new[] { kpi.Note?[language], kpi.Source is null ? null : theme.Word(language, "kpiSource", kpi.Source[language]) }
                .Where(n => n is not null).ToList();
            if (notes.Count > 0) html.Write($"<p class=\"kpi-note\">{Encode(string.Join(" · ", notes))}</p>");
            html.Write("</li>\n");
        }
        html.Write("</ul>\n");
    }

    /// <summary>
    /// The change on the previous year that has a value: in percentage points for a percentage, as a
    /// relative change otherwise. Direction is said in words, with an arrow only as decoration.
    /// </summary>
    private string? Trend(Kpi kpi, KpiValue value, string language)
    {
        if (kpi.YearBefore(value) is not { } previous) return null;
        var locale = theme.Numbers[language];
        string change;
        decimal delta;
        if (kpi.Style.Unit == KpiUnit.Percent)
        {
            delta = value.Value - previous.Value;
            var points = NumberFormat.Format(Math.Abs(delta), new NumberStyle { Precision = 1, Scaled = false }, locale);
            change = theme.Word(language, "percentagePoints", points.ToString());
        }
        else
        {
            if (previous.Value == 0) return null;
            delta = (value.Value - previous.Value) / Math.Abs(previous.Value) * 100;
            change = NumberFormat.Format(Math.Abs(delta), new NumberStyle { Unit = KpiUnit.Percent, Precision = 1 }, locale).ToString();
        }
        var level = Math.Round(Math.Abs(delta), 1) == 0;
        var (direction, arrow, key) = level ? ("level", "", "trendLevel") : delta > 0 ? ("up", "▲", "trendUp") : ("down", "▼", "trendDown");
        var words = theme.Word(language, key, change, previous.Year!.Value);
        var mark = arrow.Length > 0 ? $"<span aria-hidden=\"true\">{arrow}</span> " : "";
        return $"<span class=\"kpi-trend kpi-trend-{direction}\">{mark}{Encode(words)}</span>";
    }

    private static List<string> Ids(Directive directive) =>
        (directive["ids"] ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
