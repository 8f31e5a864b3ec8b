using System.Collections.Concurrent;
using SkiaSharp;

namespace ReportSite.Fonts;

/// <summary>
/// The one font share images and chart pictures are drawn with: a family installed on this machine, or a
/// font file of the theme (<c>fonts/</c>). <see cref="Fingerprint"/> is part of every drawn image's name,
/// so a different font draws new images rather than reusing the old ones.
/// </summary>
public sealed record FontChoice
{
    /// <summary>The family's name, as the font names itself.</summary>
    public required string Family { get; init; }

    /// <summary>How messages name the theme's font file (<c>theme/fonts/brand.otf</c>), or null for an installed family.</summary>
    public string? File { get; init; }

    /// <summary>A digest of the theme's font file, or empty for an installed family.</summary>
    public string Digest { get; init; } = "";

    /// <summary>What an image drawn with this font depends on.</summary>
    public string Fingerprint => Caching.Fingerprint.Of("font", Family, Digest);

    /// <summary>
    /// The font's face for <paramref name="style"/>: the installed family's nearest weight, or the theme's file
    /// itself (one file is one face; its weight is what it is).
    /// </summary>
    public SKTypeface Typeface(SKFontStyle style) => File is null
        ? Installed.GetOrAdd((Family, style.Weight), key => SKTypeface.FromFamilyName(key.Family, style))
        : FromFiles.TryGetValue(Digest, out var face) && face is not null ? face : SKTypeface.Default;

    /// <summary>
    /// The face of a font file's bytes, loaded once per process (a Chinese font is tens of megabytes), or null
    /// when the bytes are no font Skia can read. Typefaces are immutable and safe to share between threads.
    /// </summary>
    public static SKTypeface? Load(string digest, byte[] bytes) => FromFiles.GetOrAdd(digest, _ =>
    {
        using var data = SKData.CreateCopy(bytes);
        return SKTypeface.FromData(data);
    });

    private static readonly ConcurrentDictionary<(string Family, int Weight), SKTypeface> Installed = new();

    private static readonly ConcurrentDictionary<string, SKTypeface?> FromFiles = new(StringComparer.Ordinal);
}
