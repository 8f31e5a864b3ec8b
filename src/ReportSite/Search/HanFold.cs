using System.Text;

namespace ReportSite.Search;

/// <summary>
/// Folds Traditional and Simplified Chinese characters together for matching: 發展 and 发展 give the
/// same terms, so a reader who types either script finds text in the other (a Hong Kong edition's
/// 可持續發展 from 可持续发展, and the reverse). Each character folds to one member of its class of
/// conversions (OpenCC's, in <c>HanFold.Table.cs</c>); the browser's search script folds queries with
/// the same table, which the index carries as <c>fold.json</c>. Folding only ever decides what matches:
/// pages and snippets keep the characters as written.
/// </summary>
public static partial class HanFold
{
    // Nearly every Han character a report uses is in the Basic Multilingual Plane and folds to one
    // there: one array lookup. Zero: the character folds to itself; Elsewhere: look in Others.
    private const char Elsewhere = '\uFFFF';
    private static readonly char[] Basic = new char[0x10000];
    private static readonly Dictionary<int, int> Others = [];

    static HanFold()
    {
        foreach (var (from, to) in Each())
        {
            if (from.IsBmp) Basic[from.Value] = to.IsBmp ? (char)to.Value : Elsewhere;
            if (!from.IsBmp || !to.IsBmp) Others[from.Value] = to.Value;
        }
    }

    /// <summary>The character <paramref name="rune"/> is matched as.</summary>
    public static Rune Fold(Rune rune)
    {
        if (rune.IsBmp)
        {
            var folded = Basic[rune.Value];
            if (folded == 0) return rune;
            if (folded != Elsewhere) return new Rune(folded);
        }
        return Others.TryGetValue(rune.Value, out var to) ? new Rune(to) : rune;
    }

    /// <summary>Every (character, what it folds to) pair of the table.</summary>
    public static IEnumerable<(Rune From, Rune To)> Each()
    {
        var runes = Pairs.EnumerateRunes().GetEnumerator();
        while (runes.MoveNext())
        {
            var from = runes.Current;
            runes.MoveNext();
            yield return (from, runes.Current);
        }
    }
}
