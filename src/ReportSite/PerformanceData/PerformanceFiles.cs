using System.Text;
using ReportSite.Content;

namespace ReportSite.PerformanceData;

/// <summary>
/// Where the performance data is published: <c>data/&lt;report&gt;-kpis.xlsx</c>, <c>.csv</c> and <c>.json</c>
/// at the site's root, shared by every language edition, and the JSON's schema beside them. The report's
/// name is the first title (short title first) written in Latin letters, as a slug, else "report".
/// </summary>
public sealed record PerformanceFiles(string Xlsx, string Csv, string Json)
{
    public const string Folder = "data";

    public const string SchemaPath = $"{Folder}/kpis.schema.json";

    public static PerformanceFiles For(SiteConfig site)
    {
        var name = site.Languages
            .SelectMany(l => new[] { site.ShortTitle?[l], site.Title[l] })
            .OfType<string>()
            .Select(Latin)
            .FirstOrDefault(slug => slug.Length > 0) ?? "report";
        return new PerformanceFiles($"{Folder}/{name}-kpis.xlsx", $"{Folder}/{name}-kpis.csv", $"{Folder}/{name}-kpis.json");
    }

    /// <summary>"Tencent 2018 CSR Report" → "tencent-2018-csr-report"; "" when the title has other letters.</summary>
    private static string Latin(string title)
    {
        var slug = new StringBuilder();
        foreach (var c in title.Trim())
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(char.ToLowerInvariant(c));
            else if (c is ' ' or '-' or '_' && slug.Length > 0 && slug[^1] != '-') slug.Append('-');
            else if (!char.IsAscii(c)) return "";
        }
        return slug.ToString().Trim('-');
    }
}
