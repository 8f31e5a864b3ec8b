using ReportSite.Content;

namespace ReportSite.Pages;

/// <summary>What a page is, which decides its template.</summary>
public enum PageKind
{
    /// <summary>The root page offering each language edition.</summary>
    Entry,

    /// <summary>A language edition's cover and chapter list.</summary>
    Home,

    Chapter,

    /// <summary>Every figure of the report in one table, with its downloads.</summary>
    Data,

    /// <summary>The reader survey as a form.</summary>
    Feedback,

    /// <summary>Where a reader lands after sending the survey without script.</summary>
    FeedbackThanks,

    /// <summary>A standards content index (GRI, HKEX ESG): every disclosure and where it is answered.</summary>
    Standards,

    /// <summary>About this report: period, scope, standards, data, assurance, contact.</summary>
    About,

    /// <summary>Full-text search of the language's chapters, run in the browser over its search index.</summary>
    Search,

    /// <summary>
    /// What the host shows at an address that does not exist (<c>404.html</c>): one page in every
    /// language, served at any depth, so its links start from the site root.
    /// </summary>
    NotFound,
}

/// <summary>
/// One output page in one language. Immutable: each stage returns a copy with its part filled in
/// (<see cref="Body"/> by Markdown rendering, <see cref="Html"/> and <see cref="Anchors"/> by layout).
/// </summary>
public sealed record Page
{
    /// <summary>Identifies the same page across languages: "" for home, the slug for a chapter, "feedback" for the survey.</summary>
    public required string Key { get; init; }

    public required PageKind Kind { get; init; }

    public required string Language { get; init; }

    /// <summary>
    /// Site-relative URL with a trailing '/', e.g. "en/community/"; "" for the entry page; a file name
    /// for a page the host serves by name ("404.html").
    /// </summary>
    public required string Url { get; init; }

    public required string Title { get; init; }

    public string? Summary { get; init; }

    /// <summary>1-based position among the chapters; 0 for other pages.</summary>
    public int Number { get; init; }

    /// <summary>The chapter text shown; in another language than <see cref="Language"/> when falling back.</summary>
    public ChapterSource? Source { get; init; }

    public bool IsFallback => Source is not null && Source.Language != Language;

    public string? Body { get; init; }

    /// <summary>Every address the chapter's author wrote in <see cref="Body"/>, with its line, for messages about them.</summary>
    public IReadOnlyList<SourceLink> SourceLinks { get; init; } = [];

    /// <summary>The h2 and h3 headings of <see cref="Body"/>, in order, for the table of contents.</summary>
    public IReadOnlyList<TocEntry> Toc { get; init; } = [];

    /// <summary>The directives <see cref="Body"/> uses, as the Markdown parser found them.</summary>
    public IReadOnlyList<Markdown.Directives.DirectiveUse> Directives { get; init; } = [];

    public string? Html { get; init; }

    /// <summary>Every link target and element id on the finished page, for link checking.</summary>
    public PageAnchors? Anchors { get; init; }

    /// <summary>Written for readers of every language at once (entry, not found): in no edition, with no twin in another language.</summary>
    public bool IsMultilingual => Kind is PageKind.Entry or PageKind.NotFound;

    /// <summary>
    /// Pages search engines should not list: the thank-you page is only reached by sending the form,
    /// the not-found page by a wrong address; the search page has nothing of its own until a reader types.
    /// </summary>
    public bool NoIndex => Kind is PageKind.FeedbackThanks or PageKind.NotFound or PageKind.Search;

    public string OutputPath => Url.Length == 0 || Url.EndsWith('/') ? Url + "index.html" : Url;
}

/// <summary>
/// What laying out found on the page, for the checks after it: the links it makes and the
/// ids it offers; its images, ids used more than once and headings in order.
/// </summary>
public sealed record PageAnchors(IReadOnlyList<PageLink> Links, IReadOnlySet<string> Ids)
{
    public IReadOnlyList<PageImage> Images { get; init; } = [];

    public IReadOnlyList<(string Id, int Times)> RepeatedIds { get; init; } = [];

    public IReadOnlyList<PageHeading> Headings { get; init; } = [];

    /// <summary>The page's text by section (before the first heading, then each h2 and h3), for the search index.</summary>
    public IReadOnlyList<PageSection> Sections { get; init; } = [];
}

/// <summary>An image on a page: its source, and whether it has an alt attribute at all.</summary>
public sealed record PageImage(string Src, bool HasAlt);

/// <summary>
/// A stretch of a page's text under one heading: its id (null before the first heading), the heading's
/// words, the prose, and the words of the figures beside the prose (KPI cards, charts, call-outs), kept
/// apart so a search result quotes prose rather than a run of card labels; each figure ends with " · ".
/// </summary>
public sealed record PageSection(string? Anchor, string? Heading, string Text, string Asides = "");

/// <summary>A heading on a page: h1 to h6 as 1 to 6, and its words.</summary>
public sealed record PageHeading(int Level, string Text);

/// <summary>A link on a page: its final <paramref name="Href"/>, and the target as the author <paramref name="Written"/> it.</summary>
public sealed record PageLink(string Href, string Written);
