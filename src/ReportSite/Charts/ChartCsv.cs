using System.Globalization;
using System.Text;
using ReportSite.Kpis;

namespace ReportSite.Charts;

/// <summary>
/// A chart's data as CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads Chinese
/// correctly), CRLF rows, full unrounded values in base units, and the unit in each column header.
/// </summary>
public static class ChartCsv
{
    public static byte[] Write(ChartData data, string language, NumberLocale locale, Func<string, object[], string> word)
    {
        var csv = new StringBuilder();
        var first = word(data.ByYear ? "chartYear" : "chartCategory", []);
        var headers = data.Series.Select(s =>
        {
            var (_, unit) = NumberFormat.AxisUnit(0, s.Kpi.StyleFor(language) with { Scaled = false }, locale);
            return unit.Length == 0 ? s.Name[language] : word("csvHeader", [s.Name[language], unit]);
        });
        Row(csv, [first, .. headers]);
        for (var c = 0; c < data.Categories.Count; c++)
        {
            Row(csv, [data.Categories[c].Text(language), .. data.Series.Select(s => s.Values[c]?.ToString(CultureInfo.InvariantCulture) ?? "")], textCells: 1);
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    /// <summary>
    /// Appends one row. Text cells that a spreadsheet would run as a formula (= + - @ first) get a
    /// leading apostrophe; number cells stay numbers.
    /// </summary>
    private static void Row(StringBuilder csv, IReadOnlyList<string> cells, int textCells = int.MaxValue)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0) csv.Append(',');
            var cell = cells[i];
            if (i < textCells && cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r') cell = "'" + cell;
            csv.Append(cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell);
        }
        csv.Append("\r\n");
    }
}
