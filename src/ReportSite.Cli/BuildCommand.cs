using ReportSite.Markdown.Directives;
using ReportSite.Pipeline;

namespace ReportSite.Cli;

/// <summary><c>reportsite build</c>: one build, reported to the console; exit code 1 when it fails.</summary>
public sealed class BuildCommand(ConsoleReporter reporter)
{
    public int Run(string input, string output, string? theme, bool showTimings)
    {
        var options = new BuildOptions(input, output, theme) { StreamPages = true };
        var build = new SiteBuild(DirectiveRegistry.Empty);
        var result = reporter.WithProgress(timings => build.Run(options, timings));
        reporter.Report(result, options);
        if (showTimings) reporter.Timings(result.Timings);
        return result.Succeeded ? 0 : 1;
    }
}
