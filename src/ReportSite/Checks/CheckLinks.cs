using ReportSite.Caching;
using ReportSite.Diagnostics;
using ReportSite.Pages;
using ReportSite.Paths;

namespace ReportSite.Checks;

/// <summary>
/// Checks every link and image of the finished pages: the target page or file exists and so does its
/// #anchor; web and e-mail addresses are well formed (without fetching them); images have a text
/// alternative. A problem in a chapter is reported at the line of the chapter that writes it.
/// Links from the root of the host (<c>/csr2018/en/</c>) must stay under the path of <c>baseUrl</c>
/// (the <c>basePath</c> passed to Run); the not-found page, served at any depth, may use no others.
/// A page's check reads its HTML and the chapter that wrote it, besides every page's address and ids,
/// every file and the base path (<see cref="Context"/>), since a page's links break when their targets go.
/// </summary>
public sealed class CheckLinks : IItemWork<Page, (string? Html, string? File, string? Body, int FirstLine), bool>
{
    private readonly Site _site;

    public CheckLinks(IReadOnlyList<Page> pages, IReadOnlySet<string> files, string basePath)
    {
        var byFile = pages.ToDictionary(p => p.OutputPath);
        var resolver = new LinkResolver(file => byFile.ContainsKey(file) || files.Contains(file), file => byFile.GetValueOrDefault(file)?.Anchors!.Ids, basePath);
        _site = new Site(resolver, byFile, files, basePath);
    }

    public string Id(Page page) => page.OutputPath;

    public (string? Html, string? File, string? Body, int FirstLine) Reads(Page page) => (page.Html, page.Source?.File, page.Source?.Body, page.Source?.BodyFirstLine ?? 0);

    public bool Make(Page page, DiagnosticBag diagnostics) => Check(page, _site, diagnostics);

    /// <summary>What every page's links are checked against: the resolver, the pages by output file, every other file, the base path.</summary>
    private sealed record Site(LinkResolver Resolver, Dictionary<string, Page> ByFile, IReadOnlySet<string> Files, string BasePath);

    /// <summary>What a link's fate depends on besides its own page: every page's address and ids, every file, the base path.</summary>
    public static string Context(IReadOnlyList<Page> pages, IReadOnlySet<string> files, string basePath) =>
        Fingerprint.Of(pages.SelectMany(p => p.Anchors!.Ids.Order(StringComparer.Ordinal).Prepend("\0" + p.Url))
            .Concat(files.Order(StringComparer.Ordinal))
            .Append(basePath));

    private static bool Check(Page page, Site site, DiagnosticBag diagnostics)
    {
        foreach (var link in page.Anchors?.Links ?? [])
        {
            if (Check(page, link.Href, site, link.Written, PageRules.Address) is not { } problem) continue;
            Report(page, link.Written, written => $"broken link '{written}': {Sentence(problem)}", diagnostics);
        }
        foreach (var image in page.Anchors?.Images ?? [])
        {
            if (!image.HasAlt) Report(page, image.Src, written => $"image '{written}': {PageRules.MissingAlt}; in Markdown, write it as ![what it shows]({written}).", diagnostics);
            var problem = image.Src.Length == 0 ? "it has no address" : Check(page, image.Src, site, image.Src, PageRules.ImageAddress);
            if (problem is not null) Report(page, image.Src, written => $"missing image '{written}': {Sentence(problem)}", diagnostics);
        }
        return true;
    }

    /// <summary>The author's own words for an address on the page, when a chapter wrote it.</summary>
    private static SourceLink? Written(Page page, string href) => page.SourceLinks.FirstOrDefault(l => l.Makes(href));

    private static string Sentence(string problem) => problem.EndsWith('?') ? problem : problem + ".";

    /// <summary>
    /// Reports a problem with the address <paramref name="href"/> at each line of the chapter that writes
    /// it, in the author's words; an address no author wrote is the theme's (or raw text's) and is reported
    /// where <see cref="PageProblem"/> finds it.
    /// </summary>
    private static void Report(Page page, string href, Func<string, string> message, DiagnosticBag diagnostics)
    {
        var written = page.SourceLinks.Where(l => l.Makes(href)).ToList();
        foreach (var link in written) diagnostics.Error(page.Source!.File, link.Line, message(link.Written));
        if (written.Count == 0) PageProblem.Report(page, href, message(Uri.UnescapeDataString(href)), diagnostics);
    }

    /// <summary>
    /// For a path the author wrote to a file that is not there: the file it tried, the rule it follows
    /// and the path that would work. Null for any other address.
    /// </summary>
    private static string? MissingFile(Page page, SourceLink? written, IReadOnlySet<string> files)
    {
        if (written is not { Target: { } target } || target.EndsWith(".md", StringComparison.Ordinal)) return null;
        var folder = UrlPath.FolderOf(page.Source!.File);
        var name = target[(target.LastIndexOf('/') + 1)..];
        var assets = files.Where(f => f.StartsWith("assets/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var closest = assets.FirstOrDefault(f => f.EndsWith("/" + name, StringComparison.Ordinal))
            ?? (Suggest.Closest(name, assets.Select(f => f[(f.LastIndexOf('/') + 1)..])) is { } near ? assets.First(f => f.EndsWith("/" + near, StringComparison.Ordinal)) : null);
        return $"the report has no file '{target}' (a path in a chapter is relative to the chapter's file)"
            + (closest is null
                ? $"; put the file in assets/ and write '{UrlPath.FromFolder(folder, "assets/" + name)}'"
                : $"; did you mean '{UrlPath.FromFolder(folder, closest)}'?");
    }

    /// <summary>
    /// What is wrong with one link or image address, said of it, or null. A problem with an address an
    /// author wrote is said of the words they wrote (<paramref name="key"/> finds them): "www.…" missing
    /// its https://, or a path to a file that is not there. <paramref name="addressRule"/> judges an address
    /// that leaves the site: a link's, or an image's, which may be data:.
    /// </summary>
    private static string? Check(Page page, string href, Site site, string key, Func<string, string?> addressRule)
    {
        if (addressRule(href) is { } address) return "it " + address;
        if (Check(page, href, site) is not { } problem) return null;
        var written = Written(page, key);
        if (written is not null && addressRule(written.Written) is { } writtenAddress) return "it " + writtenAddress;
        return MissingFile(page, written, site.Files) ?? problem;
    }

    private static string? Check(Page page, string href, Site site)
    {
        var link = site.Resolver.Resolve(page.OutputPath, href);
        if (link.Outcome is LinkOutcome.External) return null;
        if (link.Outcome is LinkOutcome.OutsideSite) return $"'{link.Path}' is outside the site, which site.yml's baseUrl publishes under '{site.BasePath}'; write a full address (https://…) for another site";
        if (page.Kind == PageKind.NotFound && !link.FromHostRoot && link.Path.Length > 0)
        {
            return "the not-found page is shown at any missing address, at any depth, so a relative link breaks; start it from the site root with the layout's href values (homeHref, each language's href, asset.…)";
        }
        if (link.Outcome is LinkOutcome.MissingId)
        {
            var closest = Suggest.Closest(link.Fragment!, site.ByFile[link.File].Anchors!.Ids);
            return $"'#{link.Fragment}' is not an id on {(link.File == page.OutputPath ? "this page" : "/" + link.Url)}"
                + (closest is null ? "; check the heading's spelling or link to an existing heading" : $" (did you mean '#{closest}'?)");
        }
        if (link.Outcome is not LinkOutcome.Missing) return null;
        if (link.Path.EndsWith(".md", StringComparison.Ordinal)) return "no chapter has this file name; link chapters as NN-slug.md (e.g. 07-environment.md), using a file that exists in chapters/";
        return $"'/{link.Url}' does not exist in the built site; check the address, or put the file in assets/";
    }
}
