using System.Diagnostics;
using ReportSite.Charts;
using ReportSite.Charts.Directives;
using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Feedback;
using ReportSite.Html;
using ReportSite.Kpis;
using ReportSite.Kpis.Directives;
using ReportSite.Markdown;
using ReportSite.Media;
using ReportSite.Media.Directives;
using ReportSite.Markdown.Directives;
using ReportSite.Output;
using ReportSite.Pages;
using ReportSite.Seo;
using ReportSite.Theme;

namespace ReportSite.Pipeline;

/// <summary>
/// The whole build, top to bottom: the order listed is the order of execution. Each stage is one
/// class with one <c>Run</c>; documents are immutable and flow one way. The build stops after the
/// first stage that reports an error, and only a build without errors writes the output.
/// Features whose directives read data (KPIs, charts) load it first and register their directives
/// after, next to any <c>extraDirectives</c> the caller adds.
/// </summary>
public sealed class SiteBuild(DirectiveRegistry extraDirectives)
{
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
        var theme = timings.Time("LoadTheme", () => new LoadTheme().Run(options.ThemeDir, site, diagnostics));
        var chapters = timings.Time("LoadChapters", () => new LoadChapters().Run(options.InputDir, site, diagnostics));
        if (theme is null || diagnostics.HasErrors) return Result(false);

        var kpis = timings.Time("LoadKpis", () => new LoadKpis().Run(options.InputDir, site, theme.Numbers, diagnostics));
        var charts = timings.Time("LoadCharts", () => new LoadCharts().Run(options.InputDir, site, kpis, diagnostics));
        var media = timings.Time("LoadMedia", () => new LoadMedia().Run(options.InputDir, site, diagnostics));
        var feedback = timings.Time("LoadFeedbackForm", () => new LoadFeedbackForm().Run(options.InputDir, site, diagnostics));
        if (diagnostics.HasErrors) return Result(false);
        var drawn = timings.Time("RenderCharts", () => new RenderCharts().Run(charts, site, theme));
        var (codes, mediaFiles) = timings.Time("RenderMedia", () => new RenderMedia().Run(media, site, chapters, theme));
        var directives = extraDirectives
            .With(new KpiFigureDirective(kpis, theme.Numbers))
            .With(new KpiCardsDirective(kpis, theme))
            .With(new ChartDirective(charts, drawn, theme))
            .With(new ScanDirective(media, codes, theme));

        pages = timings.Time("PlanPages", () => new PlanPages().Run(site, chapters, feedback, theme, diagnostics));
        var pipeline = MarkdownPipelineFactory.Create(directives);
        pages = timings.Time("RenderMarkdown", () => new RenderMarkdown(pipeline, directives).Run(pages, diagnostics));
        if (diagnostics.HasErrors) return Result(false);
        var map = new SiteMap(site, pages);

        pages = timings.Time("LayOutPages", () => new LayOutPages(theme, feedback).Run(map));
        pages = timings.Time("PostProcessHtml", () => new PostProcessHtml().Run(pages, map));
        var sitemap = timings.Time("RenderSitemap", () => new RenderSitemap().Run(map));
        var robots = timings.Time("RenderRobotsTxt", () => new RenderRobotsTxt().Run(map));
        var files = timings.Time("CollectStaticFiles", () => new CollectStaticFiles().Run(theme, options.InputDir)
            .Concat(drawn.Values.SelectMany(c => new[] { StaticFile.Generated(c.SvgPath, c.SvgFile), StaticFile.Generated(c.CsvPath, c.CsvFile) }))
            .Concat(mediaFiles)
            .Concat(sitemap)
            .Append(robots)
            .ToList());
        timings.Time("CheckLinks", () => new CheckLinks().Run(pages, files.Select(f => f.OutputPath).ToHashSet(), site.BasePath, diagnostics));
        if (diagnostics.HasErrors) return Result(false);

        timings.Time("WriteOutput", () => new WriteOutput().Run(pages, files, options.OutputDir));
        return Result(true);
    }
}
