using ReportSite.Content;
using ReportSite.Diagnostics;

namespace ReportSite.Translations;

/// <summary>A chapter's translation into one language, and for an out-of-date one what changed in its source.</summary>
public sealed record TranslationReportLine(TranslationStatus Status, SourceChanges? Changes);

/// <summary>
/// <c>reportsite translations</c>' report: the chapters read and checked as the build reads them, each
/// translation's state, and for each out-of-date one what its source's history says changed; then each
/// data file's texts per translated language, the same way.
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
        // Then the data files; their mistakes in translated-from are errors here as in the build, while
        // their warnings (texts without a language) would repeat what the report lists.
        var check = new CheckDataTranslations(inputDir, site);
        var found = new DiagnosticBag();
        var statuses = new CheckTranslations().Run(chapters, site, diagnostics)
            .Concat(CheckDataTranslations.List(inputDir).SelectMany(file => check.Make(file, found)))
            .ToList();
        foreach (var error in found.Sorted().Where(d => d.Severity == Severity.Error)) diagnostics.Add(error);
        if (diagnostics.HasErrors) return [];
        var describe = new DescribeSourceChanges(inputDir, site.Languages);
        return statuses.Select(s => new TranslationReportLine(s, s.State == TranslationState.OutOfDate ? describe.Make(s, diagnostics) : null)).ToList();
    }
}
