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
        // The report says what is out of date itself; the build's warnings about it would repeat it.
        var statuses = new CheckTranslations().Run(chapters, site, new DiagnosticBag());
        var texts = files.ToDictionary(f => f.File, f => f.Text, StringComparer.Ordinal);
        var lines = statuses
            .Select(s => new TranslationReportLine(s, s.State == TranslationState.OutOfDate ? SourceChanges.Of(inputDir, s, texts[s.Source]) : null))
            .ToList();
        // Then the data files: their mistakes in translated-from are errors here as in the build; the warnings would repeat the report.
        var check = new CheckDataTranslations(inputDir, site);
        foreach (var file in CheckDataTranslations.List(inputDir))
        {
            var found = new DiagnosticBag();
            var data = check.Make(file, found);
            foreach (var error in found.Sorted().Where(d => d.Severity == Severity.Error)) diagnostics.Add(error);
            lines.AddRange(data.Select(s => new TranslationReportLine(s,
                s.State == TranslationState.OutOfDate ? SourceChanges.OfData(inputDir, s, File.ReadAllText(Path.Combine(inputDir, file)), site.Languages) : null)));
        }
        return diagnostics.HasErrors ? [] : lines;
    }
}
