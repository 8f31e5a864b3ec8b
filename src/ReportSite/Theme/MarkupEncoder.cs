using System.Text;

namespace ReportSite.Theme;

/// <summary>
/// How templates escape what they write with <c>{{ … }}</c>: the five characters that matter in HTML
/// text and quoted attributes (&amp; &lt; &gt; " '), and nothing else, so an address reads
/// <c>site.css?v=…</c>, a title "Tencent's" and Chinese as it is. The theme quotes every attribute.
/// </summary>
public static class MarkupEncoder
{
    public static string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        var encoded = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            encoded.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            });
            if (c is not ('&' or '<' or '>' or '"' or '\'')) encoded.Append(c);
        }
        return encoded.ToString();
    }
}
