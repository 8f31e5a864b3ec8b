using ReportSite.Diagnostics;
using ReportSite.Pages;

namespace ReportSite.Checks;

/// <summary>
/// Checks each finished page's outline as screen readers announce it: one h1, no heading level skipped,
/// no id used twice. A problem in a chapter is reported at the chapter line that writes the heading.
/// </summary>
public sealed class CheckOutline
{
    public void Run(IReadOnlyList<Page> pages, DiagnosticBag diagnostics)
    {
        foreach (var page in pages.Where(p => p.Anchors is not null))
        {
            var facts = page.Anchors!;
            foreach (var (at, problem) in PageRules.HeadingOrder(facts.Headings))
            {
                var heading = facts.Headings.ElementAtOrDefault(at);
                var advice = page.Source is null ? "" : " The chapter's title is its h1: start sections at ## and go down one # at a time.";
                PageProblem.Report(page, heading?.Text ?? "", $"{problem}.{advice}", diagnostics, line => line.TrimStart().StartsWith('#'));
            }
            foreach (var (id, times) in facts.RepeatedIds)
            {
                PageProblem.Report(page, id, $"{PageRules.RepeatedId(id, times)}; give each element its own id.", diagnostics,
                    line => line.Contains("{#" + id) || line.Contains($"id=\"{id}\""));
            }
        }
    }
}
