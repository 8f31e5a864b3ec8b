using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportSite.Content;
using ReportSite.Localization;

namespace ReportSite.PerformanceData;

/// <summary>
/// The performance table as JSON, described by <c>data/kpis.schema.json</c>: the report, then one item per
/// row with its stable id, texts per language, unit, values by year in base units and the disclosures it
/// answers. Ids stay the same from one year's report to the next, so two years can be compared.
/// </summary>
public static class PerformanceJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write(PerformanceTable table, SiteConfig site, IReadOnlyDictionary<string, NumberLocale> locales, Func<PerformanceRow, string, string?> chapterUrl)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "kpis.schema.json");
            json.WriteStartObject("report");
            Texts(json, "title", site.Title, site.Languages);
            if (site.Year is { } year) json.WriteNumber("year", year);
            json.WriteString("url", site.BaseUrl);
            json.WriteStartArray("languages");
            foreach (var language in site.Languages) json.WriteStringValue(language);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartArray("kpis");
            foreach (var group in table.Groups)
            {
                foreach (var row in group.Rows) Row(json, row, group, site, locales, chapterUrl);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static void Row(Utf8JsonWriter json, PerformanceRow row, PerformanceGroup group, SiteConfig site, IReadOnlyDictionary<string, NumberLocale> locales, Func<PerformanceRow, string, string?> chapterUrl)
    {
        var kpi = row.Kpi;
        json.WriteStartObject();
        json.WriteString("id", row.Id);
        json.WriteString("kpi", kpi.Id);
        Texts(json, "label", kpi.Label, site.Languages);
        Texts(json, "category", row.Category, site.Languages);
        Texts(json, "group", group.Title, site.Languages);
        json.WriteString("unit", PerformanceCsv.UnitName(kpi));
        if (kpi.Style.Unit == KpiUnit.Currency) json.WriteString("currency", kpi.Style.Currency);
        json.WriteStartObject("unitLabel");
        foreach (var language in site.Languages) json.WriteString(language, PerformanceUnits.Label(kpi, language, locales[language]));
        json.WriteEndObject();
        json.WriteStartObject("values");
        foreach (var (year, value) in row.Values.OrderBy(v => v.Key)) json.WriteNumber(year.ToString(CultureInfo.InvariantCulture), value);
        json.WriteEndObject();
        json.WriteStartArray("standards");
        foreach (var code in row.Standards) json.WriteStringValue(code.ToString());
        json.WriteEndArray();
        Texts(json, "source", kpi.Source, site.Languages);
        Texts(json, "note", kpi.Note, site.Languages);
        json.WriteStartObject("chapter");
        foreach (var language in site.Languages)
        {
            if (chapterUrl(row, language) is { } url) json.WriteString(language, url);
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A text per language as an object, or null when the row has none.</summary>
    private static void Texts(Utf8JsonWriter json, string name, LocalizedText? text, IReadOnlyList<string> languages)
    {
        if (text is null)
        {
            json.WriteNull(name);
            return;
        }
        json.WriteStartObject(name);
        foreach (var language in languages) json.WriteString(language, text[language]);
        json.WriteEndObject();
    }
}
