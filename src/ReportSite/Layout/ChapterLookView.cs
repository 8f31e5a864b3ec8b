using ReportSite.Content;

namespace ReportSite.Layout;

/// <summary>
/// How a chapter stands apart, on its hero and its home page card: its cover picture, its accent colour
/// from front matter, and <see cref="Hue"/>, the slot of the theme's palette that colours a chapter
/// without an accent (the palette itself is the theme's: <c>.hue-1</c> … in site.css).
/// </summary>
public sealed record ChapterLookView(ImageView? Cover, string? Accent, int Hue)
{
    /// <summary>How many accent colours the theme's palette has; chapters past it start the palette again.</summary>
    public const int PaletteSize = 9;

    /// <summary>The look of chapter <paramref name="number"/> (1-based); <paramref name="href"/> links a report file from the page.</summary>
    public static ChapterLookView Of(ChapterSource? source, int number, Func<string, string> href) => new(
        source?.Cover is { } cover ? new ImageView(href(cover), source.CoverAlt ?? "") : null,
        source?.Accent,
        ((Math.Max(number, 1) - 1) % PaletteSize) + 1);
}
