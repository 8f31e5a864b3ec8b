using ReportSite.Html;

namespace ReportSite.Media.Directives;

/// <summary>A "scan to watch" card (<c>::scan</c>), for <c>partials/scan-card.html</c>; every text in the page's language.</summary>
/// <param name="Class">The card's classes: <c>scan</c>, <c>scan--</c> and the verb (watch, read, listen, learn), and any the author added.</param>
/// <param name="Prompt">"Scan to watch", for the verb.</param>
/// <param name="Title">The media item's title.</param>
/// <param name="Duration">"Running time 3:25", or null.</param>
/// <param name="Href">The target, for readers on the web.</param>
/// <param name="Open">"Watch the video", for the verb.</param>
/// <param name="ShortLink">"Short link: example.org/s/id/", for those who cannot scan a printed page.</param>
/// <param name="Qr">The QR code, drawn as SVG.</param>
public sealed record ScanCardView(string Class, string Prompt, string Title, string? Duration, string Href, string Open, string ShortLink, Markup Qr);
