using System.Text;

namespace ReportSite.Files;

/// <summary>
/// CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads Chinese correctly), CRLF rows,
/// quoting where needed, and text cells that a spreadsheet would run as a formula (= + - @ first)
/// prefixed with an apostrophe. Number cells are written as they are.
/// </summary>
public sealed class Csv
{
    private readonly StringBuilder _text = new();

    /// <summary>Appends a row; the first <paramref name="textCells"/> cells are text, the rest numbers.</summary>
    public Csv Row(IReadOnlyList<string> cells, int textCells = int.MaxValue)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0) _text.Append(',');
            var cell = cells[i];
            if (i < textCells && cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r') cell = "'" + cell;
            _text.Append(cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell);
        }
        _text.Append("\r\n");
        return this;
    }

    public byte[] ToBytes() => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(_text.ToString())];
}
