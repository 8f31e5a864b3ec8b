using ReportSite.Paths;

namespace ReportSite.Checks;

/// <summary>How a built site's links resolve to its files, as a static host serves them.</summary>
public static class SiteLinks
{
    /// <summary>
    /// The file a relative link from <paramref name="fromFile"/> reaches (a folder serves its index.html),
    /// or null; and the #fragment, unescaped.
    /// </summary>
    public static (string? Target, string? Fragment) Resolve(string fromFile, string href, IReadOnlySet<string> files)
    {
        var hashAt = href.IndexOf('#');
        var fragment = hashAt < 0 ? null : Uri.UnescapeDataString(href[(hashAt + 1)..]);
        var path = (hashAt < 0 ? href : href[..hashAt]).Split('?')[0];
        var folder = UrlPath.FolderOf(fromFile);
        var target = path.Length == 0 ? fromFile : UrlPath.Resolve(folder, Uri.UnescapeDataString(path));
        if (target.Length == 0 || target.EndsWith('/')) target += "index.html";
        return (files.Contains(target) ? target : null, fragment);
    }
}
