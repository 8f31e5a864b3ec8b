using System.Text;
using AngleSharp.Dom;
using ReportSite.Html;
using ReportSite.Pages;

namespace ReportSite.Checks;

/// <summary>
/// Splits a page's content into sections at its h2 and h3 headings (which have their ids by now), with
/// the words a reader sees: drawings (svg), the labels of disclosure widgets ("Show the data") and the
/// headings' "#" links are left out. Blocks are kept apart by a space, so words of neighbouring
/// paragraphs never run together; inline elements are not.
/// </summary>
public static class PageSections
{
    /// <summary>Elements inside a line of text: no space around them, so 重要 in 这是&lt;strong&gt;重要&lt;/strong&gt;的 stays joined to its neighbours.</summary>
    private static readonly HashSet<string> Inline = ["a", "abbr", "b", "cite", "code", "data", "em", "i", "mark", "q", "s", "small", "span", "strong", "sub", "sup", "time", "u"];

    public static IReadOnlyList<PageSection> Of(IElement content)
    {
        var sections = new List<PageSection>();
        var (anchor, heading, text) = ((string?)null, (string?)null, new StringBuilder());
        void Close()
        {
            var words = Collapse(text);
            if (words.Length > 0 || heading is not null) sections.Add(new PageSection(anchor, heading, words));
            text.Clear();
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
