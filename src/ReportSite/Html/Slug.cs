using System.Globalization;
using System.Text;

namespace ReportSite.Html;

/// <summary>
/// Element ids from heading text by GitHub's rule, which authors know from its previews (and Hugo's
/// <c>github</c> setting): lower case, each space a '-', every other character that is not a letter,
/// number, mark, '_' or '-' removed, full-width Chinese punctuation included. "甲：乙" is "甲乙".
/// </summary>
public static class Slug
{
    public static string From(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var rune in text.Trim().EnumerateRunes())
        {
            if (rune.Value == ' ') slug.Append('-');
            else if (Kept(rune)) slug.Append(Rune.ToLowerInvariant(rune).ToString());
        }
        return slug.Length == 0 ? "section" : slug.ToString();
    }

    private static bool Kept(Rune rune) => rune.Value is '-' or '_' || Rune.GetUnicodeCategory(rune) is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
        or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
        or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
        or UnicodeCategory.ConnectorPunctuation;
}

/// <summary>
/// The ids of one page's headings, GitHub's way: a heading whose id is taken gets "-1", "-2" and so on
/// (the second "案例" is "案例-1"), skipping ids the page already uses.
/// </summary>
public sealed class SlugSet(IEnumerable<string> taken)
{
    private readonly Dictionary<string, int> _used = taken.Distinct().ToDictionary(id => id, _ => 0);

    /// <summary>The id for a heading with <paramref name="text"/>, now taken.</summary>
    public string Add(string text) => Claim(Slug.From(text));

    private string Claim(string slug)
    {
        var id = slug;
        while (_used.ContainsKey(id))
        {
            _used[slug] = _used[slug] + 1;
            id = $"{slug}-{_used[slug]}";
        }
        _used[id] = 0;
        return id;
    }
}
