using System.Globalization;
namespace ReportSite.Collector;

/// <summary>
/// How the collector runs, from its command line: <c>--db</c> the SQLite file, <c>--site</c> the report
/// folder (for site.yml and data/feedback.yml), <c>--theme</c> a folder of theme files for the words of its
/// replies (by default the built-in theme, with the report's own <c>theme/</c> folder over it),
/// <c>--origin</c> further origins allowed to post (comma-separated, e.g. the preview server) and
/// <c>--rate-limit</c> submissions per client per minute (0 turns the limit off).
/// </summary>
public sealed record CollectorOptions(string DatabasePath, string SiteDir, string? ThemeDir, IReadOnlyList<string> ExtraOrigins, int RateLimitPerMinute)
{
    public const int DefaultRateLimit = 10;

    public static CollectorOptions From(IConfiguration configuration) => new(
        configuration["db"] ?? "feedback.db",
        configuration["site"] ?? "input",
        configuration["theme"],
        (configuration["origin"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        int.TryParse(configuration["rate-limit"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var limit) ? limit : DefaultRateLimit);
}
