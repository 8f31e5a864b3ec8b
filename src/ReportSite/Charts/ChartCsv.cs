using System.Globalization;
using ReportSite.Files;
using ReportSite.Localization;

namespace ReportSite.Charts;

/// <summary>
/// A chart's data as CSV for spreadsheets (see <see cref="Csv"/>): full unrounded values in base
/// units, and the unit in each column header.
/// </summary>
public static class ChartCsv
{
    public static byte[] Write(ChartData data, string language, NumberLocale locale, Func<string, object[], string> word)
    {
        var first = word(data.ByYear ? "chartYear" : "chartCategory", []);
        var headers = data.Series.Select(s =>
        {
            // A series of single-value KPIs is headed with the chart's word; each value's own is in the table.
            var style = s.ValueKpis is null ? s.Kpi.StyleFor(language) : data.AxisStyle(language);
            var (_, unit) = NumberFormat.AxisUnit(0, style with { Scaled = false }, locale);
            return unit.Length == 0 ? s.Name[language] : word("csvHeader", [s.Name[language], unit]);
        });
        var csv = new Csv().Row([first, .. headers]);
        for (var c = 0; c < data.Categories.Count; c++)
        {
            csv.Row([data.Categories[c].Text(language), .. data.Series.Select(s => s.Values[c]?.ToString(CultureInfo.InvariantCulture) ?? "")], textCells: 1);
        }
        return csv.ToBytes();
    }
}
