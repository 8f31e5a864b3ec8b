using System.Globalization;

namespace ReportSite.Kpis.Directives;

/// <summary>Checks shared by the directives that show KPIs: the id exists, the year is one the KPI has.</summary>
internal static class KpiReference
{
    public static IEnumerable<string> Problems(KpiSet kpis, string id, string? yearText)
    {
        if (kpis.Get(id) is not { } kpi)
        {
            yield return kpis.Unknown(id);
            yield break;
        }
        if (kpi.ByCategory)
        {
            yield return $"KPI '{id}' has values by category ({kpi.File}:{kpi.Line}); show it in a chart with ::chart, or give it 'value:' or 'values:' by year.";
            yield break;
        }
        if (yearText is null) yield break;
        if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            yield return $"year='{yearText}' must be a year such as 2017.";
        }
        else if (kpi.InYear(year) is null)
        {
            yield return $"KPI '{id}' has no value for {year}; it has {string.Join(", ", kpi.Values.Select(v => v.Year))} ({kpi.File}:{kpi.Line}).";
        }
    }

    /// <summary>The value for the directive's year, or the latest one.</summary>
    public static KpiValue Value(Kpi kpi, string? yearText) =>
        yearText is null ? kpi.Latest : kpi.InYear(int.Parse(yearText, CultureInfo.InvariantCulture))!;
}
