using System.Net;
using ReportSite.Markdown.Directives;

namespace ReportSite.Media.Directives;

/// <summary>
/// <c>::scan{id=…}</c>: the web edition of a print "scan to watch" call-out. On screens a card with the
/// prompt, the title and a direct link; from tablet width up the QR code beside it, so a desktop reader
/// can carry on with a phone; in print the code with its short link written out for those who cannot scan.
/// </summary>
public sealed class ScanDirective(MediaSet media, IReadOnlyDictionary<string, RenderedMedia> rendered, Theme.Theme theme) : IDirective
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
        static string E(string text) => WebUtility.HtmlEncode(text);
        var language = context.Language;
        var item = rendered[directive["id"]!];
        var verb = item.Item.Verb.ToString();
        var prompt = theme.Word(language, "scan" + verb);
        var title = item.Item.Title[language];
        var shortText = item.ShortUrl.Replace("https://", "").Replace("http://", "");
        var classes = directive["class"] is { Length: > 0 } extra ? $"scan scan--{verb.ToLowerInvariant()} {E(extra)}" : $"scan scan--{verb.ToLowerInvariant()}";

        html.Write($"<aside class=\"{classes}\" aria-label=\"{E(prompt)}\">\n<div class=\"scan__body\">\n");
        html.Write($"<p class=\"scan__prompt\">{E(prompt)}</p>\n<p class=\"scan__title\">{E(title)}</p>\n");
        if (item.Item.Duration is { } duration) html.Write($"<p class=\"scan__duration\">{E(theme.Word(language, "mediaDuration", duration))}</p>\n");
        // Readers on the web go straight to the target; campaign parameters mark visits that came from print.
        html.Write($"<p class=\"scan__open\"><a href=\"{E(item.Item.Url)}\">{E(theme.Word(language, "open" + verb))}</a></p>\n");
        html.Write($"<p class=\"scan__short\">{E(theme.Word(language, "shortLink", shortText))}</p>\n</div>\n");
        html.Write($"<div class=\"scan__code\">{item.QrSvg}</div>\n</aside>\n");
    }
}
