using System.Globalization;
using ReportSite.Caching;
using ReportSite.Fonts;

namespace ReportSite.Sharing;

/// <summary>
/// What one share image (og:image) shows, every word already in the page's language and every colour
/// chosen: the model its renderer draws, and, through <see cref="Hash"/>, the name of the file it is kept
/// under, so an image that shows something else gets a new address and identical images one file.
/// </summary>
public sealed record ShareCard
{
    public const int Width = 1200;
    public const int Height = 630;

    /// <summary>Changes when the drawing itself changes, so no cached image of an older design is reused.</summary>
    public const string DesignVersion = "1";

    public required string Language { get; init; }

    /// <summary>The report's title, small at the top.</summary>
    public required string ReportTitle { get; init; }

    /// <summary>"第 03 章" / "Chapter 03" on a chapter's image, else null.</summary>
    public string? Label { get; init; }

    /// <summary>The page's title, large.</summary>
    public required string Title { get; init; }

    /// <summary>The organisation, small at the bottom, or null.</summary>
    public string? Footer { get; init; }

    /// <summary>The report's year, drawn large and faint on the right of a card without a cover, or null.</summary>
    public string? Mark { get; init; }

    /// <summary>The background, <c>#rrggbb</c>: the chapter's accent or the theme's brand colour.</summary>
    public required string Background { get; init; }

    /// <summary>The text colour, at least 4.5:1 on every part of the background.</summary>
    public required string Ink { get; init; }

    /// <summary>The cover SVG's file on disk, drawn on the right, or null.</summary>
    public string? CoverPath { get; init; }

    /// <summary>A digest of the cover file's bytes, so an edited picture gives a new image.</summary>
    public string? CoverDigest { get; init; }

    /// <summary>The font that covers every character on the card; null only while the plan is made.</summary>
    public required FontChoice? Font { get; init; }

    /// <summary>A digest of everything the image shows.</summary>
    public string Hash => _hash ??= Fingerprint.Of(
        DesignVersion, Width.ToString(CultureInfo.InvariantCulture), Height.ToString(CultureInfo.InvariantCulture),
        Language, ReportTitle, Label, Title, Footer, Mark, Background, Ink, CoverDigest,
        // An installed family is named as before the theme could name a file, so images drawn then are kept.
        Font is { File: null } ? Font.Family : Font?.Fingerprint)[..20];

    private string? _hash;

    /// <summary>The file's path in the output folder.</summary>
    public string OutputPath => $"share/{Hash}.png";

    /// <summary>Every character the card draws, to find a font for them.</summary>
    public string Text => string.Concat(ReportTitle, Label, Title, Footer, "…");
}
