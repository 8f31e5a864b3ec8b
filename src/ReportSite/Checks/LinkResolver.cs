using ReportSite.Paths;

namespace ReportSite.Checks;

/// <summary>What became of an address on a built page, once resolved.</summary>
public enum LinkOutcome
{
    /// <summary>It leaves the site (https:, mailto:, tel:, data:, //host): not followed; <see cref="PageRules.Address"/> judges its syntax.</summary>
    External,

    /// <summary>It starts from the root of the host (/…) and the site's base path is not known, so where it leads depends on the host.</summary>
    HostRoot,

    /// <summary>It starts from the root of the host outside the site's base path.</summary>
    OutsideSite,

    /// <summary>No file of the site is at its target.</summary>
    Missing,

    /// <summary>Its target is a page without an element whose id is the #fragment.</summary>
    MissingId,

    /// <summary>Its target, and its #fragment if any, are in the site.</summary>
    Found,
}

/// <summary>
/// An address on a page, resolved: its <paramref name="Path"/> as written (without ?query or #fragment),
/// the <paramref name="File"/> under the site root the host serves for it ("en/intro/index.html" for
/// "en/intro/"; "" when it leaves the site or the site's base path), and its #fragment, unescaped.
/// </summary>
public sealed record ResolvedLink(LinkOutcome Outcome, string Path, string File, string? Fragment)
{
    /// <summary>Written from the root of the host ("/report/en/") rather than from the page.</summary>
    public bool FromHostRoot => Path.StartsWith('/');

    /// <summary>The target as a site-relative URL: the folder for a folder's index.html ("en/intro/", "" for the entry page).</summary>
    public string Url => File == IndexFile ? "" : File.EndsWith("/" + IndexFile, StringComparison.Ordinal) ? File[..^IndexFile.Length] : File;

    internal const string IndexFile = "index.html";
}

/// <summary>
/// How an address on a page of the built site reaches a file of it, as a static host serves it: the
/// one rule the build's link check and <c>check</c>'s check of an output folder share. A relative path
/// resolves from the page's folder, a folder serves its index.html, a ?query does not change the file,
/// percent-escapes are undone, and a #fragment must be an id on the target page. Addresses from the root
/// of the host are followed below <paramref name="basePath"/> ("/report/"), when it is known.
/// </summary>
/// <param name="exists">Whether the site has a file at a path under its root.</param>
/// <param name="idsOf">The ids on the page at a path, or null for a file whose ids are not known (not a page).</param>
/// <param name="basePath">The path of the site on its host, with its '/' at both ends; null when it is not known.</param>
public sealed class LinkResolver(Func<string, bool> exists, Func<string, IReadOnlySet<string>?> idsOf, string? basePath = null)
{
    /// <summary>Resolves <paramref name="href"/> written on the page at <paramref name="fromFile"/> ("en/intro/index.html", "404.html").</summary>
    public ResolvedLink Resolve(string fromFile, string href)
    {
        var hashAt = href.IndexOf('#');
        var fragment = hashAt < 0 ? null : Uri.UnescapeDataString(href[(hashAt + 1)..]);
        var path = hashAt < 0 ? href : href[..hashAt];
        var queryAt = path.IndexOf('?');
        if (queryAt >= 0) path = path[..queryAt];

        if (UrlPath.IsExternal(href)) return new(LinkOutcome.External, path, "", fragment);
        string target;
        if (path.StartsWith('/'))
        {
            if (basePath is null) return new(LinkOutcome.HostRoot, path, "", fragment);
            if (!path.StartsWith(basePath, StringComparison.Ordinal)) return new(LinkOutcome.OutsideSite, path, "", fragment);
            target = UrlPath.Resolve("", Uri.UnescapeDataString(path[basePath.Length..]));
        }
        else
        {
            target = path.Length == 0 ? fromFile : UrlPath.Resolve(UrlPath.FolderOf(fromFile), Uri.UnescapeDataString(path));
        }
        if (target.Length == 0 || target.EndsWith('/')) target += ResolvedLink.IndexFile;

        var outcome = !exists(target) ? LinkOutcome.Missing
            : string.IsNullOrEmpty(fragment) || idsOf(target) is not { } ids || ids.Contains(fragment) ? LinkOutcome.Found
            : LinkOutcome.MissingId;
        return new(outcome, path, target, fragment);
    }
}
