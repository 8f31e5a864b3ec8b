using System.Text;

namespace ReportSite.Search;

/// <summary>
/// Turns text into the terms the search index stores, the same way for both languages and for text
/// that mixes them ("QQ 信息无障碍"). Chinese has no spaces between words, so a run of Han characters
/// gives its overlapping character pairs (乡村振兴 → 乡村 村振 振兴), which a query of two or more
/// characters looks up, and each character alone, which a one-character query (村) looks up; Traditional
/// and Simplified characters are folded together first (<see cref="HanFold"/>: 鄉村振興 gives the same). Other
/// words are lower-cased and lightly stemmed (villages → village, families and family → famili), so a
/// reader's inflection still finds the page. The browser's search script (theme/assets/search.js)
/// splits queries by the same rules; every term it makes of a text is one this class makes of it.
/// </summary>
public static class SearchTerms
{
    /// <summary>Receives each term of a text, in order, as a span that is only valid during the call.</summary>
    internal interface IVisitor
    {
        void Term(ReadOnlySpan<char> term);
    }

    /// <summary>The terms of <paramref name="text"/>, in order, repeats included.</summary>
    public static IReadOnlyList<string> Of(string text)
    {
        var list = new Collect();
        Visit(text, ref list);
        return list.Terms;
    }

    /// <summary>Splits <paramref name="text"/> into terms without making a string of each: the index meets most terms many times.</summary>
    internal static void Visit<TVisitor>(ReadOnlySpan<char> text, ref TVisitor visitor) where TVisitor : struct, IVisitor
    {
        var word = new char[64];
        var length = 0;
        Span<char> pair = stackalloc char[4];
        var previous = 0; // chars of the Han character before, kept at the start of pair; 0 when none

        foreach (var written in text.EnumerateRunes())
        {
            if (written.IsAscii)
            {
                // Most of an English text, and the digits and punctuation of a Chinese one.
                var c = (char)written.Value;
                previous = 0;
                if (char.IsAsciiLetterOrDigit(c))
                {
                    MakeRoom(ref word, length);
                    word[length++] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
                }
                else EndWord(word, ref length, ref visitor);
                continue;
            }
            var rune = Plain(written);
            if (IsHan(rune))
            {
                rune = HanFold.Fold(rune);
                EndWord(word, ref length, ref visitor);
                var size = rune.EncodeToUtf16(pair[previous..]);
                visitor.Term(pair.Slice(previous, size));
                if (previous > 0) visitor.Term(pair[..(previous + size)]);
                pair.Slice(previous, size).CopyTo(pair);
                previous = size;
            }
            else if (Rune.IsLetterOrDigit(rune))
            {
                previous = 0;
                MakeRoom(ref word, length);
                length += Rune.ToLowerInvariant(rune).EncodeToUtf16(word.AsSpan(length));
            }
            else
            {
                previous = 0;
                EndWord(word, ref length, ref visitor);
            }
        }
        EndWord(word, ref length, ref visitor);
    }

    /// <summary>Room in the word buffer for one more character, two UTF-16 units at most.</summary>
    private static void MakeRoom(ref char[] word, int length)
    {
        if (length + 2 > word.Length) Array.Resize(ref word, word.Length * 2);
    }

    private static void EndWord<TVisitor>(char[] word, ref int length, ref TVisitor visitor) where TVisitor : struct, IVisitor
    {
        if (length > 0) visitor.Term(word.AsSpan(0, Stem(word.AsSpan(0, length))));
        length = 0;
    }

    /// <summary>
    /// A light English stemmer, Porter's plural rules (step 1a) and his final y (step 1c): "villages"
    /// and "village" meet, and so do "families" and "family" (both "famili"), while "focus", "crisis"
    /// and "access" keep their s. Terms are never shown, so a stem need not be a word.
    /// </summary>
    public static string Stem(string word)
    {
        var chars = word.ToCharArray();
        return new string(chars, 0, Stem(chars));
    }

    /// <summary><see cref="Stem(string)"/> in place: the stem's length, its last letter rewritten when a y became i.</summary>
    private static int Stem(Span<char> word)
    {
        if (word.Length <= 3 || word.ContainsAnyExceptInRange('a', 'z')) return word.Length;
        if (word.EndsWith("sses") || word.EndsWith("ies")) word = word[..^2];
        else if (!word.EndsWith("ss") && !word.EndsWith("us") && !word.EndsWith("is") && word[^1] == 's') word = word[..^1];
        if (word.Length > 3 && word[^1] == 'y' && !IsVowel(word[^2])) word[^1] = 'i';
        return word.Length;
    }

    private static bool IsHan(Rune rune) =>
        rune.Value is (>= 0x4E00 and <= 0x9FFF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x20000 and <= 0x2FA1F) or (>= 0xF900 and <= 0xFAFF);

    /// <summary>
    /// Full-width Latin letters and digits (ＱＱ ２０１８, common in Chinese text) as their plain forms.
    /// By hand, since the build runs without culture data, where Unicode normalisation leaves them alone.
    /// </summary>
    private static Rune Plain(Rune rune) => rune.Value is >= 0xFF01 and <= 0xFF5E ? new Rune(rune.Value - 0xFEE0) : rune;

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private struct Collect() : IVisitor
    {
        public List<string> Terms { get; } = [];

        public readonly void Term(ReadOnlySpan<char> term) => Terms.Add(term.ToString());
    }
}
