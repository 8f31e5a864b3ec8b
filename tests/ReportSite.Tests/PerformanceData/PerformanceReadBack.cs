using System.Globalization;
using System.Text.Json;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ReportSite.Tests.PerformanceData;

/// <summary>Reads each output of the performance data back as (row id, year) → value in base units, the way a reader's tools would.</summary>
internal static class PerformanceReadBack
{
    public static Dictionary<(string Row, int Year), decimal> Page(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        return document.QuerySelectorAll("tr[id] td[data-value]").ToDictionary(
            cell => (cell.ParentElement!.Id!["kpi-".Length..], int.Parse(cell.GetAttribute("data-year")!, CultureInfo.InvariantCulture)),
            cell => decimal.Parse(cell.GetAttribute("data-value")!, CultureInfo.InvariantCulture));
    }

    public static Dictionary<(string Row, int Year), decimal> Csv(byte[] bytes)
    {
        var lines = Rows(System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'));
        var header = lines[0];
        int Column(string name) => header.IndexOf(name);
        return lines.Skip(1).ToDictionary(
            cells => (cells[Column("id")], int.Parse(cells[Column("year")], CultureInfo.InvariantCulture)),
            cells => decimal.Parse(cells[Column("value")], CultureInfo.InvariantCulture));
    }

    public static Dictionary<(string Row, int Year), decimal> Json(byte[] bytes)
    {
        using var json = JsonDocument.Parse(bytes);
        return json.RootElement.GetProperty("kpis").EnumerateArray()
            .SelectMany(kpi => kpi.GetProperty("values").EnumerateObject().Select(v => (Row: kpi.GetProperty("id").GetString()!, Year: int.Parse(v.Name, CultureInfo.InvariantCulture), Value: v.Value.GetDecimal())))
            .ToDictionary(v => (v.Row, v.Year), v => v.Value);
    }

    /// <summary>One sheet's figures: the header row names the years, the last column the row's id.</summary>
    public static Dictionary<(string Row, int Year), decimal> Sheet(WorkbookPart workbook, Sheet sheet)
    {
        var rows = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        var header = rows[0].Elements<Cell>().ToDictionary(c => Column(c.CellReference!), Text);
        var years = header.Where(h => int.TryParse(h.Value, NumberStyles.None, CultureInfo.InvariantCulture, out _)).ToDictionary(h => h.Key, h => int.Parse(h.Value, CultureInfo.InvariantCulture));
        var idColumn = header.Keys.OrderBy(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).Last();
        var values = new Dictionary<(string, int), decimal>();
        foreach (var row in rows.Skip(1))
        {
            var cells = row.Elements<Cell>().ToDictionary(c => Column(c.CellReference!));
            foreach (var (column, year) in years)
            {
                if (!cells.TryGetValue(column, out var cell)) continue;
                Assert.Equal(CellValues.Number, cell.DataType!.Value);
                values[(Text(cells[idColumn]), year)] = decimal.Parse(cell.CellValue!.Text, NumberStyles.Float, CultureInfo.InvariantCulture);
            }
        }
        return values;
    }

    public static string Text(Cell cell) => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? "";

    public static string Column(string reference) => new(reference.TakeWhile(char.IsAsciiLetter).ToArray());

    /// <summary>RFC 4180 rows: quoted cells may hold commas, quotes and line breaks.</summary>
    public static List<List<string>> Rows(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\r') { }
            else if (c == '\n') { row.Add(cell.ToString()); cell.Clear(); rows.Add(row); row = []; }
            else cell.Append(c);
        }
        return rows;
    }
}
