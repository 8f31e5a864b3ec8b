using Microsoft.Net.Http.Headers;

namespace ReportSite.Collector;

/// <summary>
/// The language to answer a reader in: the edition their form was sent from when it could be read,
/// else the first of the report's languages their browser asks for (Accept-Language, by preference),
/// else the report's first language.
/// </summary>
public static class ReaderLanguage
{
    public static string Choose(string? posted, IList<StringWithQualityHeaderValue> accepted, IReadOnlyList<string> languages)
    {
        if (posted is not null && languages.Contains(posted)) return posted;
        // OrderByDescending is stable: equally preferred languages keep the browser's order.
        foreach (var asked in accepted.Where(a => a.Quality is null or > 0).OrderByDescending(a => a.Quality ?? 1).Select(a => a.Value.ToString()))
        {
            if (languages.FirstOrDefault(l => string.Equals(l, asked, StringComparison.OrdinalIgnoreCase)) is { } exact) return exact;
            // "en-GB" or "en" asks for the English edition "en"; "zh" or "zh-TW" for "zh-CN", the nearest there is.
            if (languages.FirstOrDefault(l => string.Equals(Primary(l), Primary(asked), StringComparison.OrdinalIgnoreCase)) is { } near) return near;
        }
        return languages[0];
    }

    private static string Primary(string tag) => tag.Split('-')[0];
}
