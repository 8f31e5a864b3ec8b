using System.Diagnostics.CodeAnalysis;
using ReportSite.Pages;

namespace ReportSite.Layout;

/// <summary>Gathers a page's <see cref="PageAnchors"/> part by part, in document order.</summary>
[SuppressMessage("Design", "MA0016:Prefer using collection abstraction instead of implementation", Justification = "A builder's lists are what it builds; PageFacts adds to them in ranges.")]
public sealed class PageFactsBuilder
{
    public List<PageLink> Links { get; } = [];

    public List<string> Ids { get; } = [];

    public List<PageImage> Images { get; } = [];

    public List<PageHeading> Headings { get; } = [];

    public List<PageSection> Sections { get; } = [];

    /// <summary>Adds what <paramref name="later"/> found after this part of the page.</summary>
    public void Append(PageFactsBuilder later)
    {
        Links.AddRange(later.Links);
        Ids.AddRange(later.Ids);
        Images.AddRange(later.Images);
        Headings.AddRange(later.Headings);
    }

    public PageAnchors Build() => new(Links, Ids.ToHashSet())
    {
        Images = Images,
        RepeatedIds = Ids.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => (g.Key, g.Count())).ToList(),
        Headings = Headings,
        Sections = Sections,
    };
}
