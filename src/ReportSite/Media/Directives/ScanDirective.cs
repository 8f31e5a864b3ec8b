using ReportSite.Html;
using ReportSite.Localization;
using ReportSite.Markdown.Directives;
using ReportSite.Theme;

namespace ReportSite.Media.Directives;

/// <summary>
/// <c>::scan{id=…}</c>: the web edition of a print "scan to watch" call-out. On screens a card with the
/// prompt, the title and a direct link; from tablet width up the QR code beside it, so a desktop reader
/// can carry on with a phone; in print the code with its short link written out for those who cannot scan.
/// The theme's <c>partials/scan-card.html</c> lays it out.
/// </summary>
public sealed class ScanDirective(MediaSet media, IReadOnlyDictionary<string, RenderedMedia> rendered, ThemeTemplates templates, Words words) : IDirective
{
    public string Name => "scan";

    public IEnumerable<string> Validate(Directive directive)
    {
        var unknown = directive.UnknownAttributes("id", "class").ToList();
        if (unknown.Count > 0) return unknown;
        if (directive["id"] is not { Length: > 0 } id) return ["name the media item, e.g. ::scan{id=weicun-film}."];
        return media.Get(id) is null ? [media.Unknown(id)] : [];
    }

    public void Render(Directive directive, DirectiveContext context, TextWriter html)
    {
        var language = context.Language;
        var item = rendered[directive["id"]!];
        var verb = item.Item.Verb.ToString();
        var classes = $"scan scan--{verb.ToLowerInvariant()}" + (directive["class"] is { Length: > 0 } extra ? " " + extra : "");
        var view = new ScanCardView(
            classes,
            words.Word(language, "scan" + verb),
            item.Item.Title[language],
            item.Item.Duration is { } duration ? words.Word(language, "mediaDuration", duration) : null,
            // Readers on the web go straight to the target; campaign parameters mark visits that came from print.
            item.Item.Url,
            words.Word(language, "open" + verb),
            words.Word(language, "shortLink", item.ShortUrl.Replace("https://", "").Replace("http://", "")),
            new Markup(item.QrSvg));
        html.Write(templates.RenderPartial("scan-card", view).Html);
    }
}
