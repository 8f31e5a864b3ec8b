using System.Globalization;
using System.Text.RegularExpressions;
using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Localization;
using ReportSite.Yaml;

namespace ReportSite.Kpis;

/// <summary>
/// Reads the report's KPIs from <c>data/kpis.yml</c> and, for reports that keep them per chapter, every
/// <c>data/kpis/*.yml</c>. Every mistake is reported with file and line; a KPI with a mistake is left out.
/// </summary>
public sealed partial class LoadKpis
{
    public const string FileName = "data/kpis.yml";
    public const string Folder = "data/kpis";

    private static readonly string[] KnownKeys = ["id", "label", "unit", "currency", "word", "precision", "scale", "value", "year", "values", "categories", "source", "note", "group", "standards"];
    private static readonly string[] Units = ["count", "number", "currency", "percent"];

    public KpiSet Run(string inputDir, SiteConfig site, IReadOnlyDictionary<string, NumberLocale> locales, DiagnosticBag diagnostics)
    {
        var kpis = new List<Kpi>();
        var seen = new Dictionary<string, Kpi>(StringComparer.Ordinal);
        foreach (var file in Files(inputDir))
        {
            var yaml = YamlSource.LoadMapping(File.ReadAllText(Path.Combine(inputDir, file)), file, diagnostics);
            if (yaml is null) continue;
            yaml.WarnUnknownKeys(["kpis", LoadChapters.TranslatedFromKey], "top-level key");
            foreach (var item in yaml.MapList("kpis"))
            {
                var kpi = Read(item, site, locales);
                if (kpi is null) continue;
                if (seen.TryGetValue(kpi.Id, out var first))
                {
                    item.Error(item.Node("id"), $"KPI '{kpi.Id}' is defined twice; it is already defined at {first.File}:{first.Line}. Give one of them another id, or delete the copy.");
                    continue;
                }
                seen[kpi.Id] = kpi;
                kpis.Add(kpi);
                WarnLostPrecision(kpi, item, locales);
            }
        }
        return new KpiSet(kpis);
    }

    /// <summary>
    /// Warns when rounding to the KPI's precision changes a value by more than 1% in some language:
    /// 2,320,000 at precision 0 is "232万" in Chinese but "2 million" in English.
    /// </summary>
    private static void WarnLostPrecision(Kpi kpi, YamlMap item, IReadOnlyDictionary<string, NumberLocale> locales)
    {
        foreach (var value in kpi.Values.Where(v => v.Value != 0))
        {
            foreach (var (language, locale) in locales)
            {
                var shown = NumberFormat.Displayed(value.Value, kpi.Style, locale);
                if (Math.Abs(shown - value.Value) <= Math.Abs(value.Value) / 100) continue;
                item.Warning(item.Node("precision") ?? item.Node("id"), $"KPI '{kpi.Id}': {value.Value} is written '{kpi.Format(value.Value, language, locale)}' in {language}, more than 1% off; raise 'precision' (now {kpi.Style.Precision}) or set 'scale: false'.");
                return;
            }
        }
    }

    /// <summary>When a KPI file last changed (UTC), for the date the performance data states; null without KPI files.</summary>
    public static DateTime? LastChanged(string inputDir)
    {
        var times = Files(inputDir).Select(file => File.GetLastWriteTimeUtc(Path.Combine(inputDir, file))).ToList();
        return times.Count == 0 ? null : times.Max();
    }

    private static IEnumerable<string> Files(string inputDir)
    {
        if (File.Exists(Path.Combine(inputDir, FileName))) yield return FileName;
        var folder = Path.Combine(inputDir, Folder);
        if (!Directory.Exists(folder)) yield break;
        foreach (var path in Directory.EnumerateFiles(folder, "*.yml").Order(StringComparer.Ordinal))
        {
            yield return Folder + "/" + Path.GetFileName(path);
        }
    }

    private static Kpi? Read(YamlMap item, SiteConfig site, IReadOnlyDictionary<string, NumberLocale> locales)
    {
        item.WarnUnknownKeys(KnownKeys, "KPI setting");
        var id = item.String("id", required: true, hint: "add 'id: topic.name' (lower-case letters, digits, '.' and '-')");
        if (id is not null && !IdPattern().IsMatch(id))
        {
            item.Error(item.Node("id"), $"KPI id '{id}' may use only lower-case letters, digits, '.' and '-', starting with a letter or digit (e.g. 'weicun.villages').");
            id = null;
        }
        var label = item.Text("label", site.Languages, required: true);
        var style = ReadStyle(item, locales);
        var word = item.Text("word", site.Languages);
        var values = ReadValues(item, site);
        var source = item.Text("source", site.Languages);
        var note = item.Text("note", site.Languages);
        var group = item.Text("group", site.Languages);
        var standards = item.StringList("standards") ?? [];
        if (id is null || label is null || style is null || values is null) return null;
        return new Kpi
        {
            Id = id,
            Label = label,
            Style = style,
            Word = word,
            Values = values,
            Source = source,
            Note = note,
            Group = group,
            Standards = standards,
            StandardsLine = item.LineOf("standards"),
            File = item.File,
            Line = item.Line,
        };
    }

    private static NumberStyle? ReadStyle(YamlMap item, IReadOnlyDictionary<string, NumberLocale> locales)
    {
        var unitText = item.String("unit", required: true, hint: $"add 'unit:' with one of {string.Join(", ", Units)}");
        var precision = item.Int("precision");
        var scaled = item.Bool("scale");
        var currency = item.String("currency");
        if (precision is < 0 or > 6)
        {
            item.Error(item.Node("precision"), $"'precision' is the number of decimals at most, from 0 to 6, not {precision}.");
            return null;
        }
        if (unitText is null) return null;
        if (!Units.Contains(unitText))
        {
            item.Error(item.Node("unit"), $"unknown unit '{unitText}'{Suggest.DidYouMean(unitText, Units)}; use one of {string.Join(", ", Units)}.");
            return null;
        }
        var unit = unitText switch
        {
            "currency" => KpiUnit.Currency,
            "percent" => KpiUnit.Percent,
            _ => KpiUnit.Number,
        };
        if (currency is not null && unit != KpiUnit.Currency)
        {
            item.Warning(item.Node("currency"), $"'currency' only applies to 'unit: currency'; this KPI is '{unitText}', so it is ignored.");
        }
        currency ??= "CNY";
        var missing = locales.Where(l => !l.Value.Currency.ContainsKey(currency)).Select(l => l.Key).ToList();
        if (unit == KpiUnit.Currency && missing.Count > 0)
        {
            var known = locales.Values.SelectMany(l => l.Currency.Keys).Distinct().Order().ToList();
            item.Error(item.Node("currency") ?? item.Node("unit"), $"currency '{currency}' has no way to be written in {string.Join(", ", missing)}{Suggest.DidYouMean(currency, known)}; use one of {string.Join(", ", known)}, or add it under 'number: currency:' in the theme's i18n files.");
            return null;
        }
        return new NumberStyle
        {
            Unit = unit,
            Precision = precision ?? 2,
            Scaled = scaled ?? true,
            Currency = currency,
        };
    }

    /// <summary>Exactly one of <c>value</c> (with an optional <c>year</c>), <c>values</c> by year, or <c>categories</c>.</summary>
    private static IReadOnlyList<KpiValue>? ReadValues(YamlMap item, SiteConfig site)
    {
        var given = new[] { "value", "values", "categories" }.Where(k => item.Node(k) is not null).ToList();
        if (given.Count != 1)
        {
            item.Error(given.Count == 0 ? null : item.Node(given[1]), given.Count == 0
                ? "this KPI has no value; add 'value: 123' (for the report year), 'values:' with one line per year, or 'categories:'."
                : $"this KPI has both '{given[0]}' and '{given[1]}'; keep one.");
            return null;
        }
        return given[0] switch
        {
            "value" => ReadSingle(item, site),
            "values" => ReadYears(item),
            _ => ReadCategories(item, site),
        };
    }

    private static IReadOnlyList<KpiValue>? ReadSingle(YamlMap item, SiteConfig site)
    {
        var value = item.Decimal("value");
        var year = item.Int("year") ?? site.Year;
        if (value is null) return null;
        return [new KpiValue(value.Value, year, null)];
    }

    private static IReadOnlyList<KpiValue>? ReadYears(YamlMap item)
    {
        var values = new List<KpiValue>();
        var valid = true;
        foreach (var (key, node) in item.Entries("values"))
        {
            if (!int.TryParse(key.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1000 or > 9999)
            {
                item.Error(key, $"'values' are listed by year ('2018: 492000000'); '{key.Value}' is not a year. For values by category, use 'categories:'.");
                valid = false;
                continue;
            }
            if (values.Any(v => v.Year == year))
            {
                item.Error(key, $"the year {year} is listed twice under 'values'; keep one.");
                valid = false;
                continue;
            }
            var value = item.Decimal(node, $"the value for {year}");
            if (value is null) valid = false;
            else values.Add(new KpiValue(value.Value, year, null));
        }
        if (valid && values.Count == 0) item.Error(item.Node("values"), "'values' is empty; add one line per year, such as '2018: 492000000'.");
        return valid && values.Count > 0 ? values.OrderBy(v => v.Year).ToList() : null;
    }

    private static IReadOnlyList<KpiValue>? ReadCategories(YamlMap item, SiteConfig site)
    {
        var values = new List<KpiValue>();
        var valid = true;
        foreach (var category in item.MapList("categories"))
        {
            category.WarnUnknownKeys(["label", "value"], "category setting");
            var label = category.Text("label", site.Languages, required: true);
            var value = category.Decimal("value", required: true);
            if (label is not null && values.Any(v => v.Category![site.PrimaryLanguage] == label[site.PrimaryLanguage]))
            {
                category.Error(category.Node("label"), $"the category '{label[site.PrimaryLanguage]}' is listed twice; keep one.");
                valid = false;
            }
            else if (label is null || value is null) valid = false;
            else values.Add(new KpiValue(value.Value, null, label));
        }
        if (valid && values.Count == 0) item.Error(item.Node("categories"), "'categories' is empty; add items such as '- { label: { zh-CN: 广东, en: Guangdong }, value: 120 }'.");
        return valid && values.Count > 0 ? values : null;
    }

    [GeneratedRegex("^[a-z0-9]+(?:[.-][a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
