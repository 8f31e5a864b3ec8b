using System.Text;
using ReportSite.Diagnostics;
using ReportSite.SurveyResults;

namespace ReportSite.Cli;

/// <summary>
/// <c>reportsite feedback summary</c>: the counts per question on the console, and with --html the
/// same as a self-contained page; exit code 1 when the responses could not be read or the page written.
/// </summary>
public sealed class FeedbackSummaryCommand(ConsoleReporter reporter)
{
    public int Run(FeedbackReadOptions options, string? htmlPath)
    {
        var diagnostics = new DiagnosticBag();
        if (htmlPath is not null && options.Problem(htmlPath) is { } problem) diagnostics.Error(LoadFeedbackResponses.Command, 0, problem);
        var data = diagnostics.HasErrors ? null : new LoadFeedbackResponses().Run(options, diagnostics);
        reporter.Diagnostics(diagnostics.Sorted());
        if (data is null)
        {
            reporter.FeedbackFailed();
            return 1;
        }
        var summary = SummarizeFeedback.Run(data.Form, data.Site.Languages, data.Responses);
        reporter.Write(FeedbackSummaryConsole.Render(summary, data.Language, data.Theme));
        if (htmlPath is null) return 0;

        var written = new DiagnosticBag();
        try
        {
            var html = RenderFeedbackSummary.Run(summary, data.Site, data.Language, data.Theme);
            WriteFile.Run(htmlPath, Encoding.UTF8.GetBytes(html), written);
        }
        catch (DiagnosticException e)
        {
            written.Add(e.Diagnostic);
        }
        reporter.Diagnostics(written.Sorted());
        if (written.HasErrors)
        {
            reporter.FeedbackFailed();
            return 1;
        }
        reporter.FeedbackWritten("the summary page", summary.Responses, data.Language, htmlPath);
        return 0;
    }
}
