using System.Text;
using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Files;
using ReportSite.Localization;
using ReportSite.Theme;

namespace ReportSite.Media;

/// <summary>A media item's QR code, drawn once for the pages and the print kit.</summary>
public sealed record RenderedMedia(MediaItem Item, string ShortUrl, string Target, string QrSvg);

/// <summary>
/// Everything the media items publish: a redirect page per short link (<c>s/&lt;id&gt;/</c>, no script
/// needed), and the print kit's codes: <c>print/qr/&lt;id&gt;.svg</c> and <c>.png</c>. The kit's list of
/// where each code goes is <see cref="RenderQrManifest"/>'s, made once the chapters are parsed.
/// </summary>
public sealed class RenderMedia
{
    public const string PrintFolder = "print/qr";

    public (IReadOnlyDictionary<string, RenderedMedia> Media, IReadOnlyList<StaticFile> Files) Run(
        MediaSet media, SiteConfig site, ThemeTemplates templates, Words words, DiagnosticBag diagnostics)
    {
        var options = new QrOptions(site.QrErrorCorrection);
        var rendered = media.All.AsParallel().Select(item =>
        {
            var shortUrl = media.ShortUrl(item);
            var code = QrCode.Encode(shortUrl, options);
            return (Item: item, Code: code, Rendered: new RenderedMedia(item, shortUrl, media.Target(item), code.Svg()));
        }).ToList();

        var files = new List<StaticFile>();
        foreach (var (item, code, page) in rendered)
        {
            try
            {
                files.Add(StaticFile.Generated(MediaSet.ShortPath(item) + "index.html", Encoding.UTF8.GetBytes(RedirectPage(page, site, templates, words))));
            }
            catch (TemplateException e)
            {
                // The same mistake for every item is one diagnostic: the bag reports each once.
                diagnostics.Add(e.Diagnostic);
            }
            files.Add(StaticFile.Generated($"{PrintFolder}/{item.Id}.svg", Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + code.Svg(page.ShortUrl) + "\n")));
            files.Add(StaticFile.Generated($"{PrintFolder}/{item.Id}.png", code.Png(options.MinimumPngPixels)));
        }
        return (rendered.ToDictionary(r => r.Item.Id, r => r.Rendered), files);
    }

    /// <summary>
    /// Sends the reader on at once (meta refresh, understood by every browser and by link checkers),
    /// names the canonical target, and shows the link in every language in case the refresh is blocked;
    /// the theme's <c>layouts/redirect.html</c> writes the page.
    /// </summary>
    private static string RedirectPage(RenderedMedia media, SiteConfig site, ThemeTemplates templates, Words words) =>
        templates.Render("redirect", new RedirectView(
            site.PrimaryLanguage,
            media.Item.Title[site.PrimaryLanguage],
            media.Target,
            site.Languages.Select(language => new RedirectNoticeView(
                language,
                words.Word(language, "shortLinkOpening", media.Item.Title[language]),
                words.Word(language, "shortLinkFollow"),
                media.Item.Title[language])).ToList()));
}
