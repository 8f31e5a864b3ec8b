using System.Globalization;
using ReportSite.Html;

namespace ReportSite.Content;

/// <summary>
/// A chapter's accent colour, written <c>#rrggbb</c>. The theme uses it as text on white (the chapter's
/// card label) and behind white text (the chapter's hero, darkened further), so it must keep WCAG's
/// 4.5:1 contrast with white.
/// </summary>
public static class AccentColour
{
    /// <summary>WCAG 2.1 AA for normal text.</summary>
    public const double MinimumContrast = 4.5;

    /// <summary>The colour in lower case, or null when <paramref name="text"/> is not <c>#rrggbb</c>.</summary>
    public static string? Parse(string text)
    {
        var value = text.Trim();
        if (value.Length != 7 || value[0] != '#' || !value.Skip(1).All(char.IsAsciiHexDigit)) return null;
        return value.ToLowerInvariant();
    }

    /// <summary>The contrast ratio of a <c>#rrggbb</c> colour with white, from 1 to 21.</summary>
    public static double ContrastWithWhite(string colour) => ColourContrast.Ratio(colour, "#ffffff");

    /// <summary>The same hue darkened just enough to reach <see cref="MinimumContrast"/> with white, to suggest in messages.</summary>
    public static string Darkened(string colour)
    {
        var (r, g, b) = Channels(colour);
        for (var scale = 1.0; scale > 0; scale -= 0.02)
        {
            var candidate = Hex((int)(r * scale), (int)(g * scale), (int)(b * scale));
            if (ContrastWithWhite(candidate) >= MinimumContrast) return candidate;
        }
        return "#000000";
    }

    private static (int R, int G, int B) Channels(string colour) =>
        (ColourContrast.Channel(colour, 1), ColourContrast.Channel(colour, 3), ColourContrast.Channel(colour, 5));

    private static string Hex(int r, int g, int b) => string.Create(CultureInfo.InvariantCulture, $"#{r:x2}{g:x2}{b:x2}");
}
