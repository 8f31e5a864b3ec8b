using System.Text;
using System.Text.RegularExpressions;
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
/// needed), and the print kit: <c>print/qr/&lt;id&gt;.svg</c> and <c>.png</c> and <c>print/qr-manifest.csv</c>
/// listing where each code goes.
/// </summary>
public sealed partial class RenderMedia
{
    public const string PrintFolder = "print/qr";
    public const string Manifest = "print/qr-manifest.csv";

    public (IReadOnlyDictionary<string, RenderedMedia> Media, IReadOnlyList<StaticFile> Files) Run(
        MediaSet media, SiteConfig site, IReadOnlyList<ChapterSource> chapters, ThemeTemplates templates, Words words, DiagnosticBag diagnostics)
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
        if (rendered.Count > 0) files.Add(StaticFile.Generated(Manifest, ManifestCsv(rendered.Select(r => r.Rendered).ToList(), site, chapters)));
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

    /// <summary>For the print designer: one row per code with where it goes and what it opens.</summary>
    private static byte[] ManifestCsv(IReadOnlyList<RenderedMedia> media, SiteConfig site, IReadOnlyList<ChapterSource> chapters)
    {
        var usedIn = chapters
            .Where(c => c.Language == site.PrimaryLanguage)
            .SelectMany(c => ScanIds().Matches(c.Body).Select(m => (Id: m.Groups[1].Value, Chapter: $"{c.Order:00}-{c.Slug}")))
            .GroupBy(x => x.Id)
            .ToDictionary(g => g.Key, g => string.Join(" ", g.Select(x => x.Chapter).Distinct()));
        var csv = new Csv().Row(["id", "chapter", "short_url", "target_url", "png", "svg", .. site.Languages.Select(l => "title_" + l)]);
        foreach (var item in media.OrderBy(m => usedIn.GetValueOrDefault(m.Item.Id, "~"), StringComparer.Ordinal).ThenBy(m => m.Item.Id, StringComparer.Ordinal))
        {
            csv.Row([item.Item.Id, usedIn.GetValueOrDefault(item.Item.Id, ""), item.ShortUrl, item.Target,
                $"qr/{item.Item.Id}.png", $"qr/{item.Item.Id}.svg", .. site.Languages.Select(l => item.Item.Title[l])]);
        }
        return csv.ToBytes();
    }

    [GeneratedRegex(@"^\s*::scan\{[^}\n]*\bid=""?([a-z0-9-]+)", RegexOptions.Multiline)]
    private static partial Regex ScanIds();
}
