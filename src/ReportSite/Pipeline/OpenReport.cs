using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Theme;
using ReportSite.Translations;

namespace ReportSite.Pipeline;

/// <summary>What every build reads first: site.yml, the theme and the chapters (and, in a build that remembers, the inputs' digests).</summary>
internal sealed record OpenedReport(SiteConfig Site, LoadedTheme Theme, IReadOnlyList<ChapterSource> Chapters, IReadOnlyList<TranslationStatus> Translations, InputFingerprints? Inputs);

/// <summary>
/// The opening stages the site build and the print kit share: the options checked, then site.yml, the
/// theme (the report's <c>theme/</c> over the built-in one) and the chapters (read, parsed, checked as a set, their translations against their sources).
/// </summary>
internal static class OpenReport
{
    /// <summary>The report's opening; null once a stage has reported an error.</summary>
    public static OpenedReport? Run(BuildOptions options, StageRunner run, DiagnosticBag diagnostics)
    {
        if (options.Problem() is { } problem)
        {
            diagnostics.Error("reportsite", 0, problem);
            return null;
        }
        var site = run.Stage("LoadSiteConfig", () => new LoadSiteConfig().Run(options.InputDir, diagnostics));
        if (site is null || diagnostics.HasErrors) return null;
        if (options.FeedbackEndpoint is { } endpoint) site = site with { FeedbackEndpoint = endpoint };
        var inputs = run.Remembers ? run.Stage("Fingerprint", () => InputFingerprints.Of(options)) : null;
        var theme = run.Once("LoadTheme", m => m.Theme, () => inputs!.Theme, string.Join(' ', site.Languages),
            bag => new LoadTheme().Run(ThemeFiles.ForReport(options.InputDir, options.ThemeDir), site, bag));
        var chapterPaths = run.Stage("ListChapterFiles", () => ReadChapterFiles.List(options.InputDir, diagnostics));
        var chapterFiles = run.Each("ReadChapterFiles", new ReadChapterFiles(site), chapterPaths, m => m.ChapterFiles, () => string.Join(' ', site.Languages))
            .OfType<ChapterFile>().ToList();
        var loaded = run.Each("LoadChapters", new LoadChapters(), chapterFiles, m => m.Chapters, () => "");
        var chapters = run.Stage("CheckChapters", () => new CheckChapters().Run(loaded, site, diagnostics, path => File.Exists(Path.Combine(options.InputDir, path))));
        var translations = diagnostics.HasErrors ? [] : run.Stage("CheckTranslations", () => new CheckTranslations().Run(chapters, site, diagnostics));
        return theme is null || diagnostics.HasErrors ? null : new OpenedReport(site, theme, chapters, translations, inputs);
    }
}
