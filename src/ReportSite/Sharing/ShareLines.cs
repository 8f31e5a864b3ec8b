using System.Text;

namespace ReportSite.Sharing;

/// <summary>
/// Breaks a title into at most a few lines of a given width, as a Chinese or English typesetter would:
/// Chinese between any two characters, but never before closing punctuation (，。」) nor after opening
/// punctuation (「“); Latin between words; a word longer than a line between its letters. What still does
/// not fit ends the last line with an ellipsis.
/// </summary>
public static class ShareLines
{
    private const string Closing = "，。、；：？！）」』》〉】〕”’…—·.,;:?!)]}%％";
    private const string Opening = "（「『《〈【〔“‘([{";

    /// <summary>The lines of <paramref name="text"/>, each no wider than <paramref name="width"/> by <paramref name="measure"/>.</summary>
    public static IReadOnlyList<string> Wrap(string text, float width, int maxLines, Func<string, float> measure)
    {
        var lines = new List<string>();
        var line = new List<string>();
        var units = Units(text.Trim());
        string Joined(IEnumerable<string> parts) => string.Concat(parts).Trim();
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            if (line.Count == 0 && measure(unit.Trim()) > width && unit.Trim().Length > 1)
            {
                // One unit wider than the line (a long word): split it between letters.
                var (head, tail) = SplitToFit(unit.Trim(), width, measure);
                units[i] = head;
                units.Insert(i + 1, tail);
                unit = head;
            }
            if (line.Count == 0 || measure(Joined(line.Append(unit))) <= width)
            {
                line.Add(unit);
                continue;
            }
            // Full: break at the last pause (a comma, a space before Chinese) if the line is still well filled up to it.
            var keep = Pause(line, width, measure, Joined);
            lines.Add(Joined(line.Take(keep)));
            var carried = line.Skip(keep).ToList();
            line.Clear();
            if (lines.Count == maxLines) return Ellipsis(lines, string.Concat(carried.Concat(units.Skip(i))), width, measure);
            line.AddRange(carried);
            i--;
        }
        if (line.Count > 0) lines.Add(Joined(line));
        return lines;
    }

    /// <summary>How many units of a full line to keep: up to its last pause when that keeps half the width, else all.</summary>
    private static int Pause(List<string> line, float width, Func<string, float> measure, Func<IEnumerable<string>, string> joined)
    {
        for (var keep = line.Count - 1; keep > 0; keep--)
        {
            var end = line[keep - 1][^1];
            var pause = Pauses.Contains(end) || (char.IsWhiteSpace(line[keep][0]) && (IsCjk(end) || IsCjk(line[keep].TrimStart()[0])));
            if (!pause) continue;
            return measure(joined(line.Take(keep))) >= width * 0.4f ? keep : line.Count;
        }
        return line.Count;
    }

    private const string Pauses = "，、；：。！？";

    /// <summary>The text cut into pieces between which a line may break; a piece carries the spaces before it.</summary>
    private static List<string> Units(string text)
    {
        var units = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (i > 0 && CanBreak(text[i - 1], text[i]) && current.ToString().Trim().Length > 0)
            {
                units.Add(current.ToString());
                current.Clear();
            }
            current.Append(text[i]);
        }
        if (current.Length > 0) units.Add(current.ToString());
        return units;
    }

    /// <summary>Whether a line may break between <paramref name="before"/> and <paramref name="after"/>.</summary>
    private static bool CanBreak(char before, char after)
    {
        if (char.IsWhiteSpace(after)) return false;
        if (Closing.Contains(after) || Opening.Contains(before)) return false;
        if (char.IsWhiteSpace(before)) return true;
        return IsCjk(before) || IsCjk(after);
    }

    /// <summary>Han, kana, hangul and CJK punctuation: characters a line may break around.</summary>
    public static bool IsCjk(char c) =>
        c is >= '\u2E80' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF';

    private static (string Head, string Tail) SplitToFit(string unit, float width, Func<string, float> measure)
    {
        var length = unit.Length - 1;
        while (length > 1 && measure(unit[..length]) > width) length--;
        return (unit[..length], unit[length..]);
    }

    /// <summary>The lines with the last one ended by "…" where <paramref name="rest"/> did not fit.</summary>
    private static List<string> Ellipsis(List<string> lines, string rest, float width, Func<string, float> measure)
    {
        if (rest.Trim().Length == 0) return lines;
        // A Chinese font centres "…" on the line, as Chinese writes it; after Latin, three full stops sit on the baseline.
        var last = lines[^1];
        var ellipsis = IsCjk(rest.TrimStart()[0]) || last.Length > 0 && IsCjk(last[^1]) ? "…" : "...";
        while (last.Length > 0 && measure(last + ellipsis) > width) last = last[..^1];
        lines[^1] = last.TrimEnd(' ', '，', '、', ',', '·', ':', '：') + ellipsis;
        return lines;
    }
}
