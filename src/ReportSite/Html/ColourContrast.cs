using System.Globalization;

namespace ReportSite.Html;

/// <summary>WCAG 2.1's relative luminance and contrast ratio of <c>#rrggbb</c> colours.</summary>
public static class ColourContrast
{
    /// <summary>The colour's relative luminance, from 0 (black) to 1 (white).</summary>
    public static double Luminance(string hex) =>
        (0.2126 * Linear(Channel(hex, 1))) + (0.7152 * Linear(Channel(hex, 3))) + (0.0722 * Linear(Channel(hex, 5)));

    /// <summary>The contrast ratio of two colours, from 1 to 21, in either order.</summary>
    public static double Ratio(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    /// <summary>One channel (at <paramref name="at"/> in <c>#rrggbb</c>) from 0 to 255.</summary>
    public static int Channel(string hex, int at) => int.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static double Linear(int channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
