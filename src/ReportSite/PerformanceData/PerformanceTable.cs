using ReportSite.Kpis;
using ReportSite.Localization;

namespace ReportSite.PerformanceData;

/// <summary>
/// Every figure of the report in one table, language-neutral: the page, the spreadsheet, the CSV and the
/// JSON are all written from it, so no two of them can disagree. <see cref="Years"/> are the columns, the
/// years any figure has, oldest first; <see cref="Groups"/> hold the rows in reading order.
/// </summary>
public sealed record PerformanceTable(IReadOnlyList<int> Years, IReadOnlyList<PerformanceGroup> Groups)
{
    public IEnumerable<PerformanceRow> Rows => Groups.SelectMany(g => g.Rows);
}

/// <summary>Rows under one heading: a KPI's <c>group:</c>, or the chapter that first shows it, or the rest.</summary>
public sealed record PerformanceGroup(string Id, LocalizedText? Title, IReadOnlyList<PerformanceRow> Rows);

/// <summary>
/// One row: a KPI, or one category of a KPI given by category (for the report's year), with its values
/// in base units by year, the disclosures it answers and the chapter page (by key) that shows it.
/// </summary>
public sealed record PerformanceRow(Kpi Kpi, LocalizedText? Category, IReadOnlyDictionary<int, decimal> Values, IReadOnlyList<DisclosureCode> Standards, string? ChapterKey)
{
    /// <summary>Unique in the table and stable from year to year: the KPI's id, with the category's number after a colon for a category row ("staff.by-region:2").</summary>
    public string Id { get; init; } = Kpi.Id;
}

/// <summary>A disclosure as the catalogues name it: "GRI 302-1".</summary>
public sealed record DisclosureCode(string Framework, string Code)
{
    public override string ToString() => $"{Framework} {Code}";
}
