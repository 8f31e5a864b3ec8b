namespace ReportSite.Pages;

/// <summary>
/// A link or image address an author wrote in a chapter: as <paramref name="Written"/>, on which file
/// <paramref name="Line"/>, the <paramref name="Href"/> the rendered page gives it, and the file in the
/// report folder it leads to (<paramref name="Target"/>, e.g. "assets/cover.svg"), or null for an
/// address that is not a path in the report (a web address, an #anchor, a link from the host's root).
/// </summary>
public sealed record SourceLink(string Written, string Href, int Line, string? Target)
{
    /// <summary>True when the page's <paramref name="href"/> (as its HTML has it, perhaps percent-encoded) is this link's.</summary>
    public bool Makes(string href) =>
        href == Href || ((href.Contains('%') || Href.Contains('%')) && Uri.UnescapeDataString(href) == Uri.UnescapeDataString(Href));
}
