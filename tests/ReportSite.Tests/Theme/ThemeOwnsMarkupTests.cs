using System.Text.RegularExpressions;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Theme;

/// <summary>
/// The theme owns every piece of markup: C# under <c>src/</c> writes no HTML tag in a string literal,
/// except where drawing or parsing is the code's job, each listed here with why.
/// </summary>
public sealed partial class ThemeOwnsMarkupTests
{
    /// <summary>Files (or folders, ending in '/') that may hold tags in strings, relative to <c>src/</c>.</summary>
    private static readonly Dictionary<string, string> Allowed = new()
    {
        ["ReportSite/Charts/Svg/"] = "draws the charts as SVG, element by element",
        ["ReportSite/Media/QrCode.cs"] = "draws the QR codes as SVG",
        ["ReportSite/Markdown/"] = "the Markdown renderer and its extensions write the chapters' HTML",
        ["ReportSite.Cli/Preview/PreviewServer.cs"] = "adds the preview's live-reload script to pages as it serves them; never published",
    };

    [Fact]
    public void No_cs_file_writes_an_html_tag_outside_the_listed_drawing_and_parsing_code()
    {
        var src = Path.Combine(Repo.Root, "src");
        var found = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(src, path).Replace('\\', '/'))
            .Where(file => !file.Contains("/obj/") && !file.Contains("/bin/") && !Allowed.Keys.Any(a => a.EndsWith('/') ? file.StartsWith(a, StringComparison.Ordinal) : file == a))
            .SelectMany(file => TagsInStrings(File.ReadAllText(Path.Combine(src, file))).Select(hit => $"src/{file}:{hit.Line}: {hit.Literal}"))
            .ToList();

        Assert.True(found.Count == 0,
            "C# writes no HTML: give the theme a template (theme/partials or theme/layouts) and a view model instead, " +
            "or, for drawing or parsing code, list the file in ThemeOwnsMarkupTests.Allowed with the reason.\n" + string.Join("\n", found));
    }

    [Theory]
    [InlineData("var x = \"<p class=\\\"a\\\">\";", true)]
    [InlineData("html.Write($\"</li>\\n\");", true)]
    [InlineData("var s = $\"<h{level}>\";", true)]
    [InlineData("var d = \"<!DOCTYPE html>\";", true)]
    [InlineData("var r = \"\"\"\n<section>\n\"\"\";", true)]
    [InlineData("var v = @\"<br>\";", true)]
    [InlineData("List<string> a = new(); if (a.Count < b) {}", false)]
    [InlineData("var s = $\"{typeof(List<int>)} has {n < 3}\";", false)]
    [InlineData("/// <summary>Docs</summary>\n// a <b>comment</b>\n/* <i> */", false)]
    [InlineData("var c = '<'; var t = \"a < b, c<d\";", false)]
    [InlineData("var x = \"<?xml version=\\\"1.0\\\"?>\";", false)]
    [InlineData("var m = \"output/print/qr/<id>.svg\"; var r = \"^(?<name>\\\\d+)(?<p>x)\";", false)]
    public void Finds_tags_in_string_literals_and_not_in_code_or_comments(string code, bool expected)
    {
        Assert.Equal(expected, TagsInStrings(code).Any());
    }

    /// <summary>Every string literal (plain, verbatim, interpolated, raw) that holds <c>&lt;tag</c>, <c>&lt;/tag</c> or <c>&lt;!</c>.</summary>
    private static IEnumerable<(int Line, string Literal)> TagsInStrings(string code)
    {
        var i = 0;
        while (i < code.Length)
        {
            var c = code[i];
            if (c == '/' && At(code, i + 1) == '/') i = code.IndexOf('\n', i) is var end and >= 0 ? end : code.Length;
            else if (c == '/' && At(code, i + 1) == '*') i = code.IndexOf("*/", i + 2, StringComparison.Ordinal) is var end and >= 0 ? end + 2 : code.Length;
            else if (c == '\'') i = SkipChar(code, i);
            else if (c == '"')
            {
                var start = i;
                var verbatim = i > 0 && (code[i - 1] == '@' || (code[i - 1] == '$' && i > 1 && code[i - 2] == '@'));
                i = Quotes(code, i) >= 3 ? EndOfRaw(code, i) : EndOfString(code, i, verbatim);
                var literal = code[start..i];
                if (Tag().IsMatch(literal)) yield return (code.AsSpan(0, start).Count('\n') + 1, literal.Length > 80 ? literal[..80] + "…" : literal);
            }
            else i++;
        }
    }

    private static char At(string code, int i) => i < code.Length ? code[i] : '\0';

    private static int Quotes(string code, int i)
    {
        var n = 0;
        while (At(code, i + n) == '"') n++;
        return n;
    }

    private static int SkipChar(string code, int i)
    {
        var end = i + 1;
        if (At(code, end) == '\\') end++;
        end++;
        return At(code, end) == '\'' ? end + 1 : i + 1;
    }

    private static int EndOfRaw(string code, int i)
    {
        var n = Quotes(code, i);
        var end = code.IndexOf(new string('"', n), i + n, StringComparison.Ordinal);
        return end < 0 ? code.Length : end + n;
    }

    private static int EndOfString(string code, int i, bool verbatim)
    {
        for (var j = i + 1; j < code.Length; j++)
        {
            if (!verbatim && code[j] == '\\') j++;
            else if (verbatim && code[j] == '"' && At(code, j + 1) == '"') j++;
            else if (code[j] == '"') return j + 1;
        }
        return code.Length;
    }

    /// <summary>
    /// An HTML element's start or end tag, a comment or a doctype; placeholders in messages (<c>&lt;id&gt;</c>)
    /// and regex groups (<c>(?&lt;name&gt;</c>) are not elements.
    /// </summary>
    [GeneratedRegex(@"(?<![\w<?])</?(?i:a|abbr|address|article|aside|audio|b|base|blockquote|body|br|button|canvas|caption|cite|code|col|colgroup|data|datalist|dd|del|details|dfn|dialog|div|dl|dt|em|embed|fieldset|figcaption|figure|footer|form|h[1-6]?|head|header|hr|html|i|iframe|img|input|ins|kbd|label|legend|li|link|main|mark|menu|meta|meter|nav|noscript|object|ol|optgroup|option|output|p|picture|pre|progress|q|s|samp|script|search|section|select|slot|small|source|span|strong|style|sub|summary|sup|svg|table|tbody|td|template|textarea|tfoot|th|thead|time|title|tr|track|u|ul|var|video|wbr)(?=[\s>/{""\\]|$)|<!")]
    private static partial Regex Tag();
}
