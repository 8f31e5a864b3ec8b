using System.Diagnostics;
using ReportSite.Caching;
using ReportSite.Charts;
using ReportSite.Charts.Directives;
using ReportSite.Checks;
using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Feedback;
using ReportSite.Files;
using ReportSite.Kpis;
using ReportSite.Kpis.Directives;
using ReportSite.Layout;
using ReportSite.Markdown;
using ReportSite.Markdown.Directives;
using ReportSite.Media;
using ReportSite.Media.Directives;
using ReportSite.Output;
using ReportSite.Pages;
using ReportSite.Search;
using ReportSite.Seo;
using ReportSite.Standards;
using ReportSite.Theme;
using ReportSite.Timelines;
using ReportSite.Timelines.Directives;

namespace ReportSite.Pipeline;

/// <summary>
/// The whole build, top to bottom: the order listed is the order of execution. Each stage is one
/// class with one <c>Run</c>; documents are immutable and flow one way. The build stops after the
/// first stage that reports an error, and only a build without errors writes the output.
/// Features whose directives read data (KPIs, charts) load it first and register their directives
/// after, next to any <c>extraDirectives</c> the caller adds.
/// A build that <paramref name="remembers"/> (the preview's, run again on every save) keeps what it made
/// in a <see cref="BuildMemory"/> and the next run redoes only what the changed inputs affect; runs of one
/// such build must not overlap.
/// </summary>
public sealed class SiteBuild(DirectiveRegistry extraDirectives, bool remembers = false)
{
    private readonly BuildMemory? _memory = remembers ? new BuildMemory() : null;

    /// <summary>What the latest run kept, when the build remembers.</summary>
    public BuildMemory? Memory => _memory;

    public BuildResult Run(BuildOptions options, StageTimings? timings = null)
    {
        timings ??= new StageTimings();
        var watch = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        IReadOnlyList<Page> pages = [];
        BuildResult Result(bool ok) => new(ok && !diagnostics.HasErrors, diagnostics.Sorted(), ok ? pages : [], timings, watch.Elapsed);

        if (options.Problem() is { } problem)
        {
            diagnostics.Error("reportsite", 0, problem);
            return Result(false);
        }

        var site = timings.Time("LoadSiteConfig", () => new LoadSiteConfig().Run(options.InputDir, diagnostics));
        if (site is null || diagnostics.HasErrors) return Result(false);
        if (options.FeedbackEndpoint is { } endpoint) site = site with { FeedbackEndpoint = endpoint };
        var inputs = _memory is null ? null : timings.Time("Fingerprint", () => InputFingerprints.Of(options));
        LoadedTheme? LoadThemeFiles(DiagnosticBag bag) => new LoadTheme().Run(ThemeFiles.ForReport(options.InputDir, options.ThemeDir), site, bag);
        var theme = timings.Time("LoadTheme", () => _memory is null
            ? LoadThemeFiles(diagnostics)
            : _memory.Theme.In(string.Join(' ', site.Languages)).Get("theme", inputs!.Theme, diagnostics, LoadThemeFiles));
        var chapters = timings.Time("LoadChapters", () => new LoadChapters(_memory?.Chapters.In("")).Run(options.InputDir, site, diagnostics));
        if (theme is null || diagnostics.HasErrors) return Result(false);

        var kpis = timings.Time("LoadKpis", () => new LoadKpis().Run(options.InputDir, site, theme.Words.Numbers, diagnostics));
        var charts = timings.Time("LoadCharts", () => Unread(LoadKpis.FileName, LoadKpis.Folder, LoadCharts.FileName, "its charts draw from", diagnostics)
            ? new ChartSet([])
            : new LoadCharts().Run(options.InputDir, site, kpis, diagnostics));
        var media = timings.Time("LoadMedia", () => new LoadMedia().Run(options.InputDir, site, diagnostics));
        var feedback = timings.Time("LoadFeedbackForm", () => new LoadFeedbackForm().Run(options.InputDir, site, diagnostics));
        var timelines = timings.Time("LoadTimelines", () => new LoadTimelines().Run(options.InputDir, site, diagnostics));
        var catalogues = timings.Time("LoadStandards", () => new LoadStandards().Run(options.InputDir, site, diagnostics));
        if (diagnostics.HasErrors) return Result(false);
        var drawn = timings.Time("RenderCharts", () => new RenderCharts().Run(charts, site, theme.Words));
        var (codes, mediaFiles) = timings.Time("RenderMedia", () => new RenderMedia().Run(media, site, theme.Templates, theme.Words, diagnostics));
        var cards = new KpiCardsDirective(kpis, theme.Templates, theme.Words);
        var highlights = timings.Time("RenderHighlights", () => new RenderHighlights(cards).Run(site, diagnostics));
        var directives = extraDirectives
            .With(new KpiFigureDirective(kpis, theme.Templates, theme.Words))
            .With(cards)
            .With(new ChartDirective(charts, drawn, theme.Templates, theme.Words))
            .With(new ScanDirective(media, codes, theme.Templates, theme.Words))
            .With(new TimelineDirective(timelines, theme.Templates, theme.Words));

        pages = timings.Time("PlanPages", () => new PlanPages().Run(site, chapters, catalogues, feedback, theme.Words, diagnostics));
        var disclosures = timings.Time("MapDisclosures", () => new MapDisclosures().Run(catalogues, DisclosureSources(pages, site), diagnostics));
        var pipeline = MarkdownPipelineFactory.Create(directives);
        var bodies = _memory?.Markdown.In(Fingerprint.Of([inputs!.Theme, inputs.Site, inputs.Data, .. RenderMarkdown.ChapterSlugs(pages).Order(StringComparer.Ordinal)]));
        pages = timings.Time("RenderMarkdown", () => new RenderMarkdown(pipeline, directives, bodies).Run(pages, diagnostics));
        if (diagnostics.HasErrors) return Result(false);
        var manifest = timings.Time("RenderQrManifest", () => new RenderQrManifest().Run(codes, site, chapters, pages.SelectMany(p => p.Directives)));
        var map = new SiteMap(site, pages);

        var layouts = _memory?.Layouts.In(Fingerprint.Of(inputs!.Theme, inputs.Site, inputs.Survey, map.Fingerprint));
        pages = timings.Time("LayOutPages", () => new LayOutPages(theme, new SiteExtras(feedback, disclosures, highlights), layouts).Run(map, diagnostics));
        if (diagnostics.HasErrors) return Result(false);
        timings.Time("CheckDisclosureAnchors", () => new CheckDisclosureAnchors().Run(disclosures, pages, diagnostics));
        // A heading the front matter names wrongly breaks the standards index's link to it too; say it once.
        if (diagnostics.HasErrors) return Result(false);
        timings.Time("CheckOutline", () => new CheckOutline().Run(pages, diagnostics));
        var sitemap = timings.Time("RenderSitemap", () => new RenderSitemap().Run(map));
        var robots = timings.Time("RenderRobotsTxt", () => new RenderRobotsTxt().Run(map));
        var searchIndexes = timings.Time("BuildSearchIndex", () => new BuildSearchIndex(_memory?.SearchChapters.In(""), _memory?.SearchShards.In(""), _memory?.SearchTexts.In("")).Run(pages, site.Languages));
        var files = timings.Time("CollectStaticFiles", () => new CollectStaticFiles().Run(theme, options.InputDir)
            .Concat(drawn.Values.SelectMany(c => new[] { StaticFile.Generated(c.SvgPath, c.SvgFile), StaticFile.Generated(c.CsvPath, c.CsvFile) }))
            .Concat(mediaFiles)
            .Concat(manifest is null ? [] : [manifest])
            .Concat(sitemap)
            .Append(robots)
            .Concat(searchIndexes)
            .ToList());
        var paths = files.Select(f => f.OutputPath).ToHashSet();
        timings.Time("CheckLinks", () => new CheckLinks(_memory?.LinkChecks.In(CheckLinks.Context(pages, paths, site.BasePath))).Run(pages, paths, site.BasePath, diagnostics));
        if (diagnostics.HasErrors) return Result(false);

        timings.Time("WriteOutput", () => new WriteOutput(_memory?.Written).Run(pages, files, options.OutputDir));
        _memory?.ForgetUnused();
        return Result(true);
    }

    /// <summary>
    /// True when a file that <paramref name="dependent"/> needs could not be read: checking it would only
    /// report every missing item again, so one line says it was not checked.
    /// </summary>
    private static bool Unread(string file, string folder, string dependent, string why, DiagnosticBag diagnostics)
    {
        if (!diagnostics.IsUnreadable(file, folder)) return false;
        diagnostics.Warning(dependent, 0, $"not checked, because {file}{(diagnostics.IsUnreadable(file) ? "" : $" or a file in {folder}/")}, which {why}, could not be read; fix that file first.");
        return true;
    }

    /// <summary>
    /// The pages that say which disclosures they answer: each chapter page with the front matter of the
    /// text it shows (an untranslated chapter answers with its primary-language file), and the about page.
    /// </summary>
    private static IEnumerable<DisclosureSource> DisclosureSources(IReadOnlyList<Page> pages, SiteConfig site) =>
        pages.Where(p => p.Source is not null)
            .Select(p => new DisclosureSource(p.Key, p.Language, p.Source!.Standards, p.Source.File, p.Source.StandardsLine))
            .Concat(site.About is { } about
                ? site.Languages.Select(l => new DisclosureSource(PlanPages.AboutKey, l, about.Disclosures, LoadSiteConfig.FileName, about.DisclosuresLine))
                : []);
}
