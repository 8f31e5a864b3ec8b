using System.Text;
using HandlebarsDotNet;

namespace ReportSite.Theme;

/// <summary>
/// How templates escape what they write with <c>{{…}}</c>: the five characters that matter in HTML
/// text and quoted attributes (&amp; &lt; &gt; " '), and nothing else, so an address reads
/// <c>site.css?v=…</c> and a title "Tencent's", as the browser shows them. Handlebars' default also
/// escapes = and `, which only protect unquoted attributes; the theme quotes every attribute.
/// </summary>
public sealed class MarkupEncoder : ITextEncoder
{
    public void Encode(StringBuilder? text, TextWriter target)
    {
        if (text is null) return;
        foreach (var chunk in text.GetChunks()) Encode(chunk.Span, target);
    }

    public void Encode(string? text, TextWriter target) => Encode(text.AsSpan(), target);

    public void Encode<T>(T? text, TextWriter target) where T : IEnumerator<char>
    {
        while (text?.MoveNext() == true) Write(text.Current, target);
    }

    private static void Encode(ReadOnlySpan<char> text, TextWriter target)
    {
        while (text.IndexOfAny("&<>\"'") is var at and >= 0)
        {
            target.Write(text[..at]);
            Write(text[at], target);
            text = text[(at + 1)..];
        }
        target.Write(text);
    }

    private static void Write(char c, TextWriter target)
    {
        switch (c)
        {
            case '&': target.Write("&amp;"); break;
            case '<': target.Write("&lt;"); break;
            case '>': target.Write("&gt;"); break;
            case '"': target.Write("&quot;"); break;
            case '\'': target.Write("&#39;"); break;
            default: target.Write(c); break;
        }
    }
}
