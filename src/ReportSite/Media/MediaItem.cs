using ReportSite.Localization;

namespace ReportSite.Media;

/// <summary>What a reader does with a media item; decides the words "扫一扫，观看" / "Scan to watch".</summary>
public enum MediaVerb
{
    Watch,
    Read,
    Listen,
    Learn,
}

/// <summary>
/// One "scan to watch" link from <c>data/media.yml</c>. Print codes point at its short link
/// <c>s/&lt;id&gt;/</c>, which redirects to <see cref="Url"/>, so a moved target needs one edit, not a reprint.
/// </summary>
public sealed record MediaItem
{
    public required string Id { get; init; }

    public required string Url { get; init; }

    public required MediaVerb Verb { get; init; }

    public required LocalizedText Title { get; init; }

    /// <summary>An image under the report's assets, shown beside the title; optional.</summary>
    public string? Poster { get; init; }

    /// <summary>Running time as written ("3:25"), for videos and audio; optional.</summary>
    public string? Duration { get; init; }

    public required string File { get; init; }

    public required int Line { get; init; }
}
