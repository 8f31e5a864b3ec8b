using System.Globalization;
using System.Text;

namespace ReportSite.Charts.Layout;

/// <summary>
/// Estimates how wide a label is without a font engine: CJK characters are a full em, Latin letters
/// about half, with narrow and wide letters told apart. The estimates lean wide so a label that "fits"
/// never touches its neighbour with the real font, whichever system font the reader has.
/// </summary>
public static class TextMetrics
{
    /// <summary>
    /// Real fonts set Latin text 1.5-5% wider than the letter table below (DejaVu Sans in Chromium
    /// measured widest), so every Latin estimate is widened by this much.
    /// </summary>
    private const double LatinSpare = 1.05;

    public static double Width(string text, double fontSize)
    {
        var ems = 0.0;
        foreach (var rune in text.EnumerateRunes()) ems += Em(rune);
        return ems * fontSize;
    }

    public static bool IsWide(Rune rune) => rune.Value switch
    {
        >= 0x1100 and <= 0x115F => true,   // Hangul Jamo
        >= 0x2E80 and <= 0x303E => true,   // CJK radicals, punctuation
        >= 0x3041 and <= 0x33FF => true,   // kana, CJK symbols
        >= 0x3400 and <= 0x4DBF => true,   // CJK extension A
        >= 0x4E00 and <= 0x9FFF => true,   // CJK unified ideographs
        >= 0xAC00 and <= 0xD7A3 => true,   // Hangul syllables
        >= 0xF900 and <= 0xFAFF => true,   // CJK compatibility
        >= 0xFE30 and <= 0xFE4F => true,   // CJK compatibility forms
        >= 0xFF00 and <= 0xFF60 => true,   // full-width forms
        >= 0xFFE0 and <= 0xFFE6 => true,
        >= 0x20000 and <= 0x3FFFD => true, // CJK extensions B+
        _ => false,
    };

    private static double Em(Rune rune) => IsWide(rune) ? 1.0 : LatinEm(rune) * LatinSpare;

    private static double LatinEm(Rune rune)
    {
        var c = rune.Value < 0x10000 ? (char)rune.Value : 'M';
        return c switch
        {
            ' ' => 0.3,
            'i' or 'j' or 'l' or '.' or ',' or ':' or ';' or '\'' or '|' or '!' or 'I' => 0.3,
            'f' or 't' or 'r' or '(' or ')' or '[' or ']' or '-' or '/' => 0.4,
            'm' or 'w' or 'M' or 'W' or '%' or '@' => 0.9,
            >= 'A' and <= 'Z' => 0.68,
            >= '0' and <= '9' => 0.58,
            _ when CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark => 0,
            _ => 0.57,
        };
    }

    /// <summary>
    /// Breaks <paramref name="text"/> into lines no wider than <paramref name="maxWidth"/>: Latin text at
    /// spaces and hyphens, CJK text between any two characters (but not before closing punctuation).
    /// A single word wider than the limit stays whole on its own line (callers check <see cref="Width"/>),
    /// unless <paramref name="breakWords"/> asks to break it between letters, for a column that cannot grow.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, double maxWidth, double fontSize, bool breakWords = false)
    {
        var lines = new List<string>();
        var line = "";
        var pieces = breakWords ? Pieces(text).SelectMany(p => Letters(p, maxWidth, fontSize)) : Pieces(text);
        foreach (var piece in pieces)
        {
            var candidate = line + piece;
            if (line.Length > 0 && Width(candidate.TrimEnd(), fontSize) > maxWidth)
            {
                lines.Add(line.TrimEnd());
                line = piece.TrimStart();
            }
            else
            {
                line = candidate;
            }
        }
        if (line.Trim().Length > 0) lines.Add(line.TrimEnd());
        return lines;
    }

    /// <summary>A piece wider than <paramref name="maxWidth"/> cut into runs of letters that fit, every letter kept.</summary>
    private static IEnumerable<string> Letters(string piece, double maxWidth, double fontSize)
    {
        if (Width(piece.TrimEnd(), fontSize) <= maxWidth)
        {
            yield return piece;
            yield break;
        }
        var run = "";
        foreach (var rune in piece.EnumerateRunes())
        {
            if (run.Length > 0 && Width(run + rune, fontSize) > maxWidth)
            {
                yield return run;
                run = "";
            }
            run += rune.ToString();
        }
        if (run.Length > 0) yield return run;
    }

    /// <summary>Unbreakable pieces: a Latin word with its trailing space or hyphen, or one CJK character with any closing punctuation.</summary>
    private static IEnumerable<string> Pieces(string text)
    {
        var current = new System.Text.StringBuilder();
        var previousWide = false;
        foreach (var rune in text.EnumerateRunes())
        {
            var wide = IsWide(rune);
            var closing = rune.Value is '，' or '。' or '、' or '）' or '”' or '：' or '；' or '》' or '！' or '？' or ')' or ',' or '.' or ':' or ';' or '%';
            if (current.Length > 0 && (wide || previousWide) && !closing)
            {
                yield return current.ToString();
                current.Clear();
            }
            current.Append(rune.ToString());
            previousWide = wide;
            if (rune.Value is ' ' or '-' or '/')
            {
                yield return current.ToString();
                current.Clear();
                previousWide = false;
            }
        }
        if (current.Length > 0) yield return current.ToString();
    }
}
