using System.Globalization;
using ReportSite.Caching;
using ReportSite.Content;
using ReportSite.Fonts;
using ReportSite.Files;
using ReportSite.Layout;
using ReportSite.Pages;
using ReportSite.Theme;

namespace ReportSite.Sharing;

/// <summary>The share images to draw, each once, and which one each page names (by its output path).</summary>
public sealed record ShareImagePlan(IReadOnlyList<ShareCard> Cards, IReadOnlyDictionary<string, ShareImageView> ByPage)
{
    public static readonly ShareImagePlan None = new([], new Dictionary<string, ShareImageView>(StringComparer.Ordinal));

    /// <summary>What the pages' head tags are made from, for the layout's memo.</summary>
    public string Fingerprint => Caching.Fingerprint.Of(ByPage.OrderBy(p => p.Key, StringComparer.Ordinal).SelectMany(p => new[] { p.Key, p.Value.Src, p.Value.Alt }));
}

/// <summary>
/// Decides what every page with an address of its own shows in its share image: a chapter its number,
/// title, accent colour (or the palette colour its hero has) and cover; the home page the cover of the
/// report; other pages their title on the brand colour; the entry page the primary language's home image.
/// Draws every card in the build's one font (<see cref="ChooseFont"/>, which warns when there is none): without
/// it, or with <c>shareImages: false</c> in site.yml, no page names a share image.
/// </summary>
public sealed class PlanShareImages(FontChoice? font)
{
    /// <summary>
    /// What the plan reads beyond the site map's pages, the theme and site.yml: each chapter's accent and
    /// cover, and each cover file's <see cref="FileStamp"/>, so the preview plans again only when one changed.
    /// </summary>
    public static string Reads(SiteMap map, string inputDir) => Caching.Fingerprint.Of(map.Pages
        .Select(p => p.Kind == PageKind.Chapter ? p.Source?.Cover : p.Kind == PageKind.Home ? map.Site.Cover?.Path : null)
        .Distinct(StringComparer.Ordinal).OfType<string>()
        .Select(cover => Stamped(cover, FileStamp.Of(Path.Combine(inputDir, cover))))
        .Concat(map.Pages.Select(p => p.Source?.Accent)));

    private static string Stamped(string cover, FileStamp stamp) =>
        string.Create(CultureInfo.InvariantCulture, $"{cover}\0{stamp.Length}\0{stamp.LastWriteUtc.Ticks}");

    public ShareImagePlan Run(SiteMap map, LoadedTheme theme, string inputDir)
    {
        if (font is null || !map.Site.ShareImages) return ShareImagePlan.None;
        var style = ShareStyle.Of(theme);
        var site = map.Site;
        var pages = Pictured(map);
        // A cover is read once however many pages show it (each chapter's in every language, the home's twice).
        var digests = new Dictionary<string, string?>(StringComparer.Ordinal);
        string? Digest(string path) => digests.TryGetValue(path, out var known) ? known
            : digests[path] = File.Exists(path) ? Fingerprint.Of(File.ReadAllBytes(path)) : null;
        var cards = pages.ToDictionary(p => p.OutputPath, p => Card(p.Kind == PageKind.Entry ? map.Home(site.Languages[0]) : p, site, style, theme, inputDir, Digest), StringComparer.Ordinal);
        var byPage = new Dictionary<string, ShareImageView>(StringComparer.Ordinal);
        var distinct = new Dictionary<string, ShareCard>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var card = cards[page.OutputPath] with { Font = font };
            distinct.TryAdd(card.Hash, card);
            byPage[page.OutputPath] = new ShareImageView(map.AbsoluteUrl(card.OutputPath), ShareCard.Width, ShareCard.Height, Alt(card, page, theme));
        }
        return new ShareImagePlan(distinct.Values.ToList(), byPage);
    }

    private static ShareCard Card(Page page, SiteConfig site, ShareStyle style, LoadedTheme theme, string inputDir, Func<string, string?> digest)
    {
        var language = page.Language;
        var chapter = page.Kind == PageKind.Chapter;
        var background = chapter ? page.Source?.Accent ?? style.Hue(ChapterLookView.Of(page.Source, page.Number, p => p).Hue) : style.Brand;
        var cover = chapter ? page.Source?.Cover : page.Kind == PageKind.Home ? site.Cover?.Path : null;
        var coverPath = cover is null ? null : Path.Combine(inputDir, cover);
        return new ShareCard
        {
            Language = language,
            ReportTitle = site.Title[language],
            Label = chapter ? theme.Words.Word(language, "chapterNumber", page.Number.ToString("00", CultureInfo.InvariantCulture)) : null,
            Title = page.Kind == PageKind.Home ? site.Subtitle?[language] ?? page.Title : page.Title,
            Footer = site.Organisation?[language],
            Mark = site.Year?.ToString(CultureInfo.InvariantCulture),
            Background = background,
            Ink = ShareCardRenderer.InkFor(background),
            CoverPath = coverPath,
            CoverDigest = coverPath is null ? null : digest(coverPath),
            Font = null,
        };
    }

    /// <summary>Every character the share images would draw, for <see cref="ChooseFont"/>; empty when site.yml turns them off.</summary>
    public static string Text(SiteMap map, LoadedTheme theme)
    {
        if (!map.Site.ShareImages) return "";
        var style = ShareStyle.Of(theme);
        return string.Concat(Pictured(map).Select(p => Card(p.Kind == PageKind.Entry ? map.Home(map.Site.Languages[0]) : p, map.Site, style, theme, "", _ => null).Text));
    }

    /// <summary>The pages that name a share image: every page with an address of its own.</summary>
    private static List<Page> Pictured(SiteMap map) => map.Pages.Where(p => p.Kind != PageKind.NotFound).ToList();

    /// <summary>The image in words, for og:image:alt: what it shows, in the page's language.</summary>
    private static string Alt(ShareCard card, Page page, LoadedTheme theme) => card.Label is not null
        ? theme.Words.Word(page.Language, "shareImageAltChapter", card.Label, card.Title, card.ReportTitle)
        : theme.Words.Word(page.Language, "shareImageAlt", card.Title, card.ReportTitle);
}
