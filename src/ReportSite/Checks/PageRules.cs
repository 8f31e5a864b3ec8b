using ReportSite.Pages;
using ReportSite.Paths;

namespace ReportSite.Checks;

/// <summary>
/// What a finished page must get right for readers, whoever checks it: the build, over the facts it
/// collects while laying pages out, and <c>check</c>, over the files on disk. Each rule returns the
/// problem in words, or nothing.
/// </summary>
public static class PageRules
{
    /// <summary>
    /// What is wrong with a web or e-mail address that cannot work (a malformed URL, a mailto without an
    /// address, one missing its https://), said of it: "is not a valid web address; …". Null for a good address and for site links.
    /// </summary>
    public static string? Address(string href)
    {
        if (href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return href[7..].Split('?')[0].Contains('@') ? null : "has no e-mail address after 'mailto:'";
        }
        if (!UrlPath.IsExternal(href))
        {
            return href.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || href.StartsWith("http/", StringComparison.OrdinalIgnoreCase) || href.StartsWith("https/", StringComparison.OrdinalIgnoreCase)
                ? "looks like a web address but is missing its 'https://'; write it in full"
                : null;
        }
        return Uri.TryCreate(href, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0 && !href.Contains(' ')
            ? null
            : "is not a valid web address; write it in full, with https://";
    }

    /// <summary>
    /// What is wrong with an image's address, as <see cref="Address"/> says of a link's, or null; a data:
    /// address is the image itself, with nothing to fetch (a browser will not open one as a page, so links do not get this pass).
    /// </summary>
    public static string? ImageAddress(string src) => src.StartsWith("data:", StringComparison.OrdinalIgnoreCase) ? null : Address(src);

    public const string MissingAlt = "the image has no alt text; describe it for readers who cannot see it (alt=\"\" only for decoration)";

    public static string RepeatedId(string id, int times) => $"id '{id}' is used {times} times on this page; links to it reach only the first";

    /// <summary>
    /// One h1, the page's title, and no level skipped on the way down (h2 then h4 leaves screen-reader
    /// users guessing): each problem with the index of the heading it is about.
    /// </summary>
    public static IEnumerable<(int At, string Problem)> HeadingOrder(IReadOnlyList<PageHeading> headings)
    {
        var h1 = headings.Count(h => h.Level == 1);
        if (h1 != 1) yield return (h1 > 1 ? IndexOfSecondH1(headings) : 0, $"the page has {h1} h1 headings; it needs exactly one, its title");
        var previous = 1;
        for (var i = 0; i < headings.Count; i++)
        {
            var level = headings[i].Level;
            if (level > previous + 1) yield return (i, $"'{headings[i].Text}' is an h{level} after an h{previous}; use h{previous + 1} so no level is skipped");
            previous = level;
        }
    }

    private static int IndexOfSecondH1(IReadOnlyList<PageHeading> headings) =>
        headings.Select((h, i) => (h, i)).Where(x => x.h.Level == 1).Skip(1).First().i;
}
