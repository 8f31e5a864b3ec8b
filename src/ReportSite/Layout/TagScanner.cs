using System.Net;
using ReportSite.Checks;
using ReportSite.Pages;

namespace ReportSite.Layout;

/// <summary>
/// Reads what the checks need (links, ids, images, headings) from HTML the theme wrote around a page's
/// main content, without building a DOM: that part holds the site menu, which lists every chapter, and
/// parsing it on every page would cost more than all the rest of post-processing. It reads start tags
/// and their attributes (quoted or not, with character references), skips comments and the raw text of
/// script, style, textarea and title, and takes a heading's words up to its end tag.
/// </summary>
public static class TagScanner
{
    public static void Scan(string html, int from, int to, PageFactsBuilder facts)
    {
        var at = from;
        while (at < to && (at = html.IndexOf('<', at, to - at)) >= 0)
        {
            if (Follows(html, at, "<!--"))
            {
                at = End(Find(html, "-->", at + 4, to), to, 3);
                continue;
            }
            if (at + 1 >= to || !char.IsAsciiLetter(html[at + 1]))
            {
                at = End(Find(html, ">", at + 1, to), to, 1); // end tag, doctype, a stray '<'
                continue;
            }
            var tag = StartTag(html, at + 1, to);
            at = tag.Next;
            var name = html.AsSpan(tag.NameStart, tag.NameLength);
            if (name.Equals("a", StringComparison.OrdinalIgnoreCase))
            {
                if (tag.Href is { } href) facts.Links.Add(new PageLink(href, href));
            }
            else if (name.Equals("img", StringComparison.OrdinalIgnoreCase))
            {
                facts.Images.Add(new PageImage(tag.Src ?? "", tag.HasAlt));
            }
            else if (IsRawText(name))
            {
                at = End(Find(html, "</" + name.ToString(), at, to), to, 0);
            }
            else if (name.Length == 2 && name[0] is 'h' or 'H' && name[1] is >= '1' and <= '6')
            {
                facts.Headings.Add(new PageHeading(name[1] - '0', Text(html, at, End(Find(html, "</" + name.ToString(), at, to), to, 0))));
            }
            if (tag.Id is { } id) facts.Ids.Add(id);
        }
    }

    /// <summary>A start tag as far as the checks care: its name, and the attributes they read.</summary>
    private readonly record struct Tag(int NameStart, int NameLength, string? Id, string? Href, string? Src, bool HasAlt, int Next);

    /// <summary>Reads a start tag from its name on, up to just past its '&gt;'.</summary>
    private static Tag StartTag(string html, int at, int to)
    {
        var nameStart = at;
        while (at < to && (char.IsAsciiLetterOrDigit(html[at]) || html[at] == '-')) at++;
        var nameLength = at - nameStart;
        string? id = null, href = null, src = null;
        var hasAlt = false;
        while (at < to)
        {
            while (at < to && (char.IsWhiteSpace(html[at]) || html[at] == '/')) at++;
            if (at >= to || html[at] == '>') return new Tag(nameStart, nameLength, id, href, src, hasAlt, Math.Min(at + 1, to));
            var attributeStart = at;
            while (at < to && !char.IsWhiteSpace(html[at]) && html[at] is not ('=' or '>' or '/')) at++;
            var attribute = html.AsSpan(attributeStart, at - attributeStart);
            while (at < to && char.IsWhiteSpace(html[at])) at++;
            var (valueStart, valueEnd) = (at, at);
            if (at < to && html[at] == '=')
            {
                at++;
                while (at < to && char.IsWhiteSpace(html[at])) at++;
                if (at < to && html[at] is '"' or '\'')
                {
                    var close = html.IndexOf(html[at], at + 1, to - at - 1);
                    (valueStart, valueEnd) = (at + 1, close < 0 ? to : close);
                    at = Math.Min(valueEnd + 1, to);
                }
                else
                {
                    valueStart = at;
                    while (at < to && !char.IsWhiteSpace(html[at]) && html[at] != '>') at++;
                    valueEnd = at;
                }
            }
            string Value() => Decode(html.Substring(valueStart, valueEnd - valueStart));
            if (attribute.Equals("id", StringComparison.OrdinalIgnoreCase)) id ??= Value();
            else if (attribute.Equals("href", StringComparison.OrdinalIgnoreCase)) href ??= Value();
            else if (attribute.Equals("src", StringComparison.OrdinalIgnoreCase)) src ??= Value();
            else if (attribute.Equals("alt", StringComparison.OrdinalIgnoreCase)) hasAlt = true;
        }
        return new Tag(nameStart, nameLength, id, href, src, hasAlt, to);
    }

    private static bool IsRawText(ReadOnlySpan<char> name) =>
        name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)
        || name.Equals("textarea", StringComparison.OrdinalIgnoreCase) || name.Equals("title", StringComparison.OrdinalIgnoreCase);

    private static string Decode(string value) => value.Contains('&') ? WebUtility.HtmlDecode(value) : value;

    /// <summary>The words between two places, without tags, with character references read.</summary>
    private static string Text(string html, int from, int to)
    {
        var text = new System.Text.StringBuilder();
        for (var at = from; at < to; at++)
        {
            if (html[at] == '<')
            {
                var close = html.IndexOf('>', at, to - at);
                if (close < 0) break;
                at = close;
            }
            else
            {
                text.Append(html[at]);
            }
        }
        return Decode(text.ToString()).Trim();
    }

    private static bool Follows(string html, int at, string text) => string.CompareOrdinal(html, at, text, 0, text.Length) == 0;

    /// <summary>Where <paramref name="text"/> first occurs between two places (ignoring case), or -1.</summary>
    private static int Find(string html, string text, int from, int to) =>
        from >= to ? -1 : html.IndexOf(text, from, to - from, StringComparison.OrdinalIgnoreCase);

    /// <summary>Just past what was found, or the end when it was not.</summary>
    private static int End(int found, int to, int length) => found < 0 ? to : Math.Min(found + length, to);
}
