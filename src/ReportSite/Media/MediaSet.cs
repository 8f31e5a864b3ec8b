namespace ReportSite.Media;

/// <summary>The report's media items by id, and how their short links are written.</summary>
public sealed class MediaSet(IReadOnlyList<MediaItem> items, string baseUrl, string? campaign)
{
    private readonly IReadOnlyDictionary<string, MediaItem> _byId = items.ToDictionary(i => i.Id, StringComparer.Ordinal);

    /// <summary>The folder under the output root that holds the short links.</summary>
    public const string ShortLinkFolder = "s";

    public IReadOnlyList<MediaItem> All { get; } = items;

    public MediaItem? Get(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The short link's path under the site root: <c>s/&lt;id&gt;/</c>.</summary>
    public static string ShortPath(MediaItem item) => $"{ShortLinkFolder}/{item.Id}/";

    /// <summary>The absolute short link a QR code encodes.</summary>
    public string ShortUrl(MediaItem item) => baseUrl + ShortPath(item);

    /// <summary>The target, with the site's campaign parameters (if any) so visits from print can be counted.</summary>
    public string Target(MediaItem item)
    {
        if (string.IsNullOrEmpty(campaign)) return item.Url;
        var hash = item.Url.IndexOf('#');
        var (url, fragment) = hash < 0 ? (item.Url, "") : (item.Url[..hash], item.Url[hash..]);
        return url + (url.Contains('?') ? "&" : "?") + campaign + fragment;
    }

    public string Unknown(string id) => Diagnostics.Suggest.UnknownId("media item", id, _byId.Keys.ToList(), LoadMedia.FileName);
}
