using ReportSite.Diagnostics;
using ReportSite.Pages;

namespace ReportSite.Html;

/// <summary>
/// Checks every internal link of the finished pages: the target page or file exists and so does its
/// #anchor. A broken link in a chapter is reported at the line of the chapter that writes it.
/// Links from the root of the host (<c>/csr2018/en/</c>) must stay under the path of <c>baseUrl</c>
/// (the <c>basePath</c> passed to Run); the not-found page, served at any depth, may use no others.
/// </summary>
public sealed class CheckLinks
{
    public void Run(IReadOnlyList<Page> pages, IReadOnlySet<string> files, string basePath, DiagnosticBag diagnostics)
    {
        var byUrl = pages.ToDictionary(p => p.Url);
        foreach (var page in pages)
        {
            foreach (var link in page.Anchors?.Links ?? [])
            {
                var problem = Check(page, link.Href, basePath, byUrl, files);
                if (problem is not null) Report(page, link.Written, problem, diagnostics);
            }
        }
    }

    private static string? Check(Page page, string href, string basePath, Dictionary<string, Page> byUrl, IReadOnlySet<string> files)
    {
        if (UrlPath.IsExternal(href)) return null;
        var hashAt = href.IndexOf('#');
        var fragment = hashAt < 0 ? null : Uri.UnescapeDataString(href[(hashAt + 1)..]);
        var path = hashAt < 0 ? href : href[..hashAt];
        var queryAt = path.IndexOf('?');
        if (queryAt >= 0) path = path[..queryAt];

        string target;
        if (path.StartsWith('/'))
        {
            if (!path.StartsWith(basePath, StringComparison.Ordinal)) return $"'{path}' is outside the site, which site.yml's baseUrl publishes under '{basePath}'; write a full address (https://…) for another site";
            target = UrlPath.Resolve("", Uri.UnescapeDataString(path[basePath.Length..]));
        }
        else if (page.Kind == PageKind.NotFound && path.Length > 0)
        {
            return "the not-found page is shown at any missing address, at any depth, so a relative link breaks; start it from the site root with the layout's href values (homeHref, each language's href, asset.…)";
        }
        else
        {
            target = path.Length == 0 ? page.Url : UrlPath.Resolve(page.Url, Uri.UnescapeDataString(path));
        }
        if (target.EndsWith("index.html")) target = target[..^"index.html".Length];
        if (byUrl.TryGetValue(target, out var targetPage))
        {
            if (string.IsNullOrEmpty(fragment) || targetPage.Anchors!.Ids.Contains(fragment)) return null;
            return $"'#{fragment}' is not an id on {(target == page.Url ? "this page" : "/" + target)}; check the heading's spelling or link to an existing heading";
        }
        if (files.Contains(target)) return null;
        if (path.EndsWith(".md")) return "no chapter has this file name; link chapters as NN-slug.md (e.g. 07-environment.md), using a file that exists in chapters/";
        return $"'/{target}' does not exist in the built site; check the address, or put the file in assets/";
    }

    private static void Report(Page page, string href, string problem, DiagnosticBag diagnostics)
    {
        if (page.Source is { } source && LineOf(source, href) is var line and > 0)
        {
            diagnostics.Error(source.File, line, $"broken link '{href}': {problem}.");
        }
        else
        {
            diagnostics.Error($"theme ({page.OutputPath})", 0, $"broken link '{href}': {problem}.");
        }
    }

    /// <summary>The chapter line that contains the link target, or 0 when the theme made the link.</summary>
    private static int LineOf(ReportSite.Content.ChapterSource source, string href)
    {
        var lines = source.Body.Split('\n');
        var needle = href.Split('#')[0] is { Length: > 0 } path ? path : href;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains(needle, StringComparison.Ordinal)) return source.BodyFirstLine + i;
        }
        return 0;
    }
}
