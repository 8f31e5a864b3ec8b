using System.Text;

namespace ReportSite.Html;

/// <summary>
/// How the site escapes text it writes into HTML and SVG (a template's <c>{{ … }}</c>, chart labels, a
/// path rewritten in a chapter's raw HTML): the five characters that matter in text and quoted attributes
/// (&amp; &lt; &gt; " '), and nothing else, so an address reads <c>site.css?v=…</c>, a title "Tencent's"
/// and Chinese as it is. Every attribute is quoted.
/// </summary>
public static class MarkupEncoder
{
    public static string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        var encoded = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (Entity(c) is { } entity) encoded.Append(entity);
            else encoded.Append(c);
        }
        return encoded.ToString();
    }

    private static string? Entity(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\'' => "&#39;",
        _ => null,
    };
}
