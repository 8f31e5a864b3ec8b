using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportSite.Content;
using Kpi = ReportSite.Kpis.Kpi;
using ReportSite.Localization;

namespace ReportSite.PerformanceData;

/// <summary>The words a workbook's sheets need in one language: the column headings and the metadata sheet's labels.</summary>
public sealed record WorkbookWords(string SheetName, string Group, string Indicator, string Unit, string Standards, string Source, string Note, string Id, string About, string Report, string Year, string Updated, string Address);

/// <summary>
/// The performance table as an Excel workbook (Open XML SDK): one sheet per language, each figure in a
/// real number cell in base units (the row's stable id in the last column), its number format showing the unit the language writes ("#,##0"元"",
/// ""RMB "#,##0"), the header row frozen and the columns sized; then a sheet about the report. The
/// package's ids and dates are fixed, so the same data makes the same file.
/// </summary>
public static class PerformanceWorkbook
{
    private static readonly DateTime Fixed = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static byte[] Write(PerformanceTable table, SiteConfig site, IReadOnlyDictionary<string, NumberLocale> locales, IReadOnlyDictionary<string, WorkbookWords> words, DateTime updated)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            // Parts get fixed relationship ids (the SDK would draw random ones) and no package properties
            // (stored under a random name): the metadata is on the last sheet.
            var workbook = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rIdWorkbook");
            workbook.Workbook = new Workbook();
            var styles = new Styles();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var language in site.Languages)
            {
                AddSheet(workbook, sheets, id++, words[language].SheetName, LanguageSheet(table, language, locales[language], words[language], styles));
            }
            var about = words[site.PrimaryLanguage];
            AddSheet(workbook, sheets, id, about.About, AboutSheet(site, words, updated, styles));
            workbook.AddNewPart<WorkbookStylesPart>("rIdStyles").Stylesheet = styles.Stylesheet();
        }
        return FixEntryDates(buffer.ToArray());
    }

    private static Worksheet LanguageSheet(PerformanceTable table, string language, NumberLocale locale, WorkbookWords words, Styles styles)
    {
        var data = new SheetData();
        var header = new List<string> { words.Group, words.Indicator, words.Unit };
        header.AddRange(table.Years.Select(y => y.ToString(CultureInfo.InvariantCulture)));
        header.AddRange([words.Standards, words.Source, words.Note, words.Id]);
        data.Append(Row(1, header.Select((text, i) => TextCell(i, 1, text, styles.Header))));
        uint line = 2;
        foreach (var group in table.Groups)
        {
            foreach (var row in group.Rows)
            {
                var kpi = row.Kpi;
                var format = styles.Number(FormatCode(kpi, row, language, locale));
                var cells = new List<Cell>
                {
                    TextCell(0, line, group.Title?[language] ?? "", 0),
                    TextCell(1, line, row.Category is null ? kpi.Label[language] : $"{kpi.Label[language]} · {row.Category[language]}", 0),
                    TextCell(2, line, PerformanceUnits.Label(kpi, language, locale), 0),
                };
                for (var i = 0; i < table.Years.Count; i++)
                {
                    if (row.Values.TryGetValue(table.Years[i], out var value)) cells.Add(NumberCell(3 + i, line, value, format));
                }
                var after = 3 + table.Years.Count;
                cells.Add(TextCell(after, line, string.Join("; ", row.Standards), 0));
                cells.Add(TextCell(after + 1, line, kpi.Source?[language] ?? "", 0));
                cells.Add(TextCell(after + 2, line, kpi.Note?[language] ?? "", 0));
                cells.Add(TextCell(after + 3, line, row.Id, 0));
                data.Append(Row(line++, cells.Where(c => c.CellValue is not null || c.InlineString is not null)));
            }
        }
        double[] widths = [24, 44, 12, .. table.Years.Select(_ => 16.0), 20, 28, 40, 30];
        return new Worksheet(FrozenHeader(), Columns(widths), data);
    }

    private static Worksheet AboutSheet(SiteConfig site, IReadOnlyDictionary<string, WorkbookWords> words, DateTime updated, Styles styles)
    {
        var data = new SheetData();
        var primary = words[site.PrimaryLanguage];
        uint line = 1;
        void Add(string label, string value) => data.Append(Row(line, [TextCell(0, line, label, styles.Header), TextCell(1, line++, value, 0)]));
        foreach (var language in site.Languages) Add($"{primary.Report} ({language})", site.Title[language]);
        if (site.Year is { } year) Add(primary.Year, year.ToString(CultureInfo.InvariantCulture));
        Add(primary.Updated, updated.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture));
        Add(primary.Address, site.BaseUrl);
        return new Worksheet(Columns([28, 80]), data);
    }

    /// <summary>The number format of a row in one language: its decimals, and the unit as the language writes it around the number.</summary>
    private static string FormatCode(Kpi kpi, PerformanceRow row, string language, NumberLocale locale)
    {
        var decimals = row.Values.Values.Select(DecimalsOf).DefaultIfEmpty(0).Max();
        var number = decimals == 0 ? "#,##0" : "#,##0." + new string('0', Math.Min(decimals, 6));
        var parts = NumberFormat.Format(1, kpi.StyleFor(language) with { Precision = 0, Scaled = false }, locale);
        return Quoted(parts.Prefix) + number + Quoted(parts.Suffix);
    }

    private static int DecimalsOf(decimal value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        var point = text.IndexOf('.', StringComparison.Ordinal);
        return point < 0 ? 0 : text.TrimEnd('0').Length - point - 1;
    }

    private static string Quoted(string text) => text.Length == 0 ? "" : "\"" + text.Replace("\"", "", StringComparison.Ordinal) + "\"";

    private static void AddSheet(WorkbookPart workbook, Sheets sheets, uint id, string name, Worksheet worksheet)
    {
        var part = workbook.AddNewPart<WorksheetPart>($"rIdSheet{id}");
        part.Worksheet = worksheet;
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = SheetName(name) });
    }

    /// <summary>Excel's rules for a sheet name: at most 31 characters, none of : \ / ? * [ ].</summary>
    private static string SheetName(string name)
    {
        var kept = new string(name.Where(c => c is not (':' or '\\' or '/' or '?' or '*' or '[' or ']')).ToArray());
        return kept.Length > 31 ? kept[..31] : kept;
    }

    private static SheetViews FrozenHeader() => new(new SheetView(
        new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
        new Selection { Pane = PaneValues.BottomLeft })
    { WorkbookViewId = 0 });

    private static Columns Columns(IReadOnlyList<double> widths) =>
        new(widths.Select((width, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = width, CustomWidth = true }));

    private static Row Row(uint line, IEnumerable<Cell> cells) => new(cells) { RowIndex = line };

    private static Cell TextCell(int column, uint line, string text, uint style) => new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
    {
        CellReference = Reference(column, line),
        DataType = CellValues.InlineString,
        StyleIndex = style,
    };

    private static Cell NumberCell(int column, uint line, decimal value, uint style) => new(new CellValue(value))
    {
        CellReference = Reference(column, line),
        DataType = CellValues.Number,
        StyleIndex = style,
    };

    /// <summary>"A1" style: column 0 is A, 26 is AA.</summary>
    private static string Reference(int column, uint line)
    {
        var name = new StringBuilder();
        for (var c = column + 1; c > 0; c = (c - 1) / 26) name.Insert(0, (char)('A' + (c - 1) % 26));
        return name.Append(line.ToString(CultureInfo.InvariantCulture)).ToString();
    }

    /// <summary>The zip's entries carry the time they were written; set them to one date so the file depends on its data alone.</summary>
    private static byte[] FixEntryDates(byte[] package)
    {
        using var stream = new MemoryStream();
        stream.Write(package);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            foreach (var entry in zip.Entries) entry.LastWriteTime = new DateTimeOffset(Fixed);
        }
        return stream.ToArray();
    }

    /// <summary>The stylesheet: a plain and a bold cell format, then one per number format the rows ask for.</summary>
    private sealed class Styles
    {
        private readonly List<string> _formats = [];

        public uint Header => 1;

        public uint Number(string code)
        {
            var at = _formats.IndexOf(code);
            if (at < 0)
            {
                _formats.Add(code);
                at = _formats.Count - 1;
            }
            return (uint)(2 + at);
        }

        public Stylesheet Stylesheet() => new(
            new NumberingFormats(_formats.Select((code, i) => new NumberingFormat { NumberFormatId = (uint)(164 + i), FormatCode = code })) { Count = (uint)_formats.Count },
            new DocumentFormat.OpenXml.Spreadsheet.Fonts(new Font(), new Font(new Bold())) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border()) { Count = 1 },
            new CellFormats(
                new[] { new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true } }
                    .Concat(_formats.Select((_, i) => new CellFormat { NumberFormatId = (uint)(164 + i), ApplyNumberFormat = true })))
            { Count = (uint)(2 + _formats.Count) });
    }
}
