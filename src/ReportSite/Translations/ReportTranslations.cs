using ReportSite.Content;
using ReportSite.Diagnostics;

namespace ReportSite.Translations;

/// <summary>A chapter's translation into one language, and for an out-of-date one what changed in its source.</summary>
public sealed record TranslationReportLine(TranslationStatus Status, SourceChanges? Changes);

/// <summary>
/// <c>reportsite translations</c>' report: the chapters read and checked as the build reads them, each
/// translation's state, and for each out-of-date one what its source's history says changed.
/// </summary>
public sealed class ReportTranslations
{
    public IReadOnlyList<TranslationReportLine> Run(string inputDir, SiteConfig site, DiagnosticBag diagnostics)
    {
        var files = ReadChapterFiles.List(inputDir, diagnostics)
            .Select(path => new ReadChapterFiles(site).Make(path, diagnostics))
            .OfType<ChapterFile>()
            .ToList();
        var loaded = files.Select(f => new LoadChapters().Make(f, diagnostics)).ToList();
        var chapters = new CheckChapters().Run(loaded, site, diagnostics);
        if (diagnostics.HasErrors) return [];
        // The report says what is out of date itself; the build's warnings about it would repeat it.
        var statuses = new CheckTranslations().Run(chapters, site, new DiagnosticBag());
        var texts = files.ToDictionary(f => f.File, f => f.Text, StringComparer.Ordinal);
        return statuses
            .Select(s => new TranslationReportLine(s, s.State == TranslationState.OutOfDate ? SourceChanges.Of(inputDir, s, texts[s.Source]) : null))
            .ToList();
    }
}
