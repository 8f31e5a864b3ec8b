using System.Text.RegularExpressions;
using ReportSite.Diagnostics;

namespace ReportSite.Standards;

/// <summary>Where a disclosure is answered: a page (by key) in one language, at a heading when named.</summary>
public sealed record DisclosureAnswer(string PageKey, string Language, string? Anchor, string File, int Line);

/// <summary>A page that answers disclosures: a chapter's front matter, or the about page's settings.</summary>
public sealed record DisclosureSource(string PageKey, string Language, IReadOnlyList<string> Codes, string File, int Line);

/// <summary>Every catalogue and, per disclosure, the pages that answer it.</summary>
public sealed class DisclosureMap(IReadOnlyList<StandardsCatalogue> catalogues, ILookup<(string Catalogue, string Code), DisclosureAnswer> answers)
{
    public IReadOnlyList<StandardsCatalogue> Catalogues => catalogues;

    public IReadOnlyList<DisclosureAnswer> AnswersTo(StandardsCatalogue catalogue, Disclosure disclosure, string language) =>
        answers[(catalogue.Id, disclosure.Code)].Where(a => a.Language == language).ToList();

    public IEnumerable<DisclosureAnswer> All => answers.SelectMany(g => g);
}

/// <summary>
/// Resolves the codes chapters write in their front matter (<c>standards: [GRI 203-1, "HKEX B8.1 #社区投资"]</c>)
/// against the catalogues; an unknown framework or code fails the build at the chapter's line.
/// </summary>
public sealed partial class MapDisclosures
{
    public DisclosureMap Run(IReadOnlyList<StandardsCatalogue> catalogues, IEnumerable<DisclosureSource> sources, DiagnosticBag diagnostics)
    {
        var answers = new List<(string, string, DisclosureAnswer)>();
        foreach (var source in sources)
        {
            foreach (var written in source.Codes)
            {
                if (Resolve(written, catalogues, out var problem) is { } found)
                {
                    answers.Add((found.Catalogue.Id, found.Code, new DisclosureAnswer(source.PageKey, source.Language, found.Anchor, source.File, source.Line)));
                }
                else
                {
                    diagnostics.Error(source.File, source.Line, problem!);
                }
            }
        }
        if (catalogues.Count == 0 && answers.Count == 0 && sources.Any(s => s.Codes.Count > 0))
        {
            var first = sources.First(s => s.Codes.Count > 0);
            diagnostics.Error(first.File, first.Line, $"'standards' names disclosures but there are no catalogues in {LoadStandards.Folder}/; add one (e.g. gri.yml) or remove the list.");
        }
        var map = answers.ToLookup(a => (a.Item1, a.Item2), a => a.Item3);
        WarnUnanswered(catalogues, map, diagnostics);
        return new DisclosureMap(catalogues, map);
    }

    /// <summary>A disclosure nobody answers and nobody explains reads as a gap in the report: say so to the author.</summary>
    private static void WarnUnanswered(IReadOnlyList<StandardsCatalogue> catalogues, ILookup<(string, string), DisclosureAnswer> answers, DiagnosticBag diagnostics)
    {
        foreach (var catalogue in catalogues)
        {
            foreach (var disclosure in catalogue.Disclosures.Where(d => d.Omission is null && d.Code != catalogue.IndexCode && !answers.Contains((catalogue.Id, d.Code))))
            {
                diagnostics.Warning(catalogue.File, disclosure.Line,
                    $"{catalogue.Prefix} {disclosure.Code} is answered by no chapter and has no 'omission', so the index shows it as omitted with no reason given; "
                    + "name it in the 'standards:' front matter of the chapter that answers it, or give it an omission with a reason and an explanation.");
            }
        }
    }

    /// <summary>
    /// The catalogue and disclosure <paramref name="written"/> ("GRI 203-1 #heading") names, or null with
    /// the <paramref name="problem"/> to tell the author.
    /// </summary>
    public static (StandardsCatalogue Catalogue, string Code, string? Anchor)? Resolve(string written, IReadOnlyList<StandardsCatalogue> catalogues, out string? problem)
    {
        problem = null;
        var match = Reference().Match(written.Trim());
        if (!match.Success)
        {
            problem = $"'{written}' is not a disclosure reference; write the framework and the code, as in 'GRI 203-1', optionally followed by a heading: 'GRI 203-1 #heading-id'.";
            return null;
        }
        var prefix = match.Groups["prefix"].Value;
        var code = match.Groups["code"].Value;
        var catalogue = catalogues.FirstOrDefault(c => c.Prefix.Equals(prefix, StringComparison.OrdinalIgnoreCase));
        if (catalogue is null)
        {
            var prefixes = catalogues.Select(c => c.Prefix).ToList();
            problem = $"unknown framework '{prefix}' in '{written}'{Suggest.DidYouMean(prefix, prefixes)}; " +
                (prefixes.Count == 0 ? $"add its catalogue to {LoadStandards.Folder}/." : $"the catalogues in {LoadStandards.Folder}/ use {string.Join(", ", prefixes)}.");
            return null;
        }
        var disclosure = catalogue.Disclosures.FirstOrDefault(d => d.Code.Equals(code, StringComparison.OrdinalIgnoreCase));
        if (disclosure is null)
        {
            problem = $"{catalogue.Prefix} has no disclosure '{code}'{Suggest.DidYouMean(code, catalogue.Disclosures.Select(d => d.Code))}; check the code, or add it to {catalogue.File}.";
            return null;
        }
        return (catalogue, disclosure.Code, match.Groups["anchor"].Success ? match.Groups["anchor"].Value : null);
    }

    [GeneratedRegex(@"^(?<prefix>\S+)\s+(?<code>[^\s#]+)(?:\s+#(?<anchor>\S+))?$")]
    private static partial Regex Reference();
}
