using ReportSite.Pages;

namespace ReportSite.Layout;

/// <summary>
/// One line of a chapter's table of contents: a link to an h2 with the h3s under it as
/// <see cref="Children"/> (null when it has none); an h3 before any h2 stands on its own, and later h3s go under it.
/// </summary>
public sealed record TocItemView(string Href, string Text, IReadOnlyList<TocItemView>? Children)
{
    /// <summary>The table of contents of a chapter with these headings, or null when it has none.</summary>
    public static IReadOnlyList<TocItemView>? Of(IReadOnlyList<TocEntry> headings)
    {
        var items = new List<(TocEntry Heading, List<TocItemView> Children)>();
        foreach (var heading in headings)
        {
            if (heading.Level == 3 && items.Count > 0) items[^1].Children.Add(new TocItemView("#" + heading.Id, heading.Text, null));
            else items.Add((heading, []));
        }
        return items.Count == 0 ? null : items.Select(i => new TocItemView("#" + i.Heading.Id, i.Heading.Text, i.Children.Count == 0 ? null : i.Children)).ToList();
    }
}
