using System.Globalization;
using ReportSite.Localization;
using ReportSite.Markdown.Directives;
using ReportSite.Theme;

namespace ReportSite.Kpis.Directives;

/// <summary>
/// <c>:kpi[id]</c> inside a sentence: the KPI's figure written the page language's way, so a number is
/// authored once and both editions agree. <c>{year=2017}</c> picks a year; <c>{bare}</c> leaves out the
/// unit word where the sentence needs it elsewhere ("1000 多个家庭"). The theme's <c>partials/kpi-figure.html</c> writes it.
/// </summary>
public sealed class KpiFigureDirective(KpiSet kpis, ThemeTemplates templates, Words words) : IDirective
{
    public string Name => "kpi";

    public bool IsInline => true;

    public IEnumerable<string> Validate(Directive directive)
    {
        if (string.IsNullOrWhiteSpace(directive.Label))
        {
            return ["name the KPI in the brackets, e.g. :kpi[weicun.villages]."];
        }
        return directive.UnknownAttributes("year", "bare")
            .Concat(KpiReference.Problems(kpis, directive.Label.Trim(), directive["year"]));
    }

    public void Render(Directive directive, DirectiveContext context, TextWriter html)
    {
        var kpi = kpis.Get(directive.Label!.Trim())!;
        var value = KpiReference.Value(kpi, directive["year"]);
        var figure = kpi.Format(value.Value, context.Language, words.Numbers[context.Language], withWord: false).ToString();
        var text = kpi.Format(value.Value, context.Language, words.Numbers[context.Language], withWord: directive["bare"] is null).ToString();
        html.Write(templates.RenderPartial("kpi-figure", new KpiFigureView(value.Value.ToString(CultureInfo.InvariantCulture), figure, text[figure.Length..])).Html);
    }
}
