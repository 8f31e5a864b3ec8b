using System.Globalization;
using System.Text.RegularExpressions;
using ReportSite.Localization;
using ReportSite.Markdown.Directives;
using ReportSite.Theme;

namespace ReportSite.Kpis.Directives;

/// <summary>
/// <c>::kpis{ids="a b c"}</c>: a row of highlight cards, each a large figure with its label, year, the
/// change on the year before when the KPI has one, and its note and source. <c>year=2017</c> shows
/// that year; <c>trend=false</c> leaves the changes out. A year every card shares is said once, for
/// the group; a unit word the label already says ("9,849 villages" over "Villages on Weicun") is left
/// off the figure. The theme's <c>partials/kpi-cards.html</c> draws them.
/// </summary>
public sealed class KpiCardsDirective(KpiSet kpis, ThemeTemplates templates, Words words) : IDirective
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

    public void Render(Directive directive, DirectiveContext context, TextWriter html) => html.Write(Html(directive, context.Language));

    /// <summary>The cards drawn by the theme; throws <see cref="Theme.TemplateException"/> when its template cannot draw them.</summary>
    public string Html(Directive directive, string language) => templates.RenderPartial("kpi-cards", View(directive, language)).Html;

    /// <summary>The cards in <paramref name="language"/>: every figure, year and change written that language's way.</summary>
    public KpiCardsView View(Directive directive, string language)
    {
        var classes = string.Join(' ', new[] { "kpi-cards", directive["class"] }.Where(c => !string.IsNullOrEmpty(c)));
        var chosen = Ids(directive).Select(id => kpis.Get(id)!).Select(kpi => (Kpi: kpi, Value: KpiReference.Value(kpi, directive["year"]))).ToList();
        int? shared = chosen.Count > 1 && chosen.Select(c => c.Value.Year).Distinct().ToList() is [{ } year] ? year : null;
        var cards = chosen.Select(c => Card(c.Kpi, c.Value, directive, language, showYear: shared is null)).ToList();
        return new KpiCardsView(classes, directive["id"], shared is { } y ? words.Word(language, "kpiGroupYear", y) : null, cards);
    }

    /// <summary>
    /// Whether <paramref name="label"/> already says <paramref name="word"/> as whole words, ignoring
    /// case: "Villages on Weicun" says "villages". Chinese has no spaces to find a word by, so a
    /// measure word such as 个村庄 stays with its number.
    /// </summary>
    public static bool LabelSays(string label, string word) =>
        word.Trim() is { Length: > 0 } trimmed
        && Regex.IsMatch(label, $@"\b{Regex.Escape(trimmed)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private KpiCardView Card(Kpi kpi, KpiValue value, Directive directive, string language, bool showYear)
    {
        var figure = kpi.Format(value.Value, language, words.Numbers[language], withWord: false);
        var word = kpi.Format(value.Value, language, words.Numbers[language]).Suffix[figure.Suffix.Length..];
        var label = kpi.Label[language];
        var notes = new[] { kpi.Note?[language], kpi.Source is null ? null : words.Word(language, "kpiSource", kpi.Source[language]) }
            .Where(n => n is not null).ToList();
        return new KpiCardView(
            value.Value.ToString(CultureInfo.InvariantCulture),
            figure.Prefix,
            figure.Number,
            figure.Suffix,
            LabelSays(label, word) ? "" : word,
            label,
            value.Year is { } year && showYear ? words.Word(language, "kpiYear", year) : null,
            value.Year is not null && directive["trend"] != "false" ? Trend(kpi, value, language) : null,
            notes.Count > 0 ? string.Join(" · ", notes) : null);
    }

    /// <summary>
    /// The change on the previous year that has a value: in percentage points for a percentage, as a
    /// relative change otherwise. Direction is said in words, with an arrow only as decoration.
    /// </summary>
    private KpiTrendView? Trend(Kpi kpi, KpiValue value, string language)
    {
        if (kpi.YearBefore(value) is not { } previous) return null;
        var locale = words.Numbers[language];
        string change;
        decimal delta;
        if (kpi.Style.Unit == KpiUnit.Percent)
        {
            delta = value.Value - previous.Value;
            var points = NumberFormat.Format(Math.Abs(delta), new NumberStyle { Precision = 1, Scaled = false }, locale);
            change = words.Word(language, "percentagePoints", points.ToString());
        }
        else
        {
            if (previous.Value == 0) return null;
            delta = (value.Value - previous.Value) / Math.Abs(previous.Value) * 100;
            change = NumberFormat.Format(Math.Abs(delta), new NumberStyle { Unit = KpiUnit.Percent, Precision = 1 }, locale).ToString();
        }
        var level = Math.Round(Math.Abs(delta), 1) == 0;
        var (direction, key) = level ? ("level", "trendLevel") : delta > 0 ? ("up", "trendUp") : ("down", "trendDown");
        return new KpiTrendView(direction, words.Word(language, key, change, previous.Year!.Value));
    }

    private static List<string> Ids(Directive directive) => Ids(directive["ids"]);

    /// <summary>The ids an <c>ids</c> attribute lists, split at spaces.</summary>
    internal static List<string> Ids(string? ids) =>
        (ids ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
