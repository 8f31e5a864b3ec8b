namespace ReportSite.Paths;

/// <summary>Relative links between site-relative URLs, so the built site works under any folder of any host.</summary>
public static class UrlPath
{
    /// <summary>
    /// The link from page <paramref name="from"/> (a folder URL like "en/people/", or "" for the root)
    /// to <paramref name="to"/> (a folder URL or a file path, optionally with '?query' or '#fragment').
    /// </summary>
    public static string Relative(string from, string to)
    {
        // Called for every menu entry of every page, so it walks the two paths in place instead of splitting them.
        var suffixAt = to.AsSpan().IndexOfAny('?', '#');
        var path = suffixAt < 0 ? to.AsSpan() : to.AsSpan(0, suffixAt);
        var suffix = suffixAt < 0 ? [] : to.AsSpan(suffixAt);

        var (at, pathAt, up) = (0, 0, 0);
        var matching = true;
        while (true)
        {
            while (at < from.Length && from[at] == '/') at++;
            if (at >= from.Length) break;
            var end = from.IndexOf('/', at);
            if (end < 0) end = from.Length;
            var folder = from.AsSpan(at, end - at);
            var toEnd = matching ? path[pathAt..].IndexOf('/') : -1;
            if (toEnd >= 0 && path.Slice(pathAt, toEnd).SequenceEqual(folder)) pathAt += toEnd + 1;
            else
            {
                matching = false;
                up++;
            }
            at = end;
        }
        var down = path[pathAt..];
        if (up == 0 && down.Length == 0) return string.Concat("./", suffix);
        return string.Create(up * 3 + down.Length + suffix.Length, (Up: up, To: to, PathAt: pathAt, Down: down.Length, SuffixAt: suffixAt), static (span, link) =>
        {
            for (var i = 0; i < link.Up; i++) "../".CopyTo(span[(i * 3)..]);
            link.To.AsSpan(link.PathAt, link.Down).CopyTo(span[(link.Up * 3)..]);
            if (link.SuffixAt >= 0) link.To.AsSpan(link.SuffixAt).CopyTo(span[(link.Up * 3 + link.Down)..]);
        });
    }

    /// <summary>True for a link that leaves the site: a scheme ("https:", "mailto:") or a protocol-relative "//host".</summary>
    public static bool IsExternal(string href) =>
        href.StartsWith("//", StringComparison.Ordinal) || (href.IndexOf(':') is var colon and > 0 && href.IndexOfAny(['/', '?', '#']) is var slash && (slash < 0 || colon < slash));

    /// <summary>Resolves <paramref name="href"/>, written on page <paramref name="from"/>, to a site-relative path (no fragment); ".." at the root stays there.</summary>
    public static string Resolve(string from, string href) => Walk(from, href, outOfRoot: false)!;

    /// <summary><paramref name="path"/> from <paramref name="folder"/> as a path inside <paramref name="folder"/>'s root, or null when it leads out of that root.</summary>
    public static string? Within(string folder, string path) => Walk(folder, path, outOfRoot: true);

    /// <summary>The folder a file is in, with its '/' ("chapters/" for "chapters/01-intro.en.md"; "" for a file at the root).</summary>
    public static string FolderOf(string file) => file[..(file.LastIndexOf('/') + 1)];

    /// <summary>
    /// Follows <paramref name="href"/>'s segments from <paramref name="from"/>'s. A ".." at the root is
    /// null when <paramref name="outOfRoot"/> says that is a mistake, else it stays at the root.
    /// </summary>
    private static string? Walk(string from, string href, bool outOfRoot)
    {
        var stack = new List<string>(from.Split('/', StringSplitOptions.RemoveEmptyEntries));
        var parts = href.Split('/');
        foreach (var part in parts)
        {
            if (part == "..")
            {
                if (stack.Count > 0) stack.RemoveAt(stack.Count - 1);
                else if (outOfRoot) return null;
            }
            else if (part is not ("." or ""))
            {
                stack.Add(part);
            }
        }
        var isFolder = href.Length == 0 || href.EndsWith('/') || parts[^1] is "." or "..";
        var joined = string.Join('/', stack);
        return isFolder && joined.Length > 0 ? joined + "/" : joined;
    }

    /// <summary>The path from the chapter's folder to <paramref name="target"/> inside <paramref name="folder"/>'s root, as an author writes it.</summary>
    public static string FromFolder(string folder, string target) => UrlPath.Relative(folder, target) is var relative && relative.StartsWith("./", StringComparison.Ordinal) ? relative[2..] : relative;
}
