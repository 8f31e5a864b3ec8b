using ReportSite.Content;
using ReportSite.Files;
using ReportSite.Markdown.Directives;

namespace ReportSite.Media;

/// <summary>
/// The print kit's <c>print/qr-manifest.csv</c>, for the print designer: one row per code with the
/// chapters that show it, where it goes and what it opens. Where a code is shown comes from the
/// <c>::scan</c> directives the Markdown parser found in the primary language's chapters.
/// </summary>
public sealed class RenderQrManifest
{
    public const string Manifest = "print/qr-manifest.csv";

    /// <summary>The manifest, or null when the report has no media items.</summary>
    public StaticFile? Run(IReadOnlyDictionary<string, RenderedMedia> media, SiteConfig site, IReadOnlyList<ChapterSource> chapters, IEnumerable<DirectiveUse> uses)
    {
        if (media.Count == 0) return null;
        var primary = chapters.Where(c => c.Language == site.PrimaryLanguage).ToDictionary(c => c.File);
        var usedIn = uses
            .Where(use => use.Name == ScanName && use.Id is not null && primary.ContainsKey(use.File))
            .Select(use => (Id: use.Id!, Chapter: primary[use.File]))
            .OrderBy(use => use.Chapter.Order)
            .GroupBy(use => use.Id)
            .ToDictionary(g => g.Key, g => string.Join(" ", g.Select(use => $"{use.Chapter.Order:00}-{use.Chapter.Slug}").Distinct()));
        var csv = new Csv().Row(["id", "chapter", "short_url", "target_url", "png", "svg", .. site.Languages.Select(l => "title_" + l)]);
        foreach (var item in media.Values.OrderBy(m => usedIn.GetValueOrDefault(m.Item.Id, "~"), StringComparer.Ordinal).ThenBy(m => m.Item.Id, StringComparer.Ordinal))
        {
            csv.Row([item.Item.Id, usedIn.GetValueOrDefault(item.Item.Id, ""), item.ShortUrl, item.Target,
                $"qr/{item.Item.Id}.png", $"qr/{item.Item.Id}.svg", .. site.Languages.Select(l => item.Item.Title[l])]);
        }
        return StaticFile.Generated(Manifest, csv.ToBytes());
    }

    /// <summary>The name of the directive that places a code on a page (<c>::scan</c>).</summary>
    private const string ScanName = "scan";
}
