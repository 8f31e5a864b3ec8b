using ReportSite.Content;
using ReportSite.Theme;

namespace ReportSite.Layout;

/// <summary>What only the home page shows: the cover picture, the headline figures and the downloads.</summary>
public sealed record HomeView(ImageView? Cover, string? Highlights, IReadOnlyList<DownloadView> Downloads)
{
    /// <summary>
    /// The home page's parts in <c>language</c>; <c>highlights</c> are the headline cards already drawn,
    /// and <c>href</c> turns a site-relative path into a link from the home page.
    /// </summary>
    public static HomeView Of(SiteConfig site, string language, string? highlights, Func<string, string> href, LoadedTheme theme) => new(
        site.Cover is { } cover ? new ImageView(href(cover.Path), cover.Alt[language], cover.Size?.Width, cover.Size?.Height) : null,
        highlights,
        site.Downloads.Select(d => new DownloadView(
            d.Title[language],
            Uri.TryCreate(d.Url, UriKind.Absolute, out _) ? d.Url : href(d.Url),
            d.Size,
            d.Language,
            d.Language is null ? null : theme.Words.Strings[d.Language]["languageName"])).ToList());
}

/// <summary>A picture: its link, text alternative and, when known, its intrinsic size in CSS pixels.</summary>
public sealed record ImageView(string Src, string Alt, int? Width = null, int? Height = null);

public sealed record DownloadView(string Title, string Href, string? Size, string? Lang, string? LanguageName);
