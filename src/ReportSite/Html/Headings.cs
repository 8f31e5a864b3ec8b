using AngleSharp.Dom;

namespace ReportSite.Html;

/// <summary>The anchor link the site adds to each heading, and the heading's own words without it.</summary>
public static class Headings
{
    /// <summary>The class of the decorative "#" link inside a heading.</summary>
    public const string AnchorClass = "heading-anchor";

    /// <summary>What the heading says, without its anchor link.</summary>
    public static string Text(IElement heading) =>
        string.Concat(heading.ChildNodes.Where(n => n is not IElement { ClassName: AnchorClass }).Select(n => n.TextContent)).Trim();
}
