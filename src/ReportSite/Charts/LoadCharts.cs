using System.Globalization;
using System.Text.RegularExpressions;
using ReportSite.Charts.Model;
using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Kpis;
using ReportSite.Yaml;
using YamlDotNet.RepresentationModel;

namespace ReportSite.Charts;

/// <summary>
/// Reads <c>data/charts.yml</c> and resolves each chart's KPIs into one table of values, reporting
/// every mistake (unknown type or KPI, series that cannot share an axis) with file and line.
/// </summary>
public sealed partial class LoadCharts
{
    public const string FileName = "data/charts.yml";

    private static readonly string[] KnownKeys = ["id", "type", "horizontal", "title", "description", "word", "series", "highlight", "source", "precision"];
    private static readonly Dictionary<string, ChartType> Types = new()
    {
        ["bar"] = ChartType.Bar,
        ["grouped-bar"] = ChartType.GroupedBar,
        ["stacked-bar"] = ChartType.StackedBar,
        ["line"] = ChartType.Line,
        ["donut"] = ChartType.Donut,
    };

    public ChartSet Run(string inputDir, SiteConfig site, KpiSet kpis, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(inputDir, FileName);
        if (!File.Exists(path)) return new ChartSet([]);
        var yaml = YamlSource.LoadMapping(File.ReadAllText(path), FileName, diagnostics);
        if (yaml is null) return new ChartSet([]);
        yaml.WarnUnknownKeys(["charts", LoadChapters.TranslatedFromKey], "top-level key");
        var charts = new List<ChartData>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in yaml.MapList("charts"))
        {
            var definition = Read(item, site);
            if (definition is null) continue;
            if (seen.TryGetValue(definition.Id, out var firstLine))
            {
                item.Error(item.Node("id"), $"chart '{definition.Id}' is defined twice; it is already defined at {FileName}:{firstLine}. Give one of them another id.");
                continue;
            }
            seen[definition.Id] = definition.Line;
            if (Resolve(definition, kpis, item, site.Languages) is { } data) charts.Add(data);
        }
        return new ChartSet(charts);
    }

    private static ChartDefinition? Read(YamlMap item, SiteConfig site)
    {
        item.WarnUnknownKeys(KnownKeys, "chart setting");
        var id = item.String("id", required: true, hint: "add 'id: name' (lower-case letters, digits and '-')");
        if (id is not null && !IdPattern().IsMatch(id))
        {
            item.Error(item.Node("id"), $"chart id '{id}' may use only lower-case letters, digits and '-' (it names the files charts/{id}.svg and .csv).");
            id = null;
        }
        var type = item.Keyword("type", Types, "chart type");
        var horizontal = item.Bool("horizontal") ?? false;
        if (horizontal && type is ChartType.Line or ChartType.Donut)
        {
            item.Warning(item.Node("horizontal"), $"'horizontal' applies to bar charts only; this {item.String("type")} chart ignores it.");
            horizontal = false;
        }
        var title = item.Text("title", site.Languages, required: true);
        var description = item.Text("description", site.Languages);
        var word = item.Text("word", site.Languages);
        var highlight = item.Int("highlight");
        var source = item.Text("source", site.Languages);
        var precision = Precision(item, site.Languages);
        var series = item.StringList("series", required: true);
        if (series is { Count: 0 }) item.Error(item.Node("series"), "'series' is empty; list the KPI ids to draw, e.g. 'series: [foundation.poverty-funding]'.");
        if (id is null || type is null || title is null || series is null || series.Count == 0) return null;
        return new ChartDefinition
        {
            Id = id,
            Type = type.Value,
            Horizontal = horizontal,
            Title = title,
            Description = description,
            Word = word,
            Series = series,
            Highlight = highlight,
            Source = source,
            Precision = precision,
            File = FileName,
            Line = item.Line,
        };
    }

    /// <summary><c>precision: 1</c> for every language, or <c>precision: { zh-CN: 1, en: 0 }</c>: decimals from 0 to 6.</summary>
    private static Dictionary<string, int>? Precision(YamlMap item, IReadOnlyList<string> languages)
    {
        if (item.Node("precision") is not { } node) return null;
        var texts = node is YamlMappingNode ? item.Text("precision", languages) : null;
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var language in languages)
        {
            var text = texts is null ? (node as YamlScalarNode)?.Value : texts[language];
            if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var decimals) || decimals is < 0 or > 6)
            {
                item.Error(node, $"'precision' is the number of decimals written on the chart, a whole number from 0 to 6 (or one per language, e.g. '{{ zh-CN: 1, en: 0 }}'), not '{text}'.");
                return null;
            }
            result[language] = decimals;
        }
        return result;
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
