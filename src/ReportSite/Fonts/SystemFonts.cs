using SkiaSharp;

namespace ReportSite.Fonts;

/// <summary>Finds a font on this machine for the words of share images and chart pictures; a test gives one that finds none.</summary>
public interface IFontLookup
{
    /// <summary>The family of an installed font that has a glyph for every character of <paramref name="text"/>, or null.</summary>
    string? FamilyFor(string text, IReadOnlyList<string> preferred);
}

/// <summary>
/// The system's fonts, through Skia's font manager (fontconfig on Linux): the theme's Chinese families first,
/// then any that covers the text. The last answer is kept, so the preview's rebuilds, which ask again with
/// the same words, do not search the fonts each time.
/// </summary>
public sealed class SystemFonts : IFontLookup
{
    /// <summary>Loading Skia and reading fontconfig's settings, once per process, on another thread (see <see cref="Prepare"/>).</summary>
    private static readonly Lazy<Task> Loading = new(() => Task.Run(() =>
    {
        using var typeface = SKFontManager.Default.MatchFamily("sans-serif");
    }));

    private (string Text, string Preferred, string? Family)? _last;

    /// <summary>
    /// Starts loading the font machinery (Skia's library, fontconfig's settings and cache: ~10 ms) on
    /// another thread, so it overlaps the build's first, single-threaded stages instead of adding to them.
    /// </summary>
    public static void Prepare() => _ = Loading.Value;

    public string? FamilyFor(string text, IReadOnlyList<string> preferred)
    {
        var key = string.Join('\n', preferred);
        if (_last is { } last && last.Text == text && last.Preferred == key) return last.Family;
        var family = Find(text, preferred);
        _last = (text, key, family);
        return family;
    }

    private static string? Find(string text, IReadOnlyList<string> preferred)
    {
        var characters = text.Where(c => !char.IsWhiteSpace(c) && !char.IsSurrogate(c)).Distinct().ToArray();
        var manager = SKFontManager.Default;
        foreach (var family in preferred)
        {
            using var typeface = manager.MatchFamily(family, SKFontStyle.Bold);
            if (typeface is not null && string.Equals(typeface.FamilyName, family, StringComparison.OrdinalIgnoreCase) && Covers(typeface, characters)) return typeface.FamilyName;
        }
        // No named family here: ask for a font that has the first character no default font has.
        using var fallback = SKTypeface.Default;
        using var fallbackFont = new SKFont(fallback);
        var missing = characters.FirstOrDefault(c => !fallbackFont.ContainsGlyph(c));
        if (missing == default) return fallback.FamilyName;
        using var match = manager.MatchCharacter(null, SKFontStyle.Bold, ["zh-Hans", "zh-CN"], missing);
        return match is not null && Covers(match, characters) ? match.FamilyName : null;
    }

    private static bool Covers(SKTypeface typeface, char[] characters)
    {
        using var font = new SKFont(typeface);
        return characters.All(c => font.ContainsGlyph(c));
    }
}
