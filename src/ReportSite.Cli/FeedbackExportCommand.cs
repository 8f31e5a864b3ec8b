using ReportSite.Diagnostics;
using ReportSite.SurveyResults;

namespace ReportSite.Cli;

/// <summary><c>reportsite feedback export</c>: the stored responses as a CSV file; exit code 1 when nothing could be written.</summary>
public sealed class FeedbackExportCommand(ConsoleReporter reporter)
{
    public int Run(FeedbackReadOptions options, string csvPath)
    {
        var diagnostics = new DiagnosticBag();
        if (options.Problem(csvPath) is { } problem) diagnostics.Error(LoadFeedbackResponses.Command, 0, problem);
        var data = diagnostics.HasErrors ? null : new LoadFeedbackResponses().Run(options, diagnostics);
        if (data is not null)
        {
            var csv = FeedbackCsv.Write(data.Form, data.Responses, data.Language, data.Theme);
            WriteFile.Run(csvPath, csv, diagnostics);
        }
        reporter.Diagnostics(diagnostics.Sorted());
        if (data is null || diagnostics.HasErrors)
        {
            reporter.FeedbackFailed();
            return 1;
        }
        reporter.FeedbackWritten("CSV", data.Responses.Count, data.Language, csvPath);
        return 0;
    }
}
