using ReportSite.Diagnostics;
using ReportSite.Pages;
using ReportSite.Standards;

namespace ReportSite.Checks;

/// <summary>
/// After the pages have their heading ids: every heading a disclosure points at exists on its page,
/// reported at the front matter line that names it (the index's links would otherwise break quietly).
/// </summary>
public sealed class CheckDisclosureAnchors
{
    public void Run(DisclosureMap map, IReadOnlyList<Page> pages, DiagnosticBag diagnostics)
    {
        var byKey = pages.Where(p => p.Kind != PageKind.Entry).ToDictionary(p => (p.Key, p.Language));
        foreach (var answer in map.All.Where(a => a.Anchor is not null))
        {
            if (!byKey.TryGetValue((answer.PageKey, answer.Language), out var page) || page.Anchors is not { } anchors) continue;
            if (anchors.Ids.Contains(answer.Anchor!)) continue;
            var headings = anchors.Ids.Where(id => !id.StartsWith("fn", StringComparison.Ordinal)).ToList();
            diagnostics.Error(answer.File, answer.Line,
                $"'#{answer.Anchor}' is not a heading on this page{Suggest.DidYouMean(answer.Anchor!, headings)}; a heading's id is its text in lower case, each space a '-', other punctuation left out (GitHub's rule: '## 甲：乙' is '#甲乙').");
        }
    }
}
