using ReportSite.Charts;
using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Kpis;
using ReportSite.Kpis.Directives;
using ReportSite.Localization;
using ReportSite.Pages;
using ReportSite.Standards;

namespace ReportSite.PerformanceData;

/// <summary>
/// Lays every KPI out as rows of the performance table: each under its <c>group:</c>, or else under the
/// first chapter that shows it (in a sentence, a card or a chart), or else under "other figures"; groups
/// and rows in reading order. A KPI given by category gets a row per category, for the report's year.
/// The disclosures a KPI's <c>standards:</c> names are checked against the catalogues, as chapters' are.
/// </summary>
public sealed class PlanPerformanceTable
{
    public const string OtherGroup = "other";

    public PerformanceTable Run(KpiSet kpis, ChartSet charts, IReadOnlyList<Page> pages, IReadOnlyList<StandardsCatalogue> catalogues, SiteConfig site, DiagnosticBag diagnostics)
    {
        var chapters = pages.Where(p => p.Kind == PageKind.Chapter && p.Language == site.PrimaryLanguage).OrderBy(p => p.Number).ToList();
        var shownIn = new Dictionary<string, Page>(StringComparer.Ordinal);
        foreach (var chapter in chapters)
        {
            foreach (var id in chapter.Directives.SelectMany(use => KpisShown(use, charts))) shownIn.TryAdd(id, chapter);
        }
        // Each chapter's title in every language, once: a chapter's group is headed by it.
        var titles = pages.Where(p => p.Kind == PageKind.Chapter).GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new LocalizedText(g.ToDictionary(p => p.Language, p => p.Title, StringComparer.Ordinal), site.PrimaryLanguage), StringComparer.Ordinal);
        var rows = kpis.All
            .Select((kpi, order) => (Kpi: kpi, Order: order, Chapter: shownIn.GetValueOrDefault(kpi.Id)))
            .OrderBy(k => k.Chapter?.Number ?? int.MaxValue).ThenBy(k => k.Order)
            .Select(k => (k.Kpi, k.Chapter, Group: GroupOf(k.Kpi, k.Chapter, titles, site)))
            .ToList();
        var groups = rows
            .GroupBy(r => r.Group.Id, StringComparer.Ordinal)
            .Select(g => new PerformanceGroup(g.Key, g.First().Group.Title, g.SelectMany(r => Rows(r.Kpi, r.Chapter, catalogues, site, diagnostics)).ToList()))
            .ToList();
        var years = groups.SelectMany(g => g.Rows).SelectMany(r => r.Values.Keys).Distinct().Order().ToList();
        return new PerformanceTable(years, groups);
    }

    /// <summary>The KPIs a directive shows: a figure's, a card row's, a chart's series.</summary>
    private static IEnumerable<string> KpisShown(Markdown.Directives.DirectiveUse use, ChartSet charts) => use.Name switch
    {
        "chart" when use.Id is not null && charts.Get(use.Id) is { } chart => chart.Series.SelectMany(s => s.ValueKpis ?? [s.Kpi]).Select(k => k.Id),
        _ => KpiUses.Ids(use),
    };

    private static (string Id, LocalizedText? Title) GroupOf(Kpi kpi, Page? chapter, Dictionary<string, LocalizedText> titles, SiteConfig site)
    {
        if (kpi.Group is { } group) return ($"group:{group[site.PrimaryLanguage]}", group);
        return chapter is null ? (OtherGroup, null) : (chapter.Key, titles[chapter.Key]);
    }

    private static IEnumerable<PerformanceRow> Rows(Kpi kpi, Page? chapter, IReadOnlyList<StandardsCatalogue> catalogues, SiteConfig site, DiagnosticBag diagnostics)
    {
        var codes = new List<DisclosureCode>();
        foreach (var written in kpi.Standards)
        {
            if (MapDisclosures.Resolve(written, catalogues, out var problem) is { } found) codes.Add(new DisclosureCode(found.Catalogue.Prefix, found.Code));
            else diagnostics.Error(kpi.File, kpi.StandardsLine, $"KPI '{kpi.Id}': {problem}");
        }
        if (!kpi.ByCategory)
        {
            // A single 'value:' takes the report's year; with none in site.yml it has no column to go in.
            if (kpi.Values.Any(v => v.Year is null))
            {
                diagnostics.Warning(kpi.File, kpi.Line, $"KPI '{kpi.Id}' has a value without a year, so the performance data cannot list it; add 'year: 2018' (the reporting year) to site.yml, or 'year:' to the KPI.");
                yield break;
            }
            yield return new PerformanceRow(kpi, null, kpi.Values.ToDictionary(v => v.Year!.Value, v => v.Value), codes, chapter?.Key);
            yield break;
        }
        if (site.Year is not { } year)
        {
            diagnostics.Warning(kpi.File, kpi.Line, $"KPI '{kpi.Id}' has values by category, which the performance data lists under the report's year, and site.yml names none; add 'year: 2018' (the reporting year) to site.yml.");
            yield break;
        }
        for (var i = 0; i < kpi.Values.Count; i++)
        {
            var value = kpi.Values[i];
            yield return new PerformanceRow(kpi, value.Category, new Dictionary<int, decimal> { [year] = value.Value }, codes, chapter?.Key) { Id = $"{kpi.Id}:{i + 1}" };
        }
    }
}
