using ReportSite.Html;

namespace ReportSite.Layout;

/// <summary>
/// What a template sees. Names are read case-insensitively, so templates write <c>{{chapter.title}}</c>.
/// Every href is relative to the page, every text already in the page's language.
/// </summary>
public sealed record PageView
{
    public required string Lang { get; init; }
    public required string Kind { get; init; }
    public bool IsEntry => Kind == "entry";
    public bool IsHome => Kind == "home";
    public bool IsChapter => Kind == "chapter";
    /// <summary>
    /// Written for every language at once (entry, not found): no header, menu or footer, which speak
    /// one language, and no language switch, since there is no twin to switch to.
    /// </summary>
    public bool IsMultilingual { get; init; }
    /// <summary>Keeps the page out of search engines (<see cref="Pages.Page.NoIndex"/>).</summary>
    public bool NoIndex { get; init; }
    public required string Title { get; init; }
    public required string DocumentTitle { get; init; }
    public string? Description { get; init; }
    /// <summary>The page's absolute address; null on the not-found page, which has none of its own.</summary>
    public string? Canonical { get; init; }
    public required IReadOnlyList<AlternateView> Alternates { get; init; }
    public required string XDefault { get; init; }
    /// <summary>The page's language as link previews name it (og:locale, e.g. zh_CN), from the theme's <c>ogLocale</c>.</summary>
    public required string Locale { get; init; }
    /// <summary>The site's other languages as link previews name them (og:locale:alternate).</summary>
    public required IReadOnlyList<string> AlternateLocales { get; init; }
    public required SiteView Site { get; init; }
    /// <summary>UI strings in the page's language, from <c>theme/i18n/&lt;lang&gt;.yml</c>.</summary>
    public required IReadOnlyDictionary<string, string> T { get; init; }
    /// <summary>Theme asset links by file name with '.', '/' and '-' turned into '_' (site.css → site_css).</summary>
    public required IReadOnlyDictionary<string, string> Asset { get; init; }
    public required string HomeHref { get; init; }
    public required string EntryHref { get; init; }
    /// <summary>Every language edition of this page, current one included.</summary>
    public required IReadOnlyList<LanguageView> Languages { get; init; }
    public required IReadOnlyList<ChapterLinkView> Chapters { get; init; }
    public int ChapterCount => Chapters.Count;
    public ChapterView? Chapter { get; init; }
    /// <summary>The chapter's table of contents, its h2 and h3 headings; null on other pages and when it has none.</summary>
    public IReadOnlyList<TocItemView>? Toc { get; init; }
    public ChapterLinkView? Previous { get; init; }
    public ChapterLinkView? Next { get; init; }
    /// <summary>A standards index, on its page.</summary>
    public StandardsView? Standards { get; init; }
    /// <summary>The language's search page, linked from the header.</summary>
    public string? SearchHref { get; init; }

    public bool IsSearch => Kind == "search";

    /// <summary>About this report, on its page.</summary>
    public AboutView? About { get; init; }

    /// <summary>The performance data page in this language, or null when the report has no KPIs.</summary>
    public string? DataHref { get; init; }

    /// <summary>Every figure of the report by year, on the performance data page.</summary>
    public DataView? Data { get; init; }
    /// <summary>The pages besides chapters, for menus: about, standards indexes, feedback.</summary>
    public IReadOnlyList<NavLinkView> Extras { get; init; } = [];
    /// <summary>The home page's cover picture, headline figures and downloads.</summary>
    public HomeView? Home { get; init; }
    /// <summary>The survey, on the feedback pages.</summary>
    public FeedbackView? Feedback { get; init; }
    /// <summary>Link to the survey in this language, or null when the report has none.</summary>
    public string? FeedbackHref { get; init; }
    /// <summary>The page's share image for link previews (og:image, twitter:image), or null.</summary>
    public ShareImageView? ShareImage { get; init; }
    /// <summary>The page template's output, for the base layout.</summary>
    public Markup? Content { get; init; }
}

public sealed record NavLinkView(string Title, string Href, bool Current);

public sealed record SiteView(string Title, string? Subtitle, string? Organisation, string? Description, int? Year)
{
    /// <summary>The header's title on phones when site.yml gives a shorter form than <see cref="Title"/>, or null.</summary>
    public string? ShortTitle { get; init; }
}

public sealed record AlternateView(string Lang, string Href);

public sealed record LanguageView(
    string Lang,
    string Name,
    string Href,
    bool Current,
    string Title,
    string? Subtitle,
    IReadOnlyDictionary<string, string> Strings);

public sealed record ChapterLinkView(int Number, string NumberPadded, string Title, string? Summary, string Href, bool Current)
{
    /// <summary>The chapter's cover and colour, for its card on the home page.</summary>
    public ChapterLookView? Look { get; init; }
}

public sealed record ChapterView(
    int Number,
    string NumberPadded,
    string Title,
    string? Summary,
    string Body,
    bool IsFallback,
    string ContentLang,
    string ContentLanguageName)
{
    /// <summary>The chapter's cover and colour, for its hero.</summary>
    public ChapterLookView? Look { get; init; }
}

/// <summary>
/// The page's share image (og:image): its absolute address, size and what it shows in words; null on a page
/// without an address of its own, and when no font for the report's words was found.
/// </summary>
public sealed record ShareImageView(string Src, int Width, int Height, string Alt);
