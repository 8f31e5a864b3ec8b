using System.Text;
using ReportSite.Files;
using ReportSite.Pages;

namespace ReportSite.Seo;

/// <summary>
/// Writes <c>robots.txt</c>: every crawler may read every page, and the sitemap's absolute address.
/// Crawlers read it only at the root of a host, so a site published in a folder needs the same
/// <c>Sitemap:</c> line in the host's own robots.txt (the README says so).
/// </summary>
public sealed class RenderRobotsTxt
{
    public const string FileName = "robots.txt";

    public StaticFile Run(SiteMap map) =>
        StaticFile.Generated(FileName, Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\n\nSitemap: {map.AbsoluteUrl(RenderSitemap.FileName)}\n"));
}
