using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Pages;

namespace ReportSite.Cli;

/// <summary><c>reportsite new chapter &lt;slug&gt;</c>: the chapter's files in every language; exit code 1 when none could be made.</summary>
public sealed class NewChapterCommand(ConsoleReporter reporter)
{
    public int Run(string input, string slug)
    {
        var diagnostics = new DiagnosticBag();
        var site = new LoadSiteConfig().Run(input, diagnostics);
        var files = site is null ? [] : new ScaffoldChapter().Run(input, site, slug, diagnostics);
        reporter.Diagnostics(diagnostics.Sorted());
        reporter.Created(files, input);
        return files.Count > 0 ? 0 : 1;
    }
}
