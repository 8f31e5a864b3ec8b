using ReportSite.Caching;
using ReportSite.Diagnostics;
using ReportSite.Theme;
using SkiaSharp;

namespace ReportSite.Fonts;

/// <summary>
/// Chooses the one font share images and chart pictures are drawn with, for all their words at once:
/// the first of the theme's font files (<c>fonts/</c>, in name order) that has every character, else an
/// installed family that has (the theme's Chinese families first). A file there that is no font is an
/// error; with no font for the words, one warning for both kinds of picture, and none are drawn.
/// </summary>
public sealed class ChooseFont(IFontLookup system)
{
    /// <summary>Where the build's warnings about fonts point: the setting that turns share images off is there.</summary>
    private const string SettingsFile = "site.yml";

    /// <param name="files">The theme's font files.</param>
    /// <param name="preferred">The installed families to try first.</param>
    /// <param name="text">Every character the pictures draw; empty when nothing is drawn.</param>
    /// <param name="diagnostics">Where a file that is no font, or a missing font, is reported.</param>
    public FontChoice? Run(IReadOnlyList<ThemeFile> files, IReadOnlyList<string> preferred, string text, DiagnosticBag diagnostics)
    {
        var characters = text.Where(c => !char.IsWhiteSpace(c) && !char.IsSurrogate(c)).Distinct().Order().ToArray();
        // Every file is read first, so one build reports each that is no font.
        var faces = new List<(ThemeFile File, string Digest, SKTypeface Face)>();
        foreach (var file in files)
        {
            var bytes = file.ReadBytes();
            var digest = Fingerprint.Of(bytes);
            if (FontChoice.Load(digest, bytes) is { } face) faces.Add((file, digest, face));
            else diagnostics.Error(file.DisplayPath, 0, $"is not a font file the build can read; put a TrueType or OpenType font (.ttf, .otf, .ttc) that has the report's characters in the theme's {LoadTheme.FontsFolder}/ folder, or remove this file.");
        }
        if (faces.Count < files.Count || characters.Length == 0) return null;
        string? lacking = null;
        foreach (var (file, digest, face) in faces)
        {
            var missing = Missing(face, characters);
            if (missing.Length == 0) return new FontChoice { Family = face.FamilyName, File = file.DisplayPath, Digest = digest };
            lacking ??= $"{file.DisplayPath} has no glyph for {Quote(missing)}";
        }

        var family = system.FamilyFor(new string(characters), preferred);
        if (family is not null)
        {
            if (lacking is not null)
            {
                diagnostics.Warning(SettingsFile, 0, $"{lacking}, so share images and chart pictures (PNG, PDF) use the installed font '{family}'; put a font file that has every character of the report's titles and charts in the theme's {LoadTheme.FontsFolder}/ folder to use your own.");
            }
            return new FontChoice { Family = family };
        }
        diagnostics.Warning(SettingsFile, 0, (lacking is null ? "no font with Chinese characters found" : $"no font with Chinese characters found ({lacking})")
            + "; share images and chart pictures (PNG, PDF) skipped; install fonts-noto-cjk (Debian: apt-get install fonts-noto-cjk), or put a font file that has them in the theme's fonts/ folder, and build again.");
        return null;
    }

    private static char[] Missing(SKTypeface face, char[] characters)
    {
        using var font = new SKFont(face);
        return characters.Where(c => !font.ContainsGlyph(c)).ToArray();
    }

    /// <summary>The first few characters a font lacks, quoted: '腾', '讯', … .</summary>
    private static string Quote(char[] missing) =>
        string.Join(", ", missing.Take(5).Select(c => $"'{c}'")) + (missing.Length > 5 ? $" and {missing.Length - 5} more" : "");
}
