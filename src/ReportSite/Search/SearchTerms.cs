using System.Text;

namespace ReportSite.Search;

/// <summary>
/// Turns text into the terms the search index stores and a query looks up, the same way for both
/// languages and for text that mixes them ("QQ 信息无障碍"). Chinese has no spaces between words, so a
/// run of Han characters becomes its overlapping character pairs (乡村振兴 → 乡村 村振 振兴); a lone
/// character stays itself. Other words are lower-cased and lightly stemmed (villages → village,
/// families and family → famili), so a reader's inflection still finds the page. The
/// browser's search script (theme/assets/search.js) must split queries by the same rules.
/// </summary>
public static class SearchTerms
{
    public static IEnumerable<string> Of(string text)
    {
        var word = new StringBuilder();
        var han = new StringBuilder();
        foreach (var written in text.EnumerateRunes())
        {
            var rune = Plain(written);
            if (IsHan(rune))
            {
                foreach (var term in Flush(word)) yield return term;
                han.Append(rune.ToString());
            }
            else if (Rune.IsLetterOrDigit(rune))
            {
                foreach (var term in FlushHan(han)) yield return term;
                word.Append(Rune.ToLowerInvariant(rune).ToString());
            }
            else
            {
                foreach (var term in Flush(word)) yield return term;
                foreach (var term in FlushHan(han)) yield return term;
            }
        }
        foreach (var term in Flush(word)) yield return term;
        foreach (var term in FlushHan(han)) yield return term;
    }

    /// <summary>
    /// A light English stemmer, Porter's plural rules (step 1a) and his final y (step 1c): "villages"
    /// and "village" meet, and so do "families" and "family" (both "famili"), while "focus", "crisis"
    /// and "access" keep their s. Terms are never shown, so a stem need not be a word.
    /// </summary>
    public static string Stem(string word)
    {
        if (word.Length <= 3 || !word.All(char.IsAsciiLetterLower)) return word;
        if (word.EndsWith("sses")) word = word[..^2];
        else if (word.EndsWith("ies")) word = word[..^2];
        else if (!word.EndsWith("ss") && !word.EndsWith("us") && !word.EndsWith("is") && word.EndsWith('s')) word = word[..^1];
        return word.Length > 3 && word[^1] == 'y' && !IsVowel(word[^2]) ? word[..^1] + "i" : word;
    }

    private static IEnumerable<string> Flush(StringBuilder word)
    {
        if (word.Length == 0) yield break;
        var text = word.ToString();
        word.Clear();
        yield return Stem(text);
    }

    private static IEnumerable<string> FlushHan(StringBuilder han)
    {
        if (han.Length == 0) yield break;
        var runes = han.ToString().EnumerateRunes().Select(r => r.ToString()).ToList();
        han.Clear();
        if (runes.Count == 1) yield return runes[0];
        for (var i = 0; i + 1 < runes.Count; i++) yield return runes[i] + runes[i + 1];
    }

    private static bool IsHan(Rune rune) =>
        rune.Value is (>= 0x4E00 and <= 0x9FFF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x20000 and <= 0x2FA1F) or (>= 0xF900 and <= 0xFAFF);

    /// <summary>
    /// Full-width Latin letters and digits (ＱＱ ２０１８, common in Chinese text) as their plain forms.
    /// By hand, since the build runs without culture data, where Unicode normalisation leaves them alone.
    /// </summary>
    private static Rune Plain(Rune rune) => rune.Value is >= 0xFF01 and <= 0xFF5E ? new Rune(rune.Value - 0xFEE0) : rune;

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
