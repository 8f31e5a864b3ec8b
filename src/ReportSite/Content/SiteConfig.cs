using ReportSite.Files;
using ReportSite.Localization;

namespace ReportSite.Content;

/// <summary>The report's settings from <c>site.yml</c>.</summary>
public sealed record SiteConfig
{
    /// <summary>Language codes in order; the first is the primary language.</summary>
    public required IReadOnlyList<string> Languages { get; init; }

    /// <summary>Absolute URL the site is published under, always ending in '/'.</summary>
    public required string BaseUrl { get; init; }

    /// <summary>The path of <see cref="BaseUrl"/> ("/" or e.g. "/csr2018/"), escaped: links that must work from any depth start with it.</summary>
    public string BasePath => new Uri(BaseUrl).AbsolutePath;

    public required LocalizedText Title { get; init; }

    /// <summary>A shorter form of the title for the header on phones ("Tencent 2018 CSR Report"), or null.</summary>
    public LocalizedText? ShortTitle { get; init; }

    public LocalizedText? Subtitle { get; init; }

    public LocalizedText? Organisation { get; init; }

    /// <summary>Used for search engines and link previews of the home page.</summary>
    public LocalizedText? Description { get; init; }

    /// <summary>The reporting year, shown on the cover.</summary>
    public int? Year { get; init; }

    /// <summary>Query parameters added to every media target ("utm_source=print&amp;utm_medium=qr"), or null.</summary>
    public string? Campaign { get; init; }

    /// <summary>QR error correction for print: "M" (15%) or "Q" (25%, the default, survives scuffs and folds).</summary>
    public string QrErrorCorrection { get; init; } = "Q";

    /// <summary>The report's contact e-mail address, or null.</summary>
    public string? ContactEmail { get; init; }

    /// <summary>Where the feedback form posts (the collector's /responses address), or null to offer a prepared e-mail instead.</summary>
    public string? FeedbackEndpoint { get; init; }

    /// <summary>The about-this-report facts, or null when the report has no about page.</summary>
    public AboutReport? About { get; init; }

    /// <summary>KPI ids shown as headline cards on the home page.</summary>
    public IReadOnlyList<string> Highlights { get; init; } = [];

    /// <summary>The line of 'highlights' in site.yml, for messages about its ids.</summary>
    public int HighlightsLine { get; init; }

    /// <summary>The cover picture on the home page, or null.</summary>
    public CoverImage? Cover { get; init; }

    /// <summary>Files readers may download from the home page, such as the print edition's PDF.</summary>
    public IReadOnlyList<Download> Downloads { get; init; } = [];

    /// <summary>Whether every page gets a share image (og:image); <c>shareImages: false</c> turns them off.</summary>
    public bool ShareImages { get; init; } = true;

    public string PrimaryLanguage => Languages[0];
}

/// <summary>
/// What the about page says, each part optional: period, scope, standards followed, data sources,
/// assurance and the report's history, and which language edition prevails (a sentence from the theme
/// when not given); <see cref="Disclosures"/> are the codes the page answers.
/// </summary>
public sealed record AboutReport(
    LocalizedText? Period,
    LocalizedText? Scope,
    LocalizedText? Standards,
    LocalizedText? DataSources,
    LocalizedText? Assurance,
    LocalizedText? History,
    LocalizedText? Prevails,
    IReadOnlyList<string> Disclosures,
    int DisclosuresLine);

/// <summary>
/// The home page's cover picture: a file under <c>assets/</c>, its text alternative per language, and its
/// size when the file states one.
/// </summary>
public sealed record CoverImage(string Path, LocalizedText Alt, ImageSize? Size = null);

/// <summary>A file to download: its title, address (site-relative or absolute) and size as written.</summary>
public sealed record Download(LocalizedText Title, string Url, string? Size, string? Language);
