using System.Text;

namespace ReportSite.Html;

/// <summary>Stable, readable element ids from heading text; Chinese stays Chinese ("绿色运营"), Latin is lower-cased.</summary>
public static class Slug
{
    public static string From(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var raw in text)
        {
            // Full-width Latin letters and digits (ＡＢＣ１２３) read as their ASCII forms.
            var c = raw is >= '\uFF01' and <= '\uFF5E' ? (char)(raw - 0xFEE0) : raw;
            if (char.IsLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-' && c != '\'' && c != '’')
            {
                slug.Append('-');
            }
        }
        var result = slug.ToString().Trim('-');
        return result.Length == 0 ? "section" : result;
    }
}
