using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ReportSite.Diagnostics;
using ReportSite.Html;

namespace ReportSite.Checks;

/// <summary>
/// Checks a built site as a reader's browser would meet it, without publishing anything: links and
/// #anchors, images and their text alternatives, pages no link reaches, a twin in every language, the
/// syntax of external addresses, duplicate ids and heading order. Problems name the output file and line.
/// </summary>
public sealed class CheckSite
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsKeepingSourceReferences = true });

    public void Run(string outputDir, DiagnosticBag diagnostics)
    {
        var pages = Directory.EnumerateFiles(outputDir, "*.html", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(outputDir, f).Replace('\\', '/'), f => Parser.ParseDocument(File.ReadAllText(f)));
        var files = Directory.EnumerateFiles(outputDir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(outputDir, f).Replace('\\', '/')).ToHashSet();
        var ids = pages.ToDictionary(p => p.Key, p => (IReadOnlySet<string>)p.Value.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet());
        // Without site.yml the base path is not known: links from the root of the host (the not-found page's) are not followed.
        var resolver = new LinkResolver(files.Contains, file => ids.GetValueOrDefault(file));
        foreach (var (path, page) in pages.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            void Report(IElement? at, string message) => diagnostics.Error(path, Line(at), message);
            CheckLinks(path, page, resolver, Report);
            CheckImages(path, page, resolver, Report);
            CheckIds(page, Report);
            // A short link's page only forwards the reader; it has no headings to order.
            if (page.QuerySelector("meta[http-equiv=refresh]") is null) CheckHeadings(page, Report);
            CheckEditions(path, page, pages, Report);
        }
        CheckReachable(pages, diagnostics);
    }

    private static void CheckLinks(string path, IHtmlDocument page, LinkResolver resolver, Action<IElement?, string> report)
    {
        foreach (var link in page.QuerySelectorAll("a[href], link[href]"))
        {
            var href = link.GetAttribute("href")!;
            if (PageRules.Address(href) is { } problem) report(link, $"'{href}' {problem}.");
            var resolved = resolver.Resolve(path, href);
            if (resolved.Outcome is LinkOutcome.Missing) report(link, $"'{href}' leads to no file in the site.");
            if (resolved.Outcome is LinkOutcome.MissingId) report(link, $"'{href}': there is no element with id '{resolved.Fragment}' on {resolved.File}.");
        }
    }

    private static void CheckImages(string path, IHtmlDocument page, LinkResolver resolver, Action<IElement?, string> report)
    {
        foreach (var image in page.QuerySelectorAll("img"))
        {
            if (!image.HasAttribute("alt")) report(image, PageRules.MissingAlt + ".");
            var src = image.GetAttribute("src") ?? "";
            if (PageRules.ImageAddress(src) is { } problem) report(image, $"the image '{src}' {problem}.");
            if (src.Length == 0 || resolver.Resolve(path, src).Outcome is LinkOutcome.Missing)
            {
                report(image, $"the image '{src}' is not in the site.");
            }
        }
    }

    private static void CheckIds(IHtmlDocument page, Action<IElement?, string> report)
    {
        foreach (var duplicate in page.QuerySelectorAll("[id]").GroupBy(e => e.Id!).Where(g => g.Count() > 1))
        {
            report(duplicate.Skip(1).First(), PageRules.RepeatedId(duplicate.Key, duplicate.Count()) + ".");
        }
    }

    private static void CheckHeadings(IHtmlDocument page, Action<IElement?, string> report)
    {
        var headings = page.QuerySelectorAll("h1, h2, h3, h4, h5, h6").ToList();
        var outline = headings.Select(h => new Pages.PageHeading(h.LocalName[1] - '0', Headings.Text(h))).ToList();
        foreach (var (at, problem) in PageRules.HeadingOrder(outline)) report(headings.ElementAtOrDefault(at), problem + ".");
    }

    /// <summary>Every edition the page names as an alternate exists.</summary>
    private static void CheckEditions(string path, IHtmlDocument page, IReadOnlyDictionary<string, IHtmlDocument> pages, Action<IElement?, string> report)
    {
        var canonical = page.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        if (canonical is null) return;
        var root = canonical[..^(path.Length - "index.html".Length)];
        foreach (var alternate in page.QuerySelectorAll("link[rel=alternate][hreflang]"))
        {
            var href = alternate.GetAttribute("href")!;
            if (!href.StartsWith(root, StringComparison.Ordinal) || !pages.ContainsKey(href[root.Length..] + "index.html"))
            {
                report(alternate, $"the {alternate.GetAttribute("hreflang")} edition of this page ({href}) is not in the site.");
            }
        }
    }

    /// <summary>Every indexable page can be reached from the entry page by following links.</summary>
    private static void CheckReachable(IReadOnlyDictionary<string, IHtmlDocument> pages, DiagnosticBag diagnostics)
    {
        if (!pages.ContainsKey("index.html")) return;
        // Only pages lead on, and a link reaches its page whether or not its #fragment is there.
        var resolver = new LinkResolver(pages.ContainsKey, _ => null);
        var seen = new HashSet<string> { "index.html" };
        var queue = new Queue<string>(seen);
        while (queue.TryDequeue(out var path))
        {
            foreach (var link in pages[path].QuerySelectorAll("a[href]"))
            {
                var resolved = resolver.Resolve(path, link.GetAttribute("href")!);
                if (resolved.Outcome is LinkOutcome.Found && seen.Add(resolved.File)) queue.Enqueue(resolved.File);
            }
        }
        foreach (var (path, page) in pages.Where(p => !seen.Contains(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (page.QuerySelector("meta[name=robots][content*=noindex]") is not null) continue;
            diagnostics.Error(path, 0, "no link leads to this page from the entry page; link it from a chapter, the home page or a menu.");
        }
    }

    private static int Line(IElement? element) => element?.SourceReference?.Position.Line ?? 0;
}
