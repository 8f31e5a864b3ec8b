using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ReportSite.Checks;
using ReportSite.Html;
using ReportSite.Pages;

namespace ReportSite.Layout;

/// <summary>
/// What the checks and the search index need to know of a page, found while it is laid out rather than
/// by reading the finished page: its content (the page layout's output, chapter body included) is parsed
/// once as a fragment, before <c>base</c> wraps it, and written out in the HTML serializer's form, which
/// the inside of every page's &lt;main&gt; has always had; the theme's frame around it (head, header,
/// footer) is rendered once more without the chapter menu, a few kilobytes, and parsed; the menu's links
/// come from the view model. So no page is parsed whole, and the menu of every chapter never is.
/// </summary>
public static class PageFacts
{
    /// <summary>Marks the element holding the chapter's body, whose text by section goes to the search index; not written out.</summary>
    public const string BodyAttribute = "data-toc-content";

    /// <summary>Stands for the content in the frame's second rendering: a character no template writes.</summary>
    public const string ContentToken = "\uE000";

    // One parser per thread: pages are laid out in parallel, and a parser keeps its browsing context.
    private static readonly ThreadLocal<HtmlParser> Parsers = new(() => new HtmlParser());

    /// <summary>A page's body, in which the content is parsed as the base layout will place it.</summary>
    private static readonly ThreadLocal<IElement> Contexts = new(() => Parsers.Value!.ParseDocument(string.Empty).Body!);

    /// <summary>The content as the page writes it, and what is on it.</summary>
    public static (string Html, PageFactsBuilder Facts) OfContent(string content)
    {
        var parser = Parsers.Value!;
        var nodes = parser.ParseFragment(content, Contexts.Value!);
        if (nodes.Length == 0 || nodes[0].Parent is not IElement container) return ("", new PageFactsBuilder());
        var body = container.QuerySelector($"[{BodyAttribute}]");
        body?.RemoveAttribute(BodyAttribute);
        var facts = new PageFactsBuilder();
        foreach (var element in container.QuerySelectorAll("*")) Collect(element, facts);
        if (body is not null) facts.Sections.AddRange(PageSections.Of(body));
        return (container.InnerHtml, facts);
    }

    /// <summary>
    /// The facts of the whole page: those of the <paramref name="frame"/> (rendered with <see cref="ContentToken"/>
    /// for its content) before and after the content's, and the links of the chapter menu left out of it.
    /// </summary>
    public static PageAnchors OfPage(string frame, PageFactsBuilder content, IEnumerable<PageLink> menuLinks)
    {
        var before = new PageFactsBuilder();
        before.Links.AddRange(menuLinks);
        var after = new PageFactsBuilder();
        var current = before;
        void Walk(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText text && text.Data.Contains(ContentToken)) current = after;
                if (child is not IElement element) continue;
                Collect(element, current);
                Walk(element);
            }
        }
        Walk(Parsers.Value!.ParseDocument(frame));
        before.Append(content);
        before.Sections.AddRange(content.Sections);
        before.Append(after);
        return before.Build();
    }

    /// <summary>What the checks read of one element: a link, an id, an image, a heading.</summary>
    private static void Collect(IElement element, PageFactsBuilder facts)
    {
        if (element.LocalName == "a" && element.GetAttribute("href") is { } href) facts.Links.Add(new PageLink(href, href));
        if (element.GetAttribute("id") is { } id) facts.Ids.Add(id);
        if (element.LocalName == "img") facts.Images.Add(new PageImage(element.GetAttribute("src") ?? "", element.HasAttribute("alt")));
        if (element.LocalName is ['h', >= '1' and <= '6']) facts.Headings.Add(new PageHeading(element.LocalName[1] - '0', Headings.Text(element)));
    }
}
