using System.Globalization;
using ReportSite.Charts.Model;
using ReportSite.Kpis;
using ReportSite.Localization;

namespace ReportSite.Charts;

/// <summary>Computes a <see cref="ChartModel"/> from a chart's data for one language, with the theme's words.</summary>
public static class BuildChartModel
{
    /// <summary>At most this many values are spelled out in the description; the data table has them all.</summary>
    private const int DescribedValues = 12;

    /// <summary>
    /// The model of <paramref name="data"/> in <paramref name="language"/>; <paramref name="reportYear"/> (site.yml's) is
    /// the year highlighted unless the chart names its own, and the period of a chart by category.
    /// </summary>
    public static ChartModel Run(ChartData data, string language, NumberLocale locale, Func<string, object[], string> word, int? reportYear = null)
    {
        var chart = data.Definition;
        var style = data.AxisStyle(language);
        var values = data.Series.SelectMany(s => s.Values).OfType<decimal>().ToList();
        var extent = chart.Type == ChartType.StackedBar
            ? Enumerable.Range(0, data.Categories.Count).Select(i => data.Series.Sum(s => s.Values[i] ?? 0)).DefaultIfEmpty(0).Max()
            : values.Select(Math.Abs).DefaultIfEmpty(0).Max();
        var (divisor, unit) = NumberFormat.AxisUnit(extent, style, locale);
        var categories = data.Categories.Select(c => c.Text(language)).ToList();
        // The chart's own precision, when the KPIs' would write figures too long to fit on their marks.
        int Precision(Kpi kpi) => chart.Precision?[language] ?? kpi.Style.Precision;
        var total = values.Sum();
        // One number of decimals per chart, so "1" never stands beside "1.28": as many as its most exact
        // value needs once each is rounded to its KPI's precision (on the axis unit), zeros kept.
        var onMarks = new NumberStyle { Scaled = false, FixedDecimals = true, Precision = data.Series
            .SelectMany(s => s.Values.Select((v, i) => v is { } x ? Needed(x / divisor, Precision(s.KpiAt(i))) : 0)).DefaultIfEmpty(0).Max() };
        var shares = new NumberStyle { Unit = KpiUnit.Percent, FixedDecimals = true, Precision = values.Select(v => Needed(total == 0 ? 0 : v / total * 100, 1)).DefaultIfEmpty(0).Max() };

        var series = data.Series.Select(s =>
        {
            var name = chart.Type == ChartType.Donut || data.Series.Count == 1 ? null : s.Name[language];
            var points = s.Values.Select((value, i) => value is not { } v ? null : Point(v, s.KpiAt(i), i)).ToList();
            return new ChartModelSeries(s.Name[language], points);

            ChartPoint Point(decimal v, Kpi kpi, int i)
            {
                var full = kpi.Format(v, language, locale).ToString();
                var shortText = NumberFormat.Format(Math.Round(v / divisor, Precision(kpi), MidpointRounding.AwayFromZero), onMarks, locale).ToString();
                var what = name is null ? categories[i] : $"{categories[i]} · {name}";
                if (chart.Type != ChartType.Donut) return new ChartPoint(v / divisor, shortText, full, word("labelValue", [what, full]));
                var share = NumberFormat.Format(v / total * 100, shares, locale).ToString();
                return new ChartPoint(v / divisor, shortText, full, word("labelValue", [what, $"{full} ({share})"])) { Share = share };
            }
        }).ToList();

        var unitCaption = unit.Length == 0 || chart.Type == ChartType.Donut ? "" : word("chartUnit", [unit]);
        // A headline that already names its years ("2018 年员工学历构成") needs no period under it.
        var period = Period(data, reportYear, word);
        var years = data.ByYear ? data.Categories.Select(c => c.Year!.Value).ToList() : reportYear is { } y ? [y] : [];
        if (years.Count > 0 && chart.Title[language].Contains(years[0].ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            && chart.Title[language].Contains(years[^1].ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)) period = "";
        var highlightYear = chart.Highlight ?? reportYear;
        var highlight = data.ByYear && data.Categories.Count > 1 ? data.Categories.ToList().FindIndex(c => c.Year == highlightYear) : -1;
        return new ChartModel
        {
            Id = chart.Id,
            Type = chart.Type,
            Horizontal = chart.Horizontal,
            Title = chart.Title[language],
            Description = chart.Description?[language] ?? Describe(series, categories, unit, word),
            // A donut's legend writes every value in full, so it needs no unit line.
            UnitCaption = unitCaption,
            Subtitle = unitCaption.Length > 0 && period.Length > 0 ? word("chartSubtitle", [unitCaption, period]) : unitCaption + period,
            Source = Source(data, language, word),
            Highlight = highlight >= 0 ? highlight : null,
            Categories = categories,
            CategoriesAreYears = data.ByYear,
            Series = series,
            FormatTick = (tick, decimals) => NumberFormat.Format(tick, new NumberStyle { Scaled = false, Precision = decimals }, locale).ToString(),
            TotalLabel = word("chartTotal", []),
            TotalText = chart.Type == ChartType.Donut ? NumberFormat.Format(total, style, locale).ToString() : null,
            StackTotals = chart.Type == ChartType.StackedBar
                ? Enumerable.Range(0, categories.Count).Select(i => data.Series.All(s => s.Values[i] is null) ? null : NumberFormat.Format(data.Series.Sum(s => s.Values[i] ?? 0) / divisor, onMarks, locale).ToString()).ToList()
                : null,
        };
    }

    /// <summary>"2016–2018 年" for a chart by year; the report's year for one by category; empty when unknown.</summary>
    private static string Period(ChartData data, int? reportYear, Func<string, object[], string> word)
    {
        if (data.ByYear && data.Categories.Count > 0)
        {
            var (first, last) = (data.Categories[0].Year!.Value, data.Categories[^1].Year!.Value);
            return first == last ? word("chartPeriodYear", [first]) : word("chartPeriodYears", [first, last]);
        }
        return reportYear is { } year ? word("chartPeriodYear", [year]) : "";
    }

    /// <summary>"来源：…" from the chart's own <c>source:</c>, else its KPIs' source notes (each once); empty when none has one.</summary>
    private static string Source(ChartData data, string language, Func<string, object[], string> word)
    {
        var kpis = data.Series.SelectMany(s => s.ValueKpis ?? [s.Kpi]);
        var names = data.Definition.Source is { } own ? [own[language]] : kpis.Select(k => k.Source?[language]).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return names.Count == 0 ? "" : word("chartSource", [string.Join(word("listSeparator", []), names)]);
    }

    /// <summary>The decimals <paramref name="value"/> needs once rounded to <paramref name="precision"/> (1.10 at 2 needs 1).</summary>
    private static int Needed(decimal value, int precision)
    {
        var rounded = Math.Round(value, precision, MidpointRounding.AwayFromZero);
        var decimals = 0;
        while (decimal.Round(rounded, decimals) != rounded) decimals++;
        return decimals;
    }

    /// <summary>"2016: 2.05亿元; 2017: 4.23亿元; …", per series, for readers who cannot see the chart.</summary>
    private static string Describe(IReadOnlyList<ChartModelSeries> series, IReadOnlyList<string> categories, string unit, Func<string, object[], string> word)
    {
        var separator = word("listSeparator", []);
        var parts = series.Select(s =>
        {
            var points = s.Points.Select((p, i) => p is null ? null : word("labelValue", [categories[i], p.Full])).OfType<string>().ToList();
            var listed = string.Join(separator, points.Take(DescribedValues)) + (points.Count > DescribedValues ? separator + "…" : "");
            return series.Count == 1 ? listed : word("labelValue", [s.Name, listed]);
        });
        return string.Join(word("sentenceSeparator", []), parts);
    }
}
