using ReportSite.Diagnostics;
using ReportSite.Output;
using ReportSite.Pages;

namespace ReportSite.Pipeline;

/// <summary>
/// Lays out pages as <paramref name="layout"/> does, but writes each page's HTML into the new site's
/// folder as soon as it is made and keeps only what later stages read of it (its anchors), so a build
/// never holds every page's HTML at once. Only for a build that does not remember: the preview's builds
/// keep pages to compare with the next build's.
/// </summary>
public sealed class SpooledPages<TKey>(IPageWork<TKey, (string Html, PageAnchors Anchors)> layout, PageSpool spool)
    : IPageWork<TKey, (string Html, PageAnchors Anchors)>
{
    public string Id(Page item) => layout.Id(item);

    public TKey Reads(Page item) => layout.Reads(item);

    public (string Html, PageAnchors Anchors) Make(Page item, DiagnosticBag diagnostics)
    {
        var (html, anchors) = layout.Make(item, diagnostics);
        spool.Write(item.OutputPath, html);
        return ("", anchors);
    }

    public Page Into(Page page, (string Html, PageAnchors Anchors) result) => page with { Html = null, Anchors = result.Anchors };
}
