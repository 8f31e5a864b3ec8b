using System.Collections.Concurrent;
using System.Globalization;
using ReportSite.Caching;
using ReportSite.Diagnostics;
using ReportSite.Feedback;
using ReportSite.Html;
using ReportSite.Pages;
using ReportSite.Paths;
using ReportSite.PerformanceData;
using ReportSite.Standards;
using ReportSite.Theme;

namespace ReportSite.Layout;

/// <summary>What the site's own pages show besides chapters: the survey, the standards indexes, headline cards per language.</summary>
public sealed record SiteExtras(FeedbackForm? Feedback, DisclosureMap Disclosures, IReadOnlyDictionary<string, string> Highlights)
{
    /// <summary>Each page's share image, by its output path; a page not in it has none.</summary>
    public IReadOnlyDictionary<string, ShareImageView> ShareImages { get; init; } = new Dictionary<string, ShareImageView>(StringComparer.Ordinal);

    /// <summary>Every figure by year, for the performance data page; null when the report has no KPIs.</summary>
    public PerformanceTable? Performance { get; init; }

    /// <summary>What the performance data page is made from besides the site map (a digest of its inputs), for the layout's memo.</summary>
    public string? PerformanceDigest { get; init; }
}

/// <summary>
/// Renders a page through its theme layout (entry, home, chapter, standards, about, feedback,
/// feedback-thanks, not-found) inside <c>base</c>. Links are relative to the page, so the site works in
/// any folder; only the not-found page, which the host serves at any depth, links from the root of the
/// host (the path of <c>baseUrl</c>). Besides the theme, the site, the survey and the <paramref name="map"/>
/// (every page's title and address, for menus and language links), a page's layout reads its body and what
/// only it shows: a home page its highlight cards; a standards index where each disclosure is answered,
/// under the headings of other pages, so it changes whenever any chapter's text or list of disclosures does.
/// Each page comes with what the checks and the search index need to know of it (<see cref="PageFacts"/>).
/// </summary>
public sealed class LayOutPages(LoadedTheme theme, SiteExtras extras, SiteMap map) : IPageWork<(string? Body, string? Own), (string Html, PageAnchors Anchors)>
{
    // The menu's links as the checks keep them, one of each for all pages: a thousand chapters' menu on two
    // thousand pages is two million links, most of them the same few thousand.
    private readonly ConcurrentDictionary<string, PageLink> _menuLinks = new(StringComparer.Ordinal);

    private readonly Lazy<string> _answers = new(() => Fingerprint.Of(map.Pages.SelectMany(p => p.Source is null ? [] : p.Source.Standards.Prepend(p.Body))));

    public string Id(Page page) => page.OutputPath;

    public (string? Body, string? Own) Reads(Page page) => (page.Body, page.Kind switch
    {
        PageKind.Home => extras.Highlights.GetValueOrDefault(page.Language),
        PageKind.Standards => Fingerprint.Of(_answers.Value, Catalogue(page).Digest),
        PageKind.Data => extras.PerformanceDigest,
        _ => null,
    });

    /// <summary>The catalogue a standards index page shows.</summary>
    private StandardsCatalogue Catalogue(Page page) => extras.Disclosures.Catalogues.First(c => PlanPages.StandardsKey(c) == page.Key);

    public Page Into(Page page, (string Html, PageAnchors Anchors) laidOut) => page with { Html = laidOut.Html, Anchors = laidOut.Anchors };

    /// <summary>
    /// The page's own layout inside <c>base</c>, and its facts; a template that cannot render is an error at
    /// its line, and the page is left empty.
    /// </summary>
    public (string Html, PageAnchors Anchors) Make(Page page, DiagnosticBag diagnostics)
    {
        var view = View(page);
        try
        {
            var (content, facts) = PageFacts.OfContent(theme.Templates.Render(view.Kind, view));
            var html = theme.Templates.Render("base", view with { Content = new Markup(content) });
            // The frame once more without the chapter menu, whose links the model has: a few kilobytes to parse, not a thousand items per page.
            var frame = theme.Templates.Render("base", view with { Content = new Markup(PageFacts.ContentToken), Chapters = [] });
            return (html, PageFacts.OfPage(frame, facts, view.Chapters.Select(c => _menuLinks.GetOrAdd(c.Href, href => new PageLink(href, href)))));
        }
        catch (TemplateException e)
        {
            diagnostics.Add(e.Diagnostic);
            return ("", new PageAnchors([], new HashSet<string>()));
        }
    }

    private PageView View(Page page)
    {
        var site = map.Site;
        var language = page.Language;
        var strings = theme.Words.Strings[language];
        string Href(string to) => page.Kind == PageKind.NotFound ? site.BasePath + to : UrlPath.Relative(page.Url, to);
        ChapterLinkView Link(Page chapter) =>
            new(chapter.Number, chapter.Number.ToString("00", CultureInfo.InvariantCulture), chapter.Title, chapter.Summary, Href(chapter.Url), chapter.Url == page.Url)
            {
                Look = ChapterLookView.Of(chapter.Source, chapter.Number, Href),
            };

        return new PageView
        {
            Lang = language,
            Kind = LayoutName(page.Kind),
            Title = page.Title,
            DocumentTitle = page.Kind is PageKind.Chapter or PageKind.NotFound ? $"{page.Title} · {site.Title[language]}" : site.Title[language],
            Description = page.Summary ?? site.Description?[language] ?? site.Subtitle?[language],
            NoIndex = page.NoIndex,
            IsMultilingual = page.IsMultilingual,
            // The not-found page stands in for whatever address was asked for; it has no address of its own to name.
            Canonical = page.Kind == PageKind.NotFound ? null : map.AbsoluteUrl(page),
            Alternates = map.Editions(page).Select(p => new AlternateView(p.Language, map.AbsoluteUrl(p))).ToList(),
            XDefault = map.AbsoluteUrl(""),
            Locale = strings["ogLocale"],
            AlternateLocales = site.Languages.Where(l => l != language).Select(l => theme.Words.Strings[l]["ogLocale"]).ToList(),
            Site = new SiteView(site.Title[language], site.Subtitle?[language], site.Organisation?[language], site.Description?[language], site.Year)
            {
                ShortTitle = site.ShortTitle?[language] is { } shortTitle && shortTitle != site.Title[language] ? shortTitle : null,
            },
            T = strings,
            Asset = theme.Assets.ToDictionary(a => AssetKey(a.Path), a => Href(theme.AssetUrl(a.Path))),
            HomeHref = Href(map.Home(language).Url),
            EntryHref = Href(""),
            Languages = site.Languages.Select(l =>
            {
                var target = page.IsMultilingual ? map.Home(l) : map.InLanguage(page, l)!;
                return new LanguageView(l, theme.Words.Strings[l]["languageName"], Href(target.Url), l == language && !page.IsMultilingual,
                    site.Title[l], site.Subtitle?[l], theme.Words.Strings[l]);
            }).ToList(),
            Chapters = map.Chapters(language).Select(Link).ToList(),
            Toc = TocItemView.Of(page.Toc),
            Chapter = page.Source is { } source
                ? new ChapterView(page.Number, page.Number.ToString("00", CultureInfo.InvariantCulture), page.Title, page.Summary, page.Body ?? "", page.IsFallback,
                    source.Language, theme.Words.Strings[source.Language]["languageName"])
                {
                    Look = ChapterLookView.Of(source, page.Number, Href),
                }
                : null,
            Previous = map.Previous(page) is { } previous ? Link(previous) : null,
            Next = map.Next(page) is { } next ? Link(next) : null,
            Feedback = page.Kind is PageKind.Feedback or PageKind.FeedbackThanks && extras.Feedback is { } form
                ? FeedbackView.Of(form, site, language, theme.Words.Word(language, "feedbackMailSubject", site.Title[language]))
                : null,
            FeedbackHref = extras.Feedback is not null ? Href(FeedbackPages.FormUrl(language)) : null,
            Standards = page.Kind == PageKind.Standards
                ? StandardsView.Of(Catalogue(page), extras.Disclosures, map, page, theme)
                : null,
            About = page.Kind == PageKind.About ? AboutView.Of(site, language, theme) : null,
            Data = page.Kind == PageKind.Data && extras.Performance is { } table
                ? DataView.Of(table, language, theme.Words, key => map.Find(key, language) is { } shown ? (shown.Title, Href(shown.Url)) : null, Href, PerformanceFiles.For(site))
                : null,
            SearchHref = map.Find(PlanPages.SearchKey, language) is { } search ? Href(search.Url) : null,
            DataHref = map.Find(PlanPages.DataKey, language) is { } data ? Href(data.Url) : null,
            Extras = map.Extras(language).Select(p => new NavLinkView(p.Title, Href(p.Url), p.Url == page.Url)).ToList(),
            ShareImage = extras.ShareImages.GetValueOrDefault(page.OutputPath),
            Home = page.Kind == PageKind.Home ? HomeView.Of(site, language, extras.Highlights.GetValueOrDefault(language), Href, theme) : null,
        };
    }

    /// <summary>The layout a kind of page uses: FeedbackThanks → feedback-thanks.</summary>
    private static string LayoutName(PageKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : c.ToString()));

    private static string AssetKey(string path) => path.Replace('.', '_').Replace('/', '_').Replace('-', '_');
}
