using System.Text.Json;
using ReportSite.Checks;
using ReportSite.Diagnostics;
using ReportSite.Markdown.Directives;
using ReportSite.Pipeline;

namespace ReportSite.Cli;

/// <summary>
/// <c>reportsite check</c>: builds the report into a temporary folder (so every input mistake is found,
/// and nothing is published), then checks the built pages as a browser meets them. Exit code 1 on errors;
/// <c>--json</c> prints the problems as JSON for CI; <c>--strict-translations</c> makes an out-of-date
/// translation an error, for the day of publication.
/// </summary>
public sealed class CheckCommand(ConsoleReporter reporter)
{
    public int Run(string input, string? theme, bool json, bool strictTranslations = false)
    {
        var scratch = Path.Combine(Path.GetTempPath(), "reportsite-check-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            var options = new BuildOptions(input, Path.Combine(scratch, "site"), theme) { StreamPages = true, StrictTranslations = strictTranslations };
            var result = new SiteBuild(DirectiveRegistry.Empty).Run(options);
            var diagnostics = new DiagnosticBag();
            foreach (var diagnostic in result.Diagnostics) diagnostics.Add(diagnostic);
            if (result.Succeeded) new CheckSite().Run(options.OutputDir, diagnostics);
            var problems = diagnostics.Sorted();
            if (json) Console.WriteLine(JsonSerializer.Serialize(problems.Select(p => new CheckProblem(p.File, p.Line, p.Severity.ToString().ToLowerInvariant(), p.Message)).ToList(), CliJson.Indented.IReadOnlyListCheckProblem));
            else reporter.CheckReport(problems, result.Succeeded ? result.Pages.Count : 0);
            return diagnostics.HasErrors ? 1 : 0;
        }
        finally
        {
            if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
        }
    }
}
