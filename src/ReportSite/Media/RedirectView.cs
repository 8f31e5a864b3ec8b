namespace ReportSite.Media;

/// <summary>A short link's page (<c>s/&lt;id&gt;/</c>), for <c>layouts/redirect.html</c>: it sends the reader on at once.</summary>
/// <param name="Lang">The site's primary language, the page's own.</param>
/// <param name="Title">The media item's title in the primary language.</param>
/// <param name="Target">Where the link goes, with the campaign parameters that mark visits from print.</param>
/// <param name="Notices">The link in every language, in case the browser blocks the refresh.</param>
public sealed record RedirectView(string Lang, string Title, string Target, IReadOnlyList<RedirectNoticeView> Notices);

/// <summary>The link to the target in one language.</summary>
/// <param name="Lang">The notice's language.</param>
/// <param name="Opening">"Opening …" with the title.</param>
/// <param name="Follow">"Follow this link:".</param>
/// <param name="Title">The media item's title, the link's text.</param>
public sealed record RedirectNoticeView(string Lang, string Opening, string Follow, string Title);
