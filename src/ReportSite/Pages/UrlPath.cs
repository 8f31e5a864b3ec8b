namespace ReportSite.Pages;

/// <summary>Relative links between site-relative URLs, so the built site works under any folder of any host.</summary>
public static class UrlPath
{
    /// <summary>
    /// The link from page <paramref name="from"/> (a folder URL like "en/people/", or "" for the root)
    /// to <paramref name="to"/> (a folder URL or a file path, optionally with '?query' or '#fragment').
    /// </summary>
    public static string Relative(string from, string to)
    {
        var suffixAt = to.IndexOfAny(['?', '#']);
        var suffix = suffixAt < 0 ? "" : to[suffixAt..];
        var path = suffixAt < 0 ? to : to[..suffixAt];

        var fromDirs = from.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var toParts = path.Split('/');
        var toDirs = toParts[..^1];
        var common = 0;
        while (common < fromDirs.Length && common < toDirs.Length && fromDirs[common] == toDirs[common]) common++;

        var up = string.Concat(Enumerable.Repeat("../", fromDirs.Length - common));
        var down = string.Join('/', toParts[common..]);
        var relative = up + down;
        return relative.Length == 0 ? "./" + suffix : relative + suffix;
    }

    /// <summary>True for a link that leaves the site: a scheme ("https:", "mailto:") or a protocol-relative "//host".</summary>
    public static bool IsExternal(string href) =>
        href.StartsWith("//") || (href.IndexOf(':') is var colon and > 0 && href.IndexOfAny(['/', '?', '#']) is var slash && (slash < 0 || colon < slash));

    /// <summary>Resolves <paramref name="href"/>, written on page <paramref name="from"/>, to a site-relative path (no fragment).</summary>
    public static string Resolve(string from, string href)
    {
        var stack = new List<string>(from.Split('/', StringSplitOptions.RemoveEmptyEntries));
        var parts = href.Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part == "..")
            {
                if (stack.Count > 0) stack.RemoveAt(stack.Count - 1);
            }
            else if (part != "." && part.Length > 0)
            {
                stack.Add(part);
            }
        }
        var isFolder = href.Length == 0 || href.EndsWith('/') || parts[^1] is "." or "..";
        var joined = string.Join('/', stack);
        return isFolder && joined.Length > 0 ? joined + "/" : joined;
    }
}
