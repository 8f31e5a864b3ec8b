namespace ReportSite.Charts.Svg;

/// <summary>
/// Series colours. Each has at least 3:1 contrast with the white background (WCAG 1.4.11), and
/// neighbours in the list differ clearly in lightness, so the first series stay apart in greyscale print.
/// </summary>
public static class ChartPalette
{
    public static readonly IReadOnlyList<string> Colors = ["#0b4f6c", "#b85c00", "#17324d", "#2e7d5b", "#9b2c5f", "#6b4c9a"];

    public const string Ink = "#17212b";
    public const string SoftInk = "#4a5866";
    public const string Grid = "#dfe3e6";
    public const string Axis = "#8a96a0";

    public static string For(int index) => Colors[index % Colors.Count];

    /// <summary>Text colour on top of a fill: white on dark fills, ink on light ones.</summary>
    public static string TextOn(string fill) => Luminance(fill) > 0.25 ? Ink : "#ffffff";

    public static double Luminance(string hex)
    {
        double Channel(int at)
        {
            var c = Convert.ToInt32(hex.Substring(at, 2), 16) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(1) + 0.7152 * Channel(3) + 0.0722 * Channel(5);
    }

    public static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }
}
