using System.Text;
using System.Text.RegularExpressions;
using ReportSite.Theme;

namespace ReportSite.Sharing;

/// <summary>
/// The colours and fonts share images take from the theme, read from its <c>site.css</c> so they are
/// written once, where the pages get them: <c>--brand</c>, the chapter palette (<c>.hue-N { --chapter-accent }</c>,
/// the colour a chapter without an accent gets on its hero and card) and the Chinese font stack (<c>--font-cjk</c>).
/// </summary>
public sealed partial record ShareStyle(string Brand, IReadOnlyDictionary<int, string> Hues, IReadOnlyList<string> CjkFamilies)
{
    /// <summary>Used only when a theme's site.css names no brand colour.</summary>
    private const string Neutral = "#1f2d3a";

    public static ShareStyle Of(LoadedTheme theme) =>
        Parse(theme.Assets.FirstOrDefault(a => a.Path == "site.css") is { } asset ? Encoding.UTF8.GetString(asset.File.ReadBytes()) : "");

    /// <summary>The style a theme's <c>site.css</c> text declares.</summary>
    public static ShareStyle Parse(string css)
    {
        var brand = BrandPattern().Match(css) is { Success: true } b ? b.Groups[1].Value.ToLowerInvariant() : Neutral;
        var hues = new Dictionary<int, string>();
        foreach (Match m in HuePattern().Matches(css)) hues.TryAdd(int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[2].Value.ToLowerInvariant());
        var families = CjkPattern().Match(css) is { Success: true } f
            ? f.Groups[1].Value.Split(',').Select(n => n.Trim().Trim('"', '\'')).Where(n => n.Length > 0).ToList()
            : [];
        return new ShareStyle(brand, hues, families);
    }

    /// <summary>The palette's colour for slot <paramref name="hue"/>, or the brand colour when the theme has none.</summary>
    public string Hue(int hue) => Hues.GetValueOrDefault(hue, Brand);

    [GeneratedRegex(@"--brand:\s*(#[0-9a-fA-F]{6})\s*;")]
    private static partial Regex BrandPattern();

    [GeneratedRegex(@"\.hue-(\d+)\s*\{\s*--chapter-accent:\s*(#[0-9a-fA-F]{6})\s*;?\s*\}")]
    private static partial Regex HuePattern();

    [GeneratedRegex(@"--font-cjk:\s*([^;]+);")]
    private static partial Regex CjkPattern();
}
