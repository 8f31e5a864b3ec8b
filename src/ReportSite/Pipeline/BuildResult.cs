using ReportSite.Diagnostics;
using ReportSite.Pages;

namespace ReportSite.Pipeline;

/// <summary>The outcome of a build: what was written (nothing when it failed), what went wrong, how long it took.</summary>
public sealed record BuildResult(
    bool Succeeded,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<Page> Pages,
    StageTimings Timings,
    TimeSpan Elapsed)
{
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);

    /// <summary>Share images this build drew rather than found in the report's cache: none when nothing they show changed.</summary>
    public int ShareImagesDrawn { get; init; }

    /// <summary>Charts whose PNG and PDF this build drew rather than found in the report's cache: none when no chart changed.</summary>
    public int ChartPicturesDrawn { get; init; }

    /// <summary>Pages written per language edition, in the site's language order.</summary>
    public IEnumerable<(string Language, int Pages)> PagesPerLanguage =>
        Pages.Where(p => !p.IsMultilingual).GroupBy(p => p.Language).Select(g => (g.Key, g.Count()));
}
