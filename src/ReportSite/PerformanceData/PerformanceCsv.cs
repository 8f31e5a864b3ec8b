using System.Globalization;
using ReportSite.Content;
using ReportSite.Files;
using ReportSite.Kpis;

namespace ReportSite.PerformanceData;

/// <summary>
/// The performance table as CSV for machines: one line per figure and year, texts in every language in
/// columns of their own, the value in base units with a full stop for decimals. UTF-8 with a byte-order
/// mark, formulas neutralised (<see cref="Files.Csv"/>).
/// </summary>
public static class PerformanceCsv
{
    public static byte[] Write(PerformanceTable table, SiteConfig site, Func<PerformanceRow, string, string?> chapterUrl)
    {
        string[] PerLanguage(string name) => [.. site.Languages.Select(l => $"{name}_{l}")];
        var csv = new Csv().Row(
        [
            "id", "kpi", .. PerLanguage("label"), .. PerLanguage("category"), .. PerLanguage("group"), "unit", "currency", "standards",
            .. PerLanguage("source"), .. PerLanguage("note"), "chapter", "year", "value",
        ]);
        foreach (var group in table.Groups)
        {
            foreach (var row in group.Rows)
            {
                var kpi = row.Kpi;
                string[] Texts(Func<string, string?> text) => [.. site.Languages.Select(l => text(l) ?? "")];
                List<string> text =
                [
                    row.Id, kpi.Id, .. Texts(l => kpi.Label[l]), .. Texts(l => row.Category?[l]), .. Texts(l => group.Title?[l]),
                    UnitName(kpi), kpi.Style.Unit == Localization.KpiUnit.Currency ? kpi.Style.Currency : "", string.Join("; ", row.Standards),
                    .. Texts(l => kpi.Source?[l]), .. Texts(l => kpi.Note?[l]), chapterUrl(row, site.PrimaryLanguage) ?? "",
                ];
                foreach (var (year, value) in row.Values.OrderBy(v => v.Key))
                {
                    csv.Row([.. text, year.ToString(CultureInfo.InvariantCulture), value.ToString(CultureInfo.InvariantCulture)], textCells: text.Count);
                }
            }
        }
        return csv.ToBytes();
    }

    /// <summary>What the value measures: "number" (a count or a plain number), "currency" (whole units of its currency) or "percent" (percent points).</summary>
    public static string UnitName(Kpi kpi) => kpi.Style.Unit switch
    {
        Localization.KpiUnit.Currency => "currency",
        Localization.KpiUnit.Percent => "percent",
        _ => "number",
    };
}
