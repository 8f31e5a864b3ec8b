using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ReportSite.Caching;
using ReportSite.Checks;
using ReportSite.Html;
using ReportSite.Pages;
using ReportSite.Paths;

namespace ReportSite.Layout;

/// <summary>
/// Parses the main content of each laid-out page once with AngleSharp and runs every DOM pass over
/// that one document: heading ids and anchor links, the table of contents, links to chapter files,
/// wide tables, and collecting what <see cref="CheckLinks"/> and <see cref="CheckOutline"/> need to
/// know of the page. The theme's header and footer around it, with the menu of every chapter, stay
/// as the layout wrote them and are only read (<see cref="TagScanner"/>). Pages are processed in parallel. With a <paramref name="memo"/> (the preview), a page whose laid-out HTML is
/// unchanged is not parsed again; the memo's context must change with the site map, which chapter
/// links are rewritten from.
/// </summary>
public sealed partial class PostProcessHtml(Memo<string, (string Html, PageAnchors Anchors)>? memo = null)
{
    /// <summary>Marks the element whose h2/h3 headings get ids and make the table of contents.</summary>
    public const string ContentAttribute = "data-toc-content";

    /// <summary>Marks the list the table of contents is written into; its container is <see cref="TocAttribute"/>.</summary>
    public const string TocListAttribute = "data-toc-list";

    /// <summary>Marks the table of contents container, removed when a page has no headings.</summary>
    public const string TocAttribute = "data-toc";

    public IReadOnlyList<Page> Run(IReadOnlyList<Page> pages, SiteMap map) =>
        pages.AsParallel().AsOrdered().Select(page =>
        {
            var (html, anchors) = memo is null ? Process(page, map) : memo.Get(page.OutputPath, page.Html ?? "", () => Process(page, map));
            return page with { Html = html, Anchors = anchors };
        }).ToList();

    private static (string Html, PageAnchors Anchors) Process(Page page, SiteMap map)
    {
        var html = page.Html ?? "";
        var facts = new PageFactsBuilder();
        if (MainContent(html) is not var (from, to))
        {
            var whole = new HtmlParser().ParseDocument(html);
            RunPasses(whole, page, map, [], facts);
            return ("<!DOCTYPE html>\n" + whole.DocumentElement.OuterHtml + "\n", facts.Build());
        }
        // Only the main content is parsed; the theme's header and footer around it are read by TagScanner.
        var after = new PageFactsBuilder();
        TagScanner.Scan(html, 0, from, facts);
        TagScanner.Scan(html, to, html.Length, after);
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html[from..to] + "</body></html>");
        RunPasses(document, page, map, [.. facts.Ids, .. after.Ids], facts);
        facts.Append(after);
        return (string.Concat(html.AsSpan(0, from), document.Body!.InnerHtml, html.AsSpan(to)), facts.Build());
    }

    /// <summary>Every DOM pass over the parsed part of the page; <paramref name="taken"/> are ids outside it.</summary>
    private static void RunPasses(IDocument document, Page page, SiteMap map, IReadOnlyCollection<string> taken, PageFactsBuilder facts)
    {
        var content = document.QuerySelector($"[{ContentAttribute}]");
        var headings = AssignHeadingIds(document, content, taken);
        FillTableOfContents(document, headings);
        var written = RewriteChapterLinks(document, page, map);
        WrapTables(document);
        Collect(document, written, facts);
        if (content is not null) facts.Sections.AddRange(PageSections.Of(content));
    }

    /// <summary>
    /// Where the content inside the page's &lt;main&gt; element starts and ends, or null for a page
    /// without one (the entry page, the not-found page), which is parsed whole.
    /// </summary>
    private static (int From, int To)? MainContent(string html)
    {
        var open = html.IndexOf("<main", StringComparison.Ordinal);
        if (open < 0 || open + 5 >= html.Length || html[open + 5] is not ('>' or ' ' or '\n' or '\t')) return null;
        var from = html.IndexOf('>', open) + 1;
        var to = html.LastIndexOf("</main>", StringComparison.Ordinal);
        return from > 0 && to >= from && html.IndexOf("<main", from, to - from, StringComparison.Ordinal) < 0 ? (from, to) : null;
    }

    /// <summary>What the checks after this stage need of the parsed part, so none of them parses it again.</summary>
    private static void Collect(IDocument document, Dictionary<string, string> written, PageFactsBuilder facts)
    {
        facts.Links.AddRange(document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Select(href => new PageLink(href, written.GetValueOrDefault(href, href))));
        facts.Ids.AddRange(document.QuerySelectorAll("[id]").Select(e => e.Id!));
        facts.Images.AddRange(document.QuerySelectorAll("img").Select(i => new PageImage(i.GetAttribute("src") ?? "", i.HasAttribute("alt"))));
        facts.Headings.AddRange(document.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => new PageHeading(h.LocalName[1] - '0', Headings.Text(h))));
    }

    private static List<IElement> AssignHeadingIds(IDocument document, IElement? content, IReadOnlyCollection<string> outside)
    {
        if (content is null) return [];
        content.RemoveAttribute(ContentAttribute);
        var ids = new SlugSet(document.QuerySelectorAll("[id]").Select(e => e.Id!).Concat(outside));
        var headings = content.QuerySelectorAll("h2, h3").ToList();
        foreach (var heading in headings)
        {
            if (string.IsNullOrEmpty(heading.Id)) heading.Id = ids.Add(heading.TextContent);
            var anchor = document.CreateElement("a");
            anchor.ClassName = Headings.AnchorClass;
            anchor.SetAttribute("href", "#" + heading.Id);
            anchor.SetAttribute("aria-hidden", "true");
            anchor.SetAttribute("tabindex", "-1");
            anchor.TextContent = "#";
            heading.AppendChild(anchor);
        }
        return headings;
    }

    private static void FillTableOfContents(IDocument document, List<IElement> headings)
    {
        var toc = document.QuerySelector($"[{TocAttribute}]");
        if (toc is null) return;
        var list = toc.QuerySelector($"[{TocListAttribute}]");
        if (headings.Count == 0 || list is null)
        {
            toc.Remove();
            return;
        }
        toc.RemoveAttribute(TocAttribute);
        list.RemoveAttribute(TocListAttribute);
        IElement? lastTopItem = null;
        foreach (var heading in headings)
        {
            var item = document.CreateElement("li");
            var link = document.CreateElement("a");
            link.SetAttribute("href", "#" + heading.Id);
            link.TextContent = Headings.Text(heading);
            item.AppendChild(link);
            if (heading.LocalName == "h3" && lastTopItem is not null)
            {
                var sublist = lastTopItem.QuerySelector("ol") ?? lastTopItem.AppendChild(document.CreateElement("ol"));
                sublist.AppendChild(item);
            }
            else
            {
                list.AppendChild(item);
                lastTopItem = item;
            }
        }
    }

    /// <summary>Wide tables scroll sideways on a phone instead of stretching the page.</summary>
    private static void WrapTables(IDocument document)
    {
        foreach (var table in document.QuerySelectorAll(".prose table"))
        {
            var wrap = document.CreateElement("div");
            wrap.ClassName = "table-wrap";
            // Focusable, so keyboard users can scroll it too.
            wrap.SetAttribute("tabindex", "0");
            table.Parent!.ReplaceChild(wrap, table);
            wrap.AppendChild(table);
        }
    }

    /// <summary>
    /// Authors link chapters by file name (<c>07-environment.zh-CN.md#heading</c>, or without the
    /// language); the link goes to that chapter in the page's own language. Returns each new href
    /// with the link as written, so a broken one is reported the way the author wrote it.
    /// </summary>
    private static Dictionary<string, string> RewriteChapterLinks(IDocument document, Page page, SiteMap map)
    {
        var written = new Dictionary<string, string>();
        foreach (var link in document.QuerySelectorAll("a[href$='.md'], a[href*='.md#']"))
        {
            var match = ChapterFileLink().Match(link.GetAttribute("href")!);
            if (!match.Success) continue;
            var target = map.ChapterBySlug(match.Groups["slug"].Value, page.Language);
            if (target is not null)
            {
                var href = UrlPath.Relative(page.Url, target.Url) + Uri.UnescapeDataString(match.Groups["fragment"].Value);
                written.TryAdd(href, link.GetAttribute("href")!);
                link.SetAttribute("href", href);
            }
        }
        return written;
    }

    [GeneratedRegex(@"^(?:\./)?(?:\d+-)?(?<slug>[a-z0-9]+(?:-[a-z0-9]+)*)(?:\.[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)?\.md(?<fragment>#.*)?$")]
    private static partial Regex ChapterFileLink();
}
