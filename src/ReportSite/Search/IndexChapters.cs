using ReportSite.Caching;
using ReportSite.Diagnostics;
using ReportSite.Pages;

namespace ReportSite.Search;

/// <summary>Indexes a chapter page's text, section by section, for <see cref="BuildSearchIndex"/>.</summary>
public sealed class IndexChapters : IItemWork<Page, (IReadOnlyList<PageSection>? Sections, string Title, string Url, string? TextLanguage), SearchChapter>
{
    /// <summary>The pages this work indexes: the chapters, in every language.</summary>
    public static IReadOnlyList<Page> Of(IReadOnlyList<Page> pages) => pages.Where(p => p.Kind == PageKind.Chapter).ToList();

    public string Id(Page page) => page.OutputPath;

    public (IReadOnlyList<PageSection>? Sections, string Title, string Url, string? TextLanguage) Reads(Page page) => (page.Anchors?.Sections, page.Title, page.Url, SearchChapter.LanguageOfText(page));

    public SearchChapter Make(Page page, DiagnosticBag diagnostics) => SearchChapter.Of(page);
}
