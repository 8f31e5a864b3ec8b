using System.Text;
using AngleSharp.Dom;
using ReportSite.Html;
using ReportSite.Pages;

namespace ReportSite.Checks;

/// <summary>
/// Splits a page's content into sections at its h2 and h3 headings (which have their ids by now), with
/// the words a reader sees: drawings (svg), the labels of disclosure widgets ("Show the data"), the
/// headings' "#" links and what the theme marks <c>data-search-skip</c> (a chart's download links) are left out. Blocks are kept apart by a space, so words of neighbouring
/// paragraphs never run together; inline elements are not. The words of figures beside the prose (a
/// figure, an aside such as a scan call-out, each card of a KPI group) go to the section's asides, one
/// figure at a time, so a card's "22.36亿元 腾讯基金会" never runs into the sentence before it.
/// </summary>
public static class PageSections
{
    /// <summary>Elements inside a line of text: no space around them, so 重要 in 这是&lt;strong&gt;重要&lt;/strong&gt;的 stays joined to its neighbours.</summary>
    private static readonly HashSet<string> Inline = ["a", "abbr", "b", "cite", "code", "data", "em", "i", "mark", "q", "s", "small", "span", "strong", "sub", "sup", "time", "u"];

    /// <summary>The class of a group of KPI cards, each child of which is one figure.</summary>
    private const string KpiGroupClass = "kpi-cards";

    /// <summary>The attribute a theme puts on controls whose words are not the report's (a chart's "Download data (CSV)").</summary>
    public const string SkipAttribute = "data-search-skip";

    /// <summary>What separates one figure's words from the next in a section's asides.</summary>
    public const string AsideEnd = " · ";

    public static IReadOnlyList<PageSection> Of(IElement content)
    {
        var sections = new List<PageSection>();
        var (anchor, heading) = ((string?)null, (string?)null);
        var (prose, asides) = (new StringBuilder(), new StringBuilder());
        var text = prose;
        void Close()
        {
            var words = Collapse(prose);
            var aside = Collapse(asides).TrimEnd(' ', '·');
            if (words.Length > 0 || aside.Length > 0 || heading is not null) sections.Add(new PageSection(anchor, heading, words, aside));
            prose.Clear();
            asides.Clear();
        }
        void Figure(IElement element)
        {
            var before = text;
            text = asides;
            var start = asides.Length;
            Walk(element);
            text = before;
            if (asides.ToString(start, asides.Length - start).Trim().Length > 0) asides.Append(AsideEnd);
        }
        void Walk(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                switch (child)
                {
                    case IElement { LocalName: "h2" or "h3" } element:
                        Close();
                        (anchor, heading) = (element.Id, Headings.Text(element));
                        break;
                    case IElement { LocalName: "svg" or "script" or "style" or "summary" }:
                    case IElement { ClassName: Headings.AnchorClass }:
                    case IElement skipped when skipped.HasAttribute(SkipAttribute):
                        break;
                    case IElement element when text == prose && element.ClassList.Contains(KpiGroupClass):
                        foreach (var card in element.Children) Figure(card);
                        break;
                    case IElement { LocalName: "figure" or "aside" } element when text == prose:
                        Figure(element);
                        break;
                    case IElement element when Inline.Contains(element.LocalName):
                        Walk(element);
                        break;
                    case IElement element:
                        text.Append(' ');
                        Walk(element);
                        text.Append(' ');
                        break;
                    case IText words:
                        text.Append(words.Data);
                        break;
                }
            }
        }
        Walk(content);
        Close();
        return sections;
    }

    private static string Collapse(StringBuilder text)
    {
        var collapsed = new StringBuilder(text.Length);
        foreach (var chunk in text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (collapsed.Length > 0) collapsed.Append(' ');
            collapsed.Append(chunk);
        }
        return collapsed.ToString();
    }
}
