using ReportSite.Content;
using ReportSite.Files;
using ReportSite.Localization;

namespace ReportSite.PerformanceData;

/// <summary>
/// Writes the performance table's downloads, all from the one table: the workbook, the CSV, the JSON and
/// its schema. <c>chapterUrl</c> gives the absolute address of the chapter that shows a row,
/// in a language; <c>updated</c> is when the KPI files last changed, which the workbook states.
/// </summary>
public sealed class RenderPerformanceData
{
    public IReadOnlyList<StaticFile> Run(PerformanceTable table, SiteConfig site, Words words, Func<PerformanceRow, string, string?> chapterUrl, DateTime updated)
    {
        var files = PerformanceFiles.For(site);
        var sheets = site.Languages.ToDictionary(l => l, l => Sheet(words, l), StringComparer.Ordinal);
        return
        [
            StaticFile.Generated(files.Xlsx, PerformanceWorkbook.Write(table, site, words.Numbers, sheets, updated)),
            StaticFile.Generated(files.Csv, PerformanceCsv.Write(table, site, chapterUrl)),
            StaticFile.Generated(files.Json, PerformanceJson.Write(table, site, words.Numbers, chapterUrl)),
            StaticFile.Generated(PerformanceFiles.SchemaPath, Schema.Value),
        ];
    }

    private static WorkbookWords Sheet(Words words, string language)
    {
        string W(string key) => words.Word(language, key);
        return new WorkbookWords(W("dataSheet"), W("dataGroup"), W("dataIndicator"), W("dataUnit"), W("dataStandards"), W("dataSource"), W("dataNote"), W("dataId"),
            W("dataAboutSheet"), W("dataReport"), W("dataYear"), W("dataUpdated"), W("dataAddress"));
    }

    /// <summary>The JSON's schema, kept beside this class as <c>kpis.schema.json</c> and built in.</summary>
    private static readonly Lazy<byte[]> Schema = new(() =>
    {
        using var stream = typeof(RenderPerformanceData).Assembly.GetManifestResourceStream("ReportSite.PerformanceData.kpis.schema.json")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });
}
