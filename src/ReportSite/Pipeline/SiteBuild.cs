using ReportSite.Caching;
using ReportSite.Charts;
using ReportSite.Charts.Directives;
using ReportSite.Checks;
using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Feedback;
using ReportSite.Files;
using ReportSite.Fonts;
using ReportSite.Kpis;
using ReportSite.Kpis.Directives;
using ReportSite.Layout;
using ReportSite.Markdown;
using ReportSite.Markdown.Directives;
using ReportSite.Media;
using ReportSite.Media.Directives;
using ReportSite.Output;
using ReportSite.PerformanceData;
using ReportSite.Pages;
using ReportSite.Search;
using ReportSite.Seo;
using ReportSite.Sharing;
using ReportSite.Standards;
using ReportSite.Timelines;
using ReportSite.Timelines.Directives;
using ReportSite.Translations;

namespace ReportSite.Pipeline;

/// <summary>
/// The whole build, top to bottom: the order listed is the order of execution. Each stage is one
/// class with one <c>Run</c>, or one <c>Make</c> per item that <see cref="StageRunner.Each"/> runs over
/// the items; documents are immutable and flow one way. The build stops after the first stage that
/// reports an error, and only a build without errors writes the output.
/// Features whose directives read data (KPIs, charts) load it first and register their directives
/// after, next to any <c>extraDirectives</c> the caller adds.
/// A build that <paramref name="remembers"/> (the preview's, run again on every save) keeps what it made
/// in a <see cref="BuildMemory"/>, which the runner puts around the per-item stages from outside, and the
/// next run redoes only what the changed inputs affect; runs of one such build must not overlap.
/// </summary>
/// Share images and chart pictures are drawn with the theme's font file or one <paramref name="fonts"/> finds, the system's by default.
public sealed class SiteBuild(DirectiveRegistry extraDirectives, bool remembers = false, IFontLookup? fonts = null)
{
    private readonly BuildMemory? _memory = remembers ? new BuildMemory() : null;

    /// <summary>What the latest run kept, when the build remembers.</summary>
    public BuildMemory? Memory => _memory;

    public BuildResult Run(BuildOptions options, StageTimings? timings = null)
    {
        var diagnostics = new DiagnosticBag();
        var run = new StageRunner(timings ?? new StageTimings(), diagnostics, _memory);
        IReadOnlyList<Page> pages = [];
        IReadOnlyList<DrawnShareImage> shareImages = [];
        IReadOnlyList<DrawnChartPicture> chartPictures = [];
        PageSpool? spool = null;
        BuildResult Result(bool ok)
        {
            var succeeded = ok && !diagnostics.HasErrors;
            if (!succeeded) spool?.Discard();
            return new(succeeded, diagnostics.Sorted(), ok ? pages : [], run.Timings, run.Elapsed) { ShareImagesDrawn = shareImages.Count(i => i.Drawn), ChartPicturesDrawn = chartPictures.Count(p => p.Drawn) };
        }

        if (fonts is null) SystemFonts.Prepare();
        if (OpenReport.Run(options, run, diagnostics) is not { } report) return Result(false);
        var (site, theme, chapters, translations, inputs) = report;
        var kpis = run.Stage("LoadKpis", () => new LoadKpis().Run(options.InputDir, site, theme.Words.Numbers, diagnostics));
        var charts = run.Stage("LoadCharts", () => Unread(LoadKpis.FileName, LoadKpis.Folder, LoadCharts.FileName, "its charts draw from", diagnostics)
            ? new ChartSet([])
            : new LoadCharts().Run(options.InputDir, site, kpis, diagnostics));
        var media = run.Stage("LoadMedia", () => new LoadMedia().Run(options.InputDir, site, diagnostics));
        var feedback = run.Stage("LoadFeedbackForm", () => new LoadFeedbackForm().Run(options.InputDir, site, diagnostics));
        var timelines = run.Stage("LoadTimelines", () => new LoadTimelines().Run(options.InputDir, site, diagnostics));
        var catalogues = run.Stage("LoadStandards", () => new LoadStandards().Run(options.InputDir, site, diagnostics));
        var dataTranslations = run.Each("CheckDataTranslations", new CheckDataTranslations(options.InputDir, site), CheckDataTranslations.List(options.InputDir),
            m => m.DataTranslations, () => string.Join(' ', site.Languages));
        if (diagnostics.HasErrors) return Result(false);
        var stale = translations.Concat(dataTranslations.SelectMany(d => d)).Where(t => t.State == TranslationState.OutOfDate).ToList();
        var changes = run.Each("DescribeSourceChanges", new DescribeSourceChanges(options.InputDir, site.Languages), stale, m => m.SourceChanges, () => string.Join(' ', site.Languages));
        run.Stage("WarnStaleTranslations", () => new WarnStaleTranslations().Run(stale, changes, site.PrimaryLanguage, options.StrictTranslations, diagnostics));
        if (diagnostics.HasErrors) return Result(false);
        var drawn = run.Stage("RenderCharts", () => new RenderCharts().Run(charts, site, theme.Words));
        var (codes, mediaFiles) = run.Stage("RenderMedia", () => new RenderMedia().Run(media, site, theme.Templates, theme.Words, diagnostics));
        var cards = new KpiCardsDirective(kpis, theme.Templates, theme.Words);
        var highlights = run.Stage("RenderHighlights", () => new RenderHighlights(cards).Run(site, diagnostics));
        pages = run.Stage("PlanPages", () => new PlanPages().Run(site, chapters, catalogues, feedback, theme.Words, diagnostics, performanceData: kpis.All.Count > 0));
        var disclosures = run.Stage("MapDisclosures", () => new MapDisclosures().Run(catalogues, DisclosureSources(pages, site), diagnostics));
        // One font for every word of the share images and chart pictures, chosen before the chapters link the pictures;
        // none while the pages' plan has errors (the build fails, and its pages may not even form a site map).
        var planned = diagnostics.HasErrors ? null : new SiteMap(site, pages);
        var font = planned is null ? null : run.Once("ChooseFont", m => m.Font, () => Fingerprint.Of(inputs!.Theme, inputs.Site, inputs.Data, planned.Fingerprint), "",
            bag => new ChooseFont(fonts ?? new SystemFonts()).Run(theme.Fonts, ShareStyle.Of(theme).CjkFamilies,
                PlanShareImages.Text(planned, theme) + RenderedChart.Text(drawn.Values), bag));
        chartPictures = run.Each("DrawChartPictures", new DrawChartPictures(DrawChartPictures.CacheFolder(options.InputDir)), ChartPicture.For(drawn, font), m => m.ChartPictures, () => "");
        var directives = extraDirectives
            .With(new KpiFigureDirective(kpis, theme.Templates, theme.Words))
            .With(cards)
            .With(new ChartDirective(charts, drawn, theme.Templates, theme.Words, pictures: font is not null))
            .With(new ScanDirective(media, codes, theme.Templates, theme.Words))
            .With(new TimelineDirective(timelines, theme.Templates, theme.Words));

        var pipeline = MarkdownPipelineFactory.Create(directives);
        var sources = RenderMarkdown.Sources(pages);
        var slugs = RenderMarkdown.ChapterSlugs(pages);
        var bodies = run.Each("RenderMarkdown", new RenderMarkdown(pipeline, directives, slugs), sources,
            m => m.Markdown, () => Fingerprint.Of([inputs!.Theme, inputs.Site, inputs.Data, font is null ? "" : "pictures", .. slugs.Order(StringComparer.Ordinal)]));
        pages = RenderMarkdown.Into(pages, sources, bodies);
        if (diagnostics.HasErrors) return Result(false);
        var manifest = run.Stage("RenderQrManifest", () => new RenderQrManifest().Run(codes, site, chapters, pages.SelectMany(p => p.Directives)));
        var map = new SiteMap(site, pages);
        var share = run.Once("PlanShareImages", m => m.ShareImagePlan, () => Fingerprint.Of(inputs!.Theme, inputs.Site, map.Fingerprint, PlanShareImages.Reads(map, options.InputDir), font?.Fingerprint), "",
            _ => new PlanShareImages(font).Run(map, theme, options.InputDir));
        shareImages = run.Each("DrawShareImages", new DrawShareImages(DrawShareImages.CacheFolder(options.InputDir)), share.Cards, m => m.ShareImages, () => "");

        var performance = kpis.All.Count == 0 ? null : run.Stage("PlanPerformanceTable", () => new PlanPerformanceTable().Run(kpis, charts, pages, catalogues, site, diagnostics));
        var dataChanged = performance is null ? DateTime.UnixEpoch : LoadKpis.LastChanged(options.InputDir) ?? DateTime.UnixEpoch;
        // Everything the data page and its downloads are made from, for the preview's memos (a build that does not remember needs none).
        var performanceKey = performance is null || inputs is null ? null : Fingerprint.Of([inputs.Theme, inputs.Site, inputs.Data, map.Fingerprint,
            dataChanged.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture), .. performance.Rows.Select(r => $"{r.Id}\0{r.ChapterKey}")]);
        var downloads = performance is null ? [] : run.Once("RenderPerformanceData", m => m.PerformanceData, () => performanceKey!, "",
            _ => new RenderPerformanceData().Run(performance, site, theme.Words, (row, language) => row.ChapterKey is { } key && map.Find(key, language) is { } shown ? map.AbsoluteUrl(shown) : null, dataChanged));

        var layout = new LayOutPages(theme, new SiteExtras(feedback, disclosures, highlights)
        {
            ShareImages = share.ByPage,
            Performance = performance,
            PerformanceDigest = performanceKey,
        }, map);
        spool = options.StreamPages && _memory is null ? new PageSpool(options.OutputDir) : null;
        pages = run.Pages("LayOutPages", spool is null ? layout : new SpooledPages<(string? Body, string? Own)>(layout, spool), map.Pages,
            m => m.Layouts, () => Fingerprint.Of(inputs!.Theme, inputs.Site, inputs.Survey, map.Fingerprint, share.Fingerprint));
        if (diagnostics.HasErrors) return Result(false);
        run.Stage("CheckDisclosureAnchors", () => new CheckDisclosureAnchors().Run(disclosures, pages, diagnostics));
        // A heading the front matter names wrongly breaks the standards index's link to it too; say it once.
        if (diagnostics.HasErrors) return Result(false);
        run.Stage("CheckOutline", () => new CheckOutline().Run(pages, diagnostics));
        var sitemap = run.Once("RenderSitemap", m => m.Sitemap, () => Fingerprint.Of(inputs!.Site, map.Fingerprint), "", _ => new RenderSitemap().Run(map));
        var robots = run.Stage("RenderRobotsTxt", () => new RenderRobotsTxt().Run(map));
        var chapterPages = IndexChapters.Of(pages);
        var indexed = run.Each("IndexChapters", new IndexChapters(), chapterPages, m => m.SearchChapters, () => "");
        var search = run.Stage("PlanSearchIndex", () => new PlanSearchIndex().Run(chapterPages, indexed, site.Languages));
        var shards = run.Each("MakeSearchShards", new MakeSearchShards(), search.Shards, m => m.SearchShards, () => "");
        var texts = run.Each("JoinSearchTexts", new JoinSearchTexts(), search.Texts, m => m.SearchTexts, () => "");
        var searchIndexes = run.Stage("BuildSearchIndex", () => new BuildSearchIndex().Run(search, shards, texts));
        var files = run.Stage("CollectStaticFiles", () => new CollectStaticFiles().Run(theme, options.InputDir)
            .Concat(drawn.Values.SelectMany(c => new[] { StaticFile.Generated(c.SvgPath, c.SvgFile), StaticFile.Generated(c.CsvPath, c.CsvFile) }))
            .Concat(mediaFiles)
            .Concat(manifest is null ? [] : [manifest])
            .Concat(sitemap)
            .Append(robots)
            .Concat(searchIndexes)
            .Concat(downloads)
            .Concat(shareImages.Select(i => new StaticFile(i.OutputPath, i.CachePath) { Linked = true }))
            .Concat(chartPictures.SelectMany(p => new[] { new StaticFile(p.PngPath, p.PngCache) { Linked = true }, new StaticFile(p.PdfPath, p.PdfCache) { Linked = true } }))
            .ToList());
        var paths = files.Select(f => f.OutputPath).ToHashSet();
        run.Each("CheckLinks", new CheckLinks(pages, paths, site.BasePath), pages, m => m.LinkChecks, () => CheckLinks.Context(pages, paths, site.BasePath));
        if (diagnostics.HasErrors) return Result(false);

        var written = run.Stage("WriteOutput", () => new WriteOutput().Run(pages, files, options.OutputDir, _memory?.Written, spool));
        run.Remember(written);
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
