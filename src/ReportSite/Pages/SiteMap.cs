using ReportSite.Content;

namespace ReportSite.Pages;

/// <summary>
/// Every page of the site and how they relate: the same page in other languages, the chapter order,
/// previous and next. Built once per build; read by layout.
/// </summary>
public sealed class SiteMap
{
    private readonly Dictionary<(string Key, string Language), Page> _byKey;
    private readonly Dictionary<string, IReadOnlyList<Page>> _chapters;

    public SiteMap(SiteConfig site, IReadOnlyList<Page> pages)
    {
        Site = site;
        Pages = pages;
        _byKey = pages.Where(p => !p.IsMultilingual).ToDictionary(p => (p.Key, p.Language));
        _chapters = site.Languages.ToDictionary(
            l => l,
            l => (IReadOnlyList<Page>)pages.Where(p => p.Kind == PageKind.Chapter && p.Language == l).OrderBy(p => p.Number).ToList());
    }

    public SiteConfig Site { get; }

    /// <summary>
    /// Changes whenever a page is added, removed, moved or renamed (its kind, key, language, address,
    /// number, title, summary, or the language of the text it shows): what every page's menus and links
    /// are made from. A page's own body is not part of it.
    /// </summary>
    public string Fingerprint => _fingerprint ??= Caching.Fingerprint.Of(Pages.SelectMany(p => new[]
    {
        "\0page", p.Kind.ToString(), p.Key, p.Language, p.Url, p.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        p.Title, p.Summary, p.Source?.Language,
    }));

    private string? _fingerprint;

    public IReadOnlyList<Page> Pages { get; }

    public IReadOnlyList<Page> Chapters(string language) => _chapters[language];

    /// <summary>The site's own pages a menu lists after the chapters: about, standards indexes, feedback.</summary>
    public IEnumerable<Page> Extras(string language) =>
        Pages.Where(p => p.Language == language && p.Kind is PageKind.Data or PageKind.About or PageKind.Standards or PageKind.Feedback);

    public Page Home(string language) => _byKey[("", language)];

    /// <summary>The same page in <paramref name="language"/>; the home page for the entry page; null for the not-found page.</summary>
    public Page? InLanguage(Page page, string language) =>
        _byKey.GetValueOrDefault((page.Kind == PageKind.Entry ? "" : page.Key, language));

    /// <summary>The page with <paramref name="key"/> in <paramref name="language"/>, of any kind but the entry page.</summary>
    public Page? Find(string key, string language) => _byKey.GetValueOrDefault((key, language));

    /// <summary>
    /// The page in every language it exists in, in the site's language order: what its hreflang
    /// alternates list. For the entry page, the home pages.
    /// </summary>
    public IReadOnlyList<Page> Editions(Page page) =>
        Site.Languages.Select(l => InLanguage(page, l)).OfType<Page>().ToList();

    /// <summary>The page's absolute address under the site's <c>baseUrl</c>, escaped: its canonical link, its sitemap entry.</summary>
    public string AbsoluteUrl(Page page) => AbsoluteUrl(page.Url);

    /// <summary>A site-relative URL made absolute under the site's <c>baseUrl</c> and escaped as a URI.</summary>
    public string AbsoluteUrl(string url) => new Uri(Site.BaseUrl + url).AbsoluteUri;

    public Page? ChapterBySlug(string slug, string language) => _byKey.GetValueOrDefault((slug, language)) is { Kind: PageKind.Chapter } page ? page : null;

    public Page? Previous(Page page) => page.Kind == PageKind.Chapter && page.Number > 1 ? Chapters(page.Language)[page.Number - 2] : null;

    public Page? Next(Page page) => page.Kind == PageKind.Chapter && page.Number < Chapters(page.Language).Count ? Chapters(page.Language)[page.Number] : null;
}
