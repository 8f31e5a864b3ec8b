using System.Globalization;
using ReportSite.Localization;
using ReportSite.PerformanceData;

namespace ReportSite.Layout;

/// <summary>The performance data page in one language: the year columns, the groups of rows, and the downloads of the same data.</summary>
public sealed record DataView(IReadOnlyList<string> Years, IReadOnlyList<DataGroupView> Groups, IReadOnlyList<DataDownloadView> Downloads)
{
    /// <summary>
    /// The table as <paramref name="language"/> writes it: each value scaled and rounded the way the chapters
    /// write it, its unit in a column of its own, and its value in base units beside it for machines.
    /// <paramref name="chapter"/> gives the title and address (from this page) of a row's chapter.
    /// </summary>
    public static DataView Of(PerformanceTable table, string language, Words words, Func<string, (string Title, string Href)?> chapter, Func<string, string> href, PerformanceFiles files)
    {
        var locale = words.Numbers[language];
        var groups = table.Groups.Select(group =>
        {
            // A group that is a chapter links to it once, by its heading; a row links to its chapter only where the group does not.
            var own = group.Rows.Select(r => r.ChapterKey).Distinct().ToList() is [{ } key] && key == group.Id ? chapter(key) : null;
            return new DataGroupView(
                "data-" + string.Concat(group.Id.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')),
                group.Title?[language] ?? words.Word(language, "dataOtherGroup"),
                own?.Href,
                group.Rows.Select(row => Row(row, table.Years, language, locale, own is null ? chapter : _ => null)).ToList());
        }).ToList();
        return new DataView(
            table.Years.Select(y => y.ToString(CultureInfo.InvariantCulture)).ToList(),
            groups,
            [
                new DataDownloadView(href(files.Xlsx), words.Word(language, "dataDownloadXlsx")),
                new DataDownloadView(href(files.Csv), words.Word(language, "dataDownloadCsv")),
                new DataDownloadView(href(files.Json), words.Word(language, "dataDownloadJson")),
                new DataDownloadView(href(PerformanceFiles.SchemaPath), words.Word(language, "dataDownloadSchema")),
            ]);
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static DataRowView Row(PerformanceRow row, IReadOnlyList<int> years, string language, NumberLocale locale, Func<string, (string Title, string Href)?> chapter)
    {
        var kpi = row.Kpi;
        var shownIn = row.ChapterKey is null ? null : chapter(row.ChapterKey);
        return new DataRowView(
            "kpi-" + row.Id,
            kpi.Label[language],
            row.Category?[language],
            PerformanceUnits.Label(kpi, language, locale),
            years.Select(year => row.Values.TryGetValue(year, out var value)
                ? new DataCellView(Year(year), PerformanceUnits.Figure(kpi, value, locale), value.ToString(CultureInfo.InvariantCulture))
                : new DataCellView(Year(year), null, null)).ToList(),
            row.Standards.Select(s => s.ToString()).ToList(),
            kpi.Source?[language],
            kpi.Note?[language],
            shownIn?.Title,
            shownIn?.Href);
    }
}

/// <summary>A group's rows under its heading (the table's caption too); <paramref name="Id"/> is the heading's anchor, <paramref name="ChapterHref"/> the chapter the group is.</summary>
public sealed record DataGroupView(string Id, string Title, string? ChapterHref, IReadOnlyList<DataRowView> Rows);

/// <summary>
/// One figure: its anchor, label (and category), unit, a cell per year, the disclosures it answers, its
/// source and note, and the chapter that shows it.
/// </summary>
public sealed record DataRowView(string Id, string Label, string? Category, string Unit, IReadOnlyList<DataCellView> Cells,
    IReadOnlyList<string> Standards, string? Source, string? Note, string? ChapterTitle, string? ChapterHref);

/// <summary>A year's value as written for readers, and in base units (invariant digits) for machines; both null where the year has none.</summary>
public sealed record DataCellView(string Year, string? Text, string? Value);

/// <summary>A download of the same data.</summary>
public sealed record DataDownloadView(string Href, string Label);
