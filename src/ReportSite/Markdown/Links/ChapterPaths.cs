using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportSite.Diagnostics;
using ReportSite.Html;
using ReportSite.Pages;
using ReportSite.Paths;

namespace ReportSite.Markdown.Links;

/// <summary>
/// Paths in a chapter are relative to the chapter's file, the way every Markdown editor, GitHub and VS
/// Code preview them: from <c>chapters/</c>, <c>../assets/cover.svg</c> is the report's
/// <c>assets/cover.svg</c> and <c>08-people.md</c> the chapter beside it. One rule for images,
/// downloads and chapter links, in Markdown and in raw HTML (<c>src</c>, <c>href</c>). Each such
/// address is rewritten to the page's own relative link; a chapter link to the chapter's page, with its
/// #anchor, in the page's language (every edition has every chapter, at the same depth, so one link
/// suits all). A link to a chapter file no chapter has is left as its file name, for the link check.
/// </summary>
public static partial class ChapterPaths
{
    /// <summary>
    /// Rewrites the document's paths for the page at <paramref name="pageUrl"/> and returns every address
    /// the author wrote, in document order, with its line. An address leading out of the report folder
    /// is an error at its line. <paramref name="chapters"/> are the slugs of the report's chapters.
    /// </summary>
    public static IReadOnlyList<SourceLink> Rewrite(MarkdownDocument document, string file, int firstLine, string pageUrl, DiagnosticBag diagnostics, IReadOnlySet<string>? chapters = null)
    {
        var folder = UrlPath.FolderOf(file);
        var links = new List<SourceLink>();
        string Resolve(string written, int line, bool isImage)
        {
            var link = Link(written, folder, pageUrl, firstLine + line, chapters ?? new HashSet<string>());
            if (link is null)
            {
                diagnostics.Error(file, firstLine + line, OutsideReport(written, folder, isImage));
                return written;
            }
            links.Add(link);
            return link.Href;
        }

        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case LinkInline { Url: { } url } link:
                    var before = links.Count;
                    link.Url = Resolve(url, link.Line, link.IsImage);
                    if (links.Count > before && links[^1].Target is { } target && ChapterFile().IsMatch(target)) ChapterLinkRenderer.Mark(link);
                    break;
                case HtmlInline html:
                    html.Tag = RewriteAttributes(html.Tag, line => Resolve(line.Value, html.Line, line.IsImage));
                    break;
                case HtmlBlock block:
                    for (var i = 0; i < block.Lines.Count; i++)
                    {
                        ref var line = ref block.Lines.Lines[i];
                        var at = line.Line;
                        var text = line.Slice.ToString();
                        var rewritten = RewriteAttributes(text, value => Resolve(value.Value, at, value.IsImage));
                        if (!ReferenceEquals(rewritten, text)) line.Slice = new StringSlice(rewritten);
                    }
                    break;
            }
        }
        return links;
    }

    /// <summary>The address as the page links it, or null when it leads out of the report folder.</summary>
    private static SourceLink? Link(string written, string folder, string pageUrl, int line, IReadOnlySet<string> chapters)
    {
        if (written.Length == 0 || written[0] is '#' or '?' or '/' || UrlPath.IsExternal(written)) return new SourceLink(written, written, line, null);
        var suffixAt = written.IndexOfAny(['?', '#']);
        var (path, suffix) = suffixAt < 0 ? (written, "") : (written[..suffixAt], written[suffixAt..]);
        if (UrlPath.Within(folder, Uri.UnescapeDataString(path)) is not { } target) return null;
        if (ChapterFile().IsMatch(target)) return new SourceLink(written, ChapterHref(target[(target.LastIndexOf('/') + 1)..] + suffix, pageUrl, chapters), line, target);
        return new SourceLink(written, UrlPath.Relative(pageUrl, target) + suffix, line, target);
    }

    private static string OutsideReport(string written, string folder, bool isImage)
    {
        var what = isImage ? "image" : "link";
        var meant = written.TrimStart('.', '/');
        var instead = meant.Length == 0 ? "" : $"; for the report's {meant}, write '{UrlPath.FromFolder(folder, meant)}'";
        return $"{what} '{written}' leads out of the report folder: a path in a chapter is relative to the chapter's file, in {folder.TrimEnd('/')}/{instead}.";
    }

    /// <summary>Each <c>src</c> and <c>href</c> value in raw HTML, replaced by <paramref name="resolve"/>; the same string when none changed.</summary>
    private static string RewriteAttributes(string html, Func<(string Value, bool IsImage), string> resolve)
    {
        if (!html.Contains("src", StringComparison.OrdinalIgnoreCase) && !html.Contains("href", StringComparison.OrdinalIgnoreCase)) return html;
        var changed = false;
        var result = Attribute().Replace(html, match =>
        {
            var value = match.Groups["value"];
            var resolved = resolve((System.Net.WebUtility.HtmlDecode(value.Value), match.Groups["name"].Value.Equals("src", StringComparison.OrdinalIgnoreCase)));
            if (resolved == System.Net.WebUtility.HtmlDecode(value.Value)) return match.Value;
            changed = true;
            return string.Concat(match.Value.AsSpan(0, value.Index - match.Index), MarkupEncoder.Encode(resolved), match.Value.AsSpan(value.Index - match.Index + value.Length));
        });
        return changed ? result : html;
    }

    /// <summary>
    /// The chapter's page for a link to its file (<c>07-environment.zh-CN.md#heading</c>, or without the
    /// language), relative to <paramref name="pageUrl"/>; the file name itself when no chapter has it.
    /// </summary>
    private static string ChapterHref(string fileName, string pageUrl, IReadOnlySet<string> chapters)
    {
        var match = ChapterFileLink().Match(fileName);
        if (!match.Success || !chapters.Contains(match.Groups["slug"].Value)) return fileName;
        var language = pageUrl[..pageUrl.IndexOf('/')];
        return UrlPath.Relative(pageUrl, $"{language}/{match.Groups["slug"].Value}/") + Uri.UnescapeDataString(match.Groups["fragment"].Value);
    }

    [GeneratedRegex(@"^(?:\./)?(?:\d+-)?(?<slug>[a-z0-9]+(?:-[a-z0-9]+)*)(?:\.[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)?\.md(?<fragment>#.*)?$")]
    private static partial Regex ChapterFileLink();

    [GeneratedRegex(@"\b(?<name>src|href)\s*=\s*(?<quote>[""'])(?<value>.*?)\k<quote>", RegexOptions.IgnoreCase)]
    private static partial Regex Attribute();

    [GeneratedRegex(@"(?:^|/)chapters/[^/]+\.md$")]
    private static partial Regex ChapterFile();
}
