using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Markdown.Directives;

namespace ReportSite.Kpis.Directives;

/// <summary>
/// The home page's headline figures (<c>highlights:</c> in site.yml) as KPI cards in each language,
/// drawn exactly as <c>::kpis</c> draws them in a chapter; unknown ids fail at the site.yml line, a
/// theme template that cannot draw them at its own line.
/// </summary>
public sealed class RenderHighlights(KpiCardsDirective cards)
{
    public IReadOnlyDictionary<string, string> Run(SiteConfig site, DiagnosticBag diagnostics)
    {
        if (site.Highlights.Count == 0) return new Dictionary<string, string>();
        var directive = new Directive("kpis", null, new Dictionary<string, string> { ["ids"] = string.Join(' ', site.Highlights), ["class"] = "kpi-cards--home" });
        var problems = cards.Validate(directive).ToList();
        foreach (var problem in problems) diagnostics.Error(LoadSiteConfig.FileName, site.HighlightsLine, $"highlights: {problem}");
        if (problems.Count > 0) return new Dictionary<string, string>();
        try
        {
            return site.Languages.ToDictionary(language => language, language => cards.Html(directive, language));
        }
        catch (DiagnosticException e)
        {
            diagnostics.Add(e.Diagnostic);
            return new Dictionary<string, string>();
        }
    }
}
