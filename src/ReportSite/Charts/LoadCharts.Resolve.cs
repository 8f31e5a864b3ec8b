using ReportSite.Charts.Model;
using ReportSite.Kpis;
using ReportSite.Localization;
using ReportSite.Yaml;

namespace ReportSite.Charts;

public sealed partial class LoadCharts
{
    /// <summary>
    /// Lines the KPIs up on one category axis. KPIs by year share the years; KPIs by category share
    /// categories (matched by their primary-language label); in a bar or donut chart, KPIs with one
    /// value each become the categories of a single series (the bars, or the slices).
    /// </summary>
    private static ChartData? Resolve(ChartDefinition chart, KpiSet kpis, YamlMap item, IReadOnlyList<string> languages)
    {
        var at = item.Node("series");
        var found = new List<Kpi>();
        foreach (var id in chart.Series)
        {
            if (kpis.Get(id) is { } kpi) found.Add(kpi);
            else item.Error(at, $"chart '{chart.Id}': {kpis.Unknown(id)}");
        }
        if (found.Count != chart.Series.Count) return null;

        var first = found[0];
        foreach (var other in found.Skip(1).Where(k => k.Style.Unit != first.Style.Unit || k.Style.Currency != first.Style.Currency))
        {
            item.Error(at, $"chart '{chart.Id}' mixes '{first.Id}' ({Describe(first)}) and '{other.Id}' ({Describe(other)}); a chart has one value axis, so draw them in separate charts.");
            return null;
        }
        if (chart.Word is null && !SameWords(chart, found, item, languages)) return null;

        ChartData data;
        if (found.Count > 1 && chart.Type is ChartType.Bar or ChartType.Donut && found.All(k => k.Values.Count == 1 && !k.ByCategory))
        {
            var categories = found.Select(k => new ChartCategory(null, k.Label)).ToList();
            var values = found.Select(k => (decimal?)k.Values[0].Value).ToList();
            data = new ChartData(chart, categories, [new ChartSeries(chart.Title, first, values) { ValueKpis = found }], first.Style);
        }
        else if (found.All(k => !k.ByCategory))
        {
            var reported = found.SelectMany(k => k.Values.Select(v => v.Year!.Value)).ToList();
            // Years are spaced in time in every chart type: a year nobody reported stays on the axis as a
            // gap (no bar, a break in the line, an empty row in the table), never closed up unnoticed.
            var years = Enumerable.Range(reported.Min(), reported.Max() - reported.Min() + 1).ToList();
            var categories = years.Select(y => new ChartCategory(y, null)).ToList();
            data = new ChartData(chart, categories, found.Select(k => new ChartSeries(k.Label, k, years.Select(y => k.InYear(y)?.Value).ToList())).ToList(), first.Style);
        }
        else if (found.All(k => k.ByCategory))
        {
            var primary = first.Label.Primary;
            var labels = found.SelectMany(k => k.Values.Select(v => v.Category!)).DistinctBy(l => l[primary]).ToList();
            var categories = labels.Select(l => new ChartCategory(null, l)).ToList();
            data = new ChartData(chart, categories, found.Select(k => new ChartSeries(k.Label, k,
                labels.Select(l => k.Values.FirstOrDefault(v => v.Category![primary] == l[primary])?.Value).ToList())).ToList(), first.Style);
        }
        else
        {
            item.Error(at, $"chart '{chart.Id}' mixes KPIs by year and by category; draw them in separate charts.");
            return null;
        }
        if (!Check(data, item)) return null;
        WarnHighlight(data, item);
        return data;
    }

    /// <summary>A highlighted year the chart does not draw would highlight nothing, silently.</summary>
    private static void WarnHighlight(ChartData data, YamlMap item)
    {
        if (data.Definition.Highlight is not { } year) return;
        if (!data.ByYear)
        {
            item.Warning(item.Node("highlight"), $"chart '{data.Definition.Id}' draws categories, not years, so 'highlight: {year}' has nothing to highlight; remove it.");
        }
        else if (data.Categories.All(c => c.Year != year))
        {
            var years = data.Categories.Select(c => c.Year!.Value).ToList();
            item.Warning(item.Node("highlight"), $"chart '{data.Definition.Id}' draws {years[0]}–{years[^1]}, so 'highlight: {year}' has nothing to highlight; name one of those years.");
        }
    }

    /// <summary>What each chart type needs of its data, said in the author's terms.</summary>
    private static bool Check(ChartData data, YamlMap item)
    {
        var chart = data.Definition;
        var values = data.Series.SelectMany(s => s.Values).OfType<decimal>().ToList();
        string? problem = chart.Type switch
        {
            ChartType.Donut when data.Series.Count > 1 => "a donut shows one series: give one KPI with 'categories:', or several KPIs with one value each",
            ChartType.Donut or ChartType.StackedBar when values.Any(v => v < 0) => "parts of a whole cannot be negative; use a bar or line chart",
            ChartType.Donut when values.Sum() == 0 => "every value is zero, so there is nothing to divide",
            ChartType.Line when data.Categories.Count < 2 => "a line needs at least two points; use a bar chart or ::kpis",
            ChartType.GroupedBar or ChartType.StackedBar when data.Series.Count < 2 => "grouped and stacked bars compare several series; list more KPIs, or use type: bar",
            ChartType.Bar when data.Series.Count > 1 => "type: bar draws one series; use grouped-bar or stacked-bar for several",
            _ => null,
        };
        if (problem is null) return true;
        item.Error(item.Node("type"), $"chart '{chart.Id}': {problem}.");
        return false;
    }

    /// <summary>
    /// One axis, one unit line and one word on the labels: KPIs counting different things ("courses",
    /// "trainers") would all be written with the first one's word, so they need the chart's own.
    /// </summary>
    private static bool SameWords(ChartDefinition chart, IReadOnlyList<Kpi> found, YamlMap item, IReadOnlyList<string> languages)
    {
        string Words(Kpi k) => k.Word is null ? "no word" : string.Join(" / ", languages.Select(l => $"\"{k.Word[l]}\""));
        var first = Words(found[0]);
        if (found.All(k => Words(k) == first)) return true;
        var listed = found.Take(1).Concat(found.Skip(1).Where(k => Words(k) != first)).Select((k, i) => $"'{k.Id}' {(i == 0 ? "is in" : "in")} {Words(k)}");
        item.Error(null, $"chart '{chart.Id}' mixes unit words: {string.Join(", ", listed)}; every value would be labelled with the first. " +
            "Add the chart's own word for what they all count (e.g. 'word: { zh-CN: 人, en: people }'; each value keeps its own in the data table), or draw them in separate charts.");
        return false;
    }

    private static string Describe(Kpi kpi) =>
        kpi.Style.Unit == KpiUnit.Currency ? $"currency {kpi.Style.Currency}" : kpi.Style.Unit.ToString().ToLowerInvariant();
}
